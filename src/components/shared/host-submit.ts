/**
 * `host-submit`: the host page's own form sends the answers (form builders such as Granicus). The element only
 * confirms them into the target field and the form value; this module watches the host page for the two things
 * that decide whether those answers leave the browser: the host form's `submit`, and the page being left first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a builder kept in its own field of an envelope this element wrote: enough to restore the answers. */
export interface KeptEnvelope {
  submissionId: string;
  submittedAt: string;
  data: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The envelope of `form` in a host field's text, as far as a restore needs it; anything else (empty, not JSON,
 * another form's or another version's envelope) is none. The answers are re-checked by the element's own rules.
 */
export function keptEnvelope(text: string, form: string): KeptEnvelope | undefined {
  if (!text.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.form !== form || parsed.schemaVersion !== 1) return undefined;
  const { submissionId, submittedAt, data } = parsed;
  if (typeof submissionId !== 'string' || !submissionId || !isRecord(data)) return undefined;
  return { submissionId, submittedAt: typeof submittedAt === 'string' ? submittedAt : '', data };
}

export interface HostSubmitOptions {
  /** True while the host page sends the answers (host-submit on, or a target field without `action`). */
  active(): boolean;
  /** The forms whose submit sends this element's answers: the one holding it and the one holding its field. */
  hostForms(): (HTMLFormElement | null | undefined)[];
  /** True while the answers are not yet sent: confirmed and waiting for the host's button, or not confirmed. */
  hasUnsentAnswers(): boolean;
  /** True while confirmed answers are in the host form, so its submit carries them. */
  confirmed(): boolean;
  /** The host form was submitted holding the confirmed answers: they are on their way with it. */
  onHostSubmit(): void;
}

/**
 * Listens on the element's own window (a builder's iframe, when it is in one) for a host form's submit and for
 * the page being left. Leaving with unsent answers asks the browser to warn; the host form's own submit never
 * does, until the answers change again.
 */
export class HostSubmitWatch implements ReactiveController {
  private view: Window | null = null;
  /** Set by the host form's submit; the next edit clears it (the page stayed, and there is something new). */
  private submitted = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HostSubmitOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.view = this.host.ownerDocument.defaultView;
    // Capture: a builder's own submit handler may stop the event before it bubbles to the window.
    this.view?.addEventListener('submit', this.onSubmit, true);
    this.view?.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    this.view?.removeEventListener('submit', this.onSubmit, true);
    this.view?.removeEventListener('beforeunload', this.onBeforeUnload);
    this.view = null;
  }

  /** The answers changed: they are not the ones the host form sent, so leaving warns again. */
  noteEdit(): void {
    this.submitted = false;
  }

  private readonly onSubmit = (event: Event) => {
    if (!this.options.active()) return;
    const target = event.target as Element | null;
    if (target?.localName !== 'form') return;
    const form = target as HTMLFormElement;
    if (!form.contains(this.host) && !this.options.hostForms().includes(form)) return;
    // Unconfirmed answers are not in the host form: its submit sends none of them, so they stay kept and guarded.
    if (!this.options.confirmed()) return;
    this.submitted = true;
    this.options.onHostSubmit();
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.options.active() || this.submitted || !this.options.hasUnsentAnswers()) return;
    event.preventDefault();
    // Older engines show their warning only for a returnValue set to a string.
    event.returnValue = '';
  };
}
