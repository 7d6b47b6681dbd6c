const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is taken. Two copies of the bundle on one page (two script tags,
 * two versions) must not throw: the first definition stays, and the second copy says so once in the console.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (existing !== elementClass && !warned.has(tagName)) {
    warned.add(tagName);
    console.warn(`<${tagName}> is already defined on this page; this copy of offsite-direction-forms leaves that definition in place.`);
  }
}
