import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormEnvelope } from '../../events.js';

/** The sent copy's download link: one blob URL while the confirmation shows, revoked on reset or removal. */
export class SentCopyLink implements ReactiveController {
  private url: string | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.revoke();
  }

  revoke(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }

  href(envelope: FormEnvelope<unknown, unknown>): string {
    this.url ??= URL.createObjectURL(new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' }));
    return this.url;
  }
}
