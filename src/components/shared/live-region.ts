import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HostValue } from './host-value.js';

/** How long typing must pause before the live region says what an edit changed. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * The polite live region under the questions. The rule panel is not live: it changes on almost every keystroke,
 * and reading it out each time would drown what the user is typing. Once typing pauses after a user's own edit,
 * this says only the conclusions (key → sentence) that edit changed.
 */
export class LiveRegion implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The conclusions as last spoken (or silently taken in, after a prefill or a new `today`/`config`). */
  private spoken: Record<string, string> = {};
  private readonly said: HostValue<string>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { conclusions: () => Record<string, string>; onQuestions: () => boolean },
  ) {
    this.said = new HostValue(host, '');
    host.addController(this);
  }

  /** What the live region says now. */
  get announcement(): string {
    return this.said.value;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A user edit: once typing pauses, say what changed. */
  readonly noteEdit = (): void => {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.announceChanges, ANNOUNCE_AFTER_MS);
  };

  /** Between user edits, takes in the conclusions silently, so only what a user's own edit changes is said. */
  takeInSilently(): void {
    if (this.timer === undefined) this.spoken = this.options.conclusions();
  }

  /** Forgets a pending or standing announcement, so nothing stale is said after a step change or a reset. */
  quiet(): void {
    this.hostDisconnected();
    this.said.value = '';
  }

  /** Once typing pauses: say the conclusions that changed since they were last said, and nothing else. */
  private readonly announceChanges = (): void => {
    this.timer = undefined;
    const now = this.options.conclusions();
    const before = this.spoken;
    this.spoken = now;
    const changed = Object.keys(now).filter((key) => now[key] !== before[key]);
    // Emptied when nothing changed, so the same sentence can be said again the next time it becomes true.
    this.said.value = this.options.onQuestions() ? changed.map((key) => now[key]).join(' ') : '';
  };
}
