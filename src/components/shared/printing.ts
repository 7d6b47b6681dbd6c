/*
 * Printing the way people print. A host's print style keeps on paper only the form that carries `printing`
 * (README: `main > :not(:has([printing]))`). The "Print or save a copy" button sets it on its own form; the
 * browser's own Print (Ctrl+P, the menu) sets it here, just before the page is laid out for paper, on the form
 * the person was using, so neither way prints a blank page.
 */

/** Each form on the page, with whether it shows answers worth printing (check your answers, the confirmation). */
const forms = new Map<HTMLElement, () => boolean>();
/** The form the person last worked in (focus or pointer), preferred when several could print. */
let lastUsed: HTMLElement | undefined;
let listening = false;

const PRINTING = 'printing';

/** Chooses what the browser's own Print prints, unless a form's button has already chosen itself. */
function onBeforePrint(): void {
  const connected = [...forms.keys()].filter((form) => form.isConnected);
  if (connected.some((form) => form.hasAttribute(PRINTING))) return;
  const withAnswers = connected.filter((form) => forms.get(form)!());
  const candidates = withAnswers.length ? withAnswers : connected;
  const chosen = lastUsed && candidates.includes(lastUsed) ? [lastUsed] : candidates;
  for (const form of chosen) form.toggleAttribute(PRINTING, true);
}

function onAfterPrint(): void {
  for (const form of forms.keys()) form.removeAttribute(PRINTING);
}

/** Takes part in printing while connected. `showsAnswers` says whether the form is past its questions. */
export function joinPrinting(form: HTMLElement, showsAnswers: () => boolean): void {
  forms.set(form, showsAnswers);
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeprint', onBeforePrint);
  window.addEventListener('afterprint', onAfterPrint);
}

export function leavePrinting(form: HTMLElement): void {
  forms.delete(form);
  form.removeAttribute(PRINTING);
  if (lastUsed === form) lastUsed = undefined;
}

/** The person is working in `form`. */
export function notePrintingUse(form: HTMLElement): void {
  lastUsed = form;
}

/** "Print or save a copy": prints `form` alone, through the browser's print dialogue. */
export function printOnly(form: HTMLElement): void {
  for (const other of forms.keys()) if (other !== form) other.removeAttribute(PRINTING);
  form.toggleAttribute(PRINTING, true);
  // A form not registered (never connected) still tidies up after itself.
  if (!forms.has(form)) window.addEventListener('afterprint', () => form.removeAttribute(PRINTING), { once: true });
  window.print();
}
