/**
 * A class attribute from a map of class names to whether each applies: `classNames({ input: true,
 * 'input--error': false })` is `"input"`. Bound as `class=${classNames(…)}`, it renders what Lit's `classMap`
 * does, but a re-render compares one string instead of adding and removing classes one by one: the whole form
 * re-renders on every keystroke, and `classMap` over its fields was nearly a third of that render
 * (docs/performance.md, issue 13). Nothing here adds classes to these elements by other means.
 *
 * The field templates and buttons import it under `classMap`'s name, so their templates read as they did.
 */
export function classNames(classes: Readonly<Record<string, boolean>>): string {
  let names = '';
  for (const name in classes) if (classes[name]) names += names ? ` ${name}` : name;
  return names;
}
