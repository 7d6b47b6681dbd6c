/**
 * A narrow screen for the reflow tests (WCAG 2.2, 1.4.10): a frame of the given width is a screen of that width
 * to everything inside it, media and container queries included, in every engine (WebKitGTK's window cannot be
 * made that narrow). The element under test runs from its own module in the frame.
 */
import { expect } from '@open-wc/testing';

/** Opens a `width`-pixel frame that has imported `defineModule` (a path under /src); resolves to it and its document. */
async function openNarrowFrame(defineModule: string, width = 320): Promise<{ frame: HTMLIFrameElement; inner: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 640px; border: 0`;
  // A phone's scroll bars float over the page; Firefox's take 12px here unless told not to.
  frame.srcdoc = `<!doctype html><html lang="en" style="scrollbar-width: none"><body style="margin: 0"><script type="module">
    try {
      await import('${new URL(defineModule, location.href).href}');
      document.body.dataset.ready = '';
    } catch (error) {
      document.body.dataset.failed = String(error);
    }
  </script></body></html>`;
  document.body.append(frame);
  const inner = await new Promise<Document>((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const doc = frame.contentDocument;
      if (doc?.body?.dataset.ready !== undefined) resolve(doc);
      else if (doc?.body?.dataset.failed) reject(new Error(doc.body.dataset.failed));
      else if (Date.now() - started > 20_000) reject(new Error('the frame did not load the element'));
      else setTimeout(poll, 50);
    };
    poll();
  });
  return { frame, inner };
}

/** A `width`-pixel frame with `tag` in it, `today` set, rendered: see `openNarrowFrame`. */
export async function narrowForm<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  defineModule: string,
  tag: string,
  today: string,
  width = 320,
): Promise<{ frame: HTMLIFrameElement; inner: Document; el: T }> {
  const { frame, inner } = await openNarrowFrame(defineModule, width);
  const el = inner.createElement(tag) as T;
  el.setAttribute('today', today);
  inner.body.append(el);
  await el.updateComplete;
  return { frame, inner, el };
}

/**
 * Asserts that `el`, filling a `width`-pixel frame, needs no sideways scrolling: neither the element nor the page
 * scrolls sideways, and every box the user can see (visually hidden text is a clipped 1px box) ends inside.
 */
export function expectFits(el: HTMLElement, inner: Document, step: string, width = 320): void {
  expect(el.getBoundingClientRect().width, step).to.equal(width);
  expect(el.scrollWidth, `${step}: the element`).to.be.at.most(width);
  expect(inner.documentElement.scrollWidth, `${step}: the page`).to.be.at.most(width);
  const visible = Array.from(el.shadowRoot!.querySelectorAll('*')).filter((node) => !node.closest('.visually-hidden'));
  const widest = Math.max(...visible.map((node) => node.getBoundingClientRect().right));
  expect(widest, `${step}: widest element`).to.be.at.most(width);
}
