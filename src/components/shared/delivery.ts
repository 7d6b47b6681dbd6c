import { msg, str } from '@lit/localize';
import { createFormEvent, SUBMIT_EVENT, type FormEnvelope, type SubmitEventDetail } from '../../events.js';

/** How long a POST to `action` may take before the user is told it failed. */
export const DEFAULT_SEND_TIMEOUT_MS = 30_000;

/** The most problems from a 422 answer to list; a long list helps nobody read the one that matters. */
const MAX_LISTED_PROBLEMS = 10;

/**
 * Sending failed in a way the user should read: `message` says what happened and what to do, `problems` lists the
 * receiver's own findings (a 422 answer), and `status` is the HTTP status when there was one.
 */
export class SendError extends Error {
  readonly status: number | undefined;
  readonly problems: readonly string[];

  constructor(message: string, options: { status?: number; problems?: readonly string[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SendError';
    this.status = options.status;
    this.problems = options.problems ?? [];
  }
}

/** The sentences of the receiver's findings in a 422 answer (`{ findings: [{ message }] }`), without repeats. */
async function findingMessages(response: Response): Promise<string[]> {
  try {
    const body = (await response.json()) as { findings?: unknown };
    if (!Array.isArray(body.findings)) return [];
    const messages = body.findings
      .map((finding) => (finding as { message?: unknown } | null)?.message)
      .filter((message): message is string => typeof message === 'string' && message.trim() !== '');
    return [...new Set(messages)].slice(0, MAX_LISTED_PROBLEMS);
  } catch {
    return [];
  }
}

async function refusal(response: Response): Promise<SendError> {
  const status = response.status;
  if (status === 422) {
    const problems = await findingMessages(response);
    return new SendError(
      problems.length
        ? msg('The receiving service found problems with these answers:')
        : msg(str`The receiving service refused these answers (error ${status}).`),
      { status, problems },
    );
  }
  if (status >= 500) {
    return new SendError(msg(str`The receiving service had a problem (error ${status}). Try again in a few minutes.`), {
      status,
    });
  }
  return new SendError(msg(str`The receiving service refused the form (error ${status}).`), { status });
}

/**
 * POSTs an envelope as JSON to `action` with its submission id as the `Idempotency-Key`, so a receiver stores a
 * retried send once. Resolves on a 2xx answer; rejects with a {@link SendError} on any other answer, a network
 * failure or when `timeoutMs` passes without an answer.
 */
export async function postEnvelope(
  action: string,
  envelope: { submissionId: string },
  options: { timeoutMs?: number } = {},
): Promise<void> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.submissionId },
        body: JSON.stringify(envelope),
        signal: controller.signal,
        // Same-origin cookies only: an intranet receiver may rely on the user's session; another origin gets none.
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new SendError(
        timedOut
          ? msg('The receiving service did not answer in time. Check your connection, then try again.')
          : msg('The form could not reach the receiving service. Check your connection, then try again.'),
        { cause: error },
      );
    }
    if (!response.ok) throw await refusal(response);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Hands an envelope over from `element`: fires `offsite-direction-submit` (cancelable, with `waitUntil`), waits for
 * any promises a host gave, then — with `action` set — POSTs it. Resolves `true` when it was taken, `false` when
 * the host cancelled; rejects when sending failed. A host's rejected promise stops the POST: a host can veto or
 * prepare a send. `onSending` runs before anything is awaited.
 */
export async function deliverEnvelope<TData, TDerived>(
  element: EventTarget,
  envelope: FormEnvelope<TData, TDerived>,
  options: { action: string; sendTimeout: number; onSending: () => void },
): Promise<boolean> {
  const pending: Promise<unknown>[] = [];
  let dispatching = true;
  const detail = { ...envelope } as SubmitEventDetail<TData, TDerived>;
  Object.defineProperty(detail, 'waitUntil', {
    enumerable: false,
    value: (promise: Promise<unknown>) => {
      if (!dispatching) {
        throw new DOMException(
          'waitUntil() must be called while offsite-direction-submit is being dispatched',
          'InvalidStateError',
        );
      }
      pending.push(Promise.resolve(promise));
    },
  });
  const event = createFormEvent(SUBMIT_EVENT, detail as SubmitEventDetail);
  const proceed = element.dispatchEvent(event);
  dispatching = false;
  if (!proceed) return false;
  const action = options.action.trim();
  if (pending.length || action) {
    options.onSending();
    await Promise.all(pending);
    if (action) {
      // Timers overflow past 2^31 − 1 ms and fire at once, so a huge value is held at that.
      const given = Number(options.sendTimeout);
      const timeoutMs = given > 0 ? Math.min(given, 2 ** 31 - 1) : DEFAULT_SEND_TIMEOUT_MS;
      await postEnvelope(action, envelope, { timeoutMs });
    }
  }
  return true;
}
