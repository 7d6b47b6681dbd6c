import type { ReactiveControllerHost } from 'lit';

/** A value a unit keeps for its element, like a Lit `@state`: setting a different value asks for a render. */
export class HostValue<T> {
  constructor(
    private readonly host: ReactiveControllerHost,
    private current: T,
  ) {}

  get value(): T {
    return this.current;
  }
  set value(next: T) {
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
