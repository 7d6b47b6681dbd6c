/** Set once this copy of the library has said that another copy got here first. */
let warned = false;

/**
 * Registers a custom element unless the tag is taken. Two copies of the bundle on one page (two script tags,
 * two versions) must not throw: the first definitions stay, and the second copy says so once in the console —
 * one warning for the copy, not one per element.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (existing !== elementClass && !warned) {
    warned = true;
    console.warn(
      `<${tagName}> is already defined on this page; this copy of offsite-direction-forms leaves the existing definitions in place.`,
    );
  }
}
