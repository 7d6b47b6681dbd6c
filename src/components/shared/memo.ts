/**
 * Work that follows from one rule-check result, done once for it however many parts of a render (and the live
 * region after it) ask: the rule panel's sentences, the conclusions the live region says. A new check result
 * (any change to the draft, today, the config or the locale makes one) or other `deps` work it out afresh.
 */
export class PerCheck<K extends object, T> {
  private readonly results = new WeakMap<K, { deps: readonly unknown[]; value: T }>();

  /** The value for `key` and `deps`, worked out by `compute` the first time they are asked for. */
  get(key: K, deps: readonly unknown[], compute: () => T): T {
    const known = this.results.get(key);
    if (known && known.deps.length === deps.length && known.deps.every((dep, index) => Object.is(dep, deps[index]))) {
      return known.value;
    }
    const value = compute();
    this.results.set(key, { deps, value });
    return value;
  }
}
