// The register: stored envelopes turned into one row per offsite direction (CONTRACT §8.4). Pure functions of
// the records and "today", so the page, the CSV and the tests all read the same answer.

export const statuses = ['notified', 'review-due', 'outcome-overdue', 'extended', 'returned', 'managed-move'];
export const statusLabels = {
  notified: 'Notified',
  'review-due': 'Review due',
  'outcome-overdue': 'Outcome overdue',
  extended: 'Extended',
  returned: 'Returned',
  'managed-move': 'Managed move',
};
export const flags = ['ehcp', 'part-time', 'la-notice-late', 'academy'];
export const flagLabels = {
  ehcp: 'EHC plan',
  'part-time': 'Part-time (under the threshold)',
  'la-notice-late': 'LA notice late',
  academy: 'Academy',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date in Europe/London (the authority's day), or `INBOX_TODAY` when it is a YYYY-MM-DD date. */
export function inboxToday(override = process.env.INBOX_TODAY, now = new Date()) {
  if (override !== undefined && override !== '') {
    if (!DATE.test(override)) throw new Error(`INBOX_TODAY must be a YYYY-MM-DD date, not "${override}"`);
    return override;
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The short reference of CONTRACT §8.2: the first 8 hex digits of the submissionId, upper case. */
export const shortReference = (id) => id.slice(0, 8).toUpperCase();

/** The date an outcome took effect, and its end date for an extension. */
export function outcomeDate(outcome) {
  if (!outcome) return '';
  if (outcome.kind === 'extension') return outcome.newEstimatedEndDate;
  if (outcome.kind === 'return') return outcome.returnDate;
  return outcome.startDate;
}

const byReviewDate = (a, b) =>
  a.envelope.data.review.date.localeCompare(b.envelope.data.review.date) || a.receivedAt.localeCompare(b.receivedAt);

/** Status per CONTRACT §8.4, with the date it is about. Dates compare as YYYY-MM-DD strings: no time zone. */
export function directionStatus(notification, reviews, today) {
  const { placement } = notification.envelope.data;
  const latest = reviews.at(-1)?.envelope.data;
  if (latest) {
    const { outcome } = latest;
    if (outcome.kind === 'return') return { status: 'returned', date: outcome.returnDate };
    if (outcome.kind === 'managed-move') return { status: 'managed-move', date: outcome.startDate };
    if (today > outcome.newEstimatedEndDate) return { status: 'outcome-overdue', date: outcome.newEstimatedEndDate };
    return { status: 'extended', date: outcome.newEstimatedEndDate };
  }
  if (today > placement.estimatedEndDate) return { status: 'outcome-overdue', date: placement.estimatedEndDate };
  if (today > placement.firstReviewDate) return { status: 'review-due', date: placement.firstReviewDate };
  return { status: 'notified', date: placement.firstReviewDate };
}

function directionFlags(envelope) {
  const { data, derived } = envelope;
  const on = [];
  if (data.pupil.hasEhcp) on.push('ehcp');
  if (derived.partTimeTimetableRequired) on.push('part-time');
  if (derived.laNoticeLate) on.push('la-notice-late');
  if (data.homeSchool.governance === 'academy') on.push('academy');
  return on;
}

/**
 * @typedef {{ receivedAt: string, envelope: any }} StoredRecord
 * @typedef {StoredRecord & { linkedBy: 'notificationId' | 'upn-and-start' }} LinkedReview
 * @typedef {{
 *   id: string, reference: string, notification: StoredRecord, reviews: LinkedReview[], status: string,
 *   statusDate: string, flags: string[], schoolName: string, schoolLaestab: string, pupilName: string, upn: string,
 *   startDate: string, estimatedEndDate: string, outcome: string, outcomeDate: string,
 * }} Direction
 */

/**
 * Links each outcome review to its notification: by `notificationId` when that notification is stored, else by
 * the pupil's UPN and the placement's start date (the latest notification received for them). Reviews that match
 * neither are returned apart, as `unlinked`.
 * @param {StoredRecord[]} records
 * @param {string} today
 * @returns {{ directions: Direction[], unlinked: StoredRecord[] }}
 */
export function buildRegister(records, today) {
  const notifications = records.filter((item) => item.envelope.form === 'offsite-direction-notification');
  const reviews = records.filter((item) => item.envelope.form === 'offsite-direction-outcome-review');
  const byId = new Map(notifications.map((item) => [item.envelope.submissionId.toLowerCase(), item]));
  const byPupilAndStart = new Map();
  for (const item of [...notifications].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))) {
    const { pupil, placement } = item.envelope.data;
    byPupilAndStart.set(`${pupil.upn}|${placement.startDate}`, item);
  }
  const linked = new Map(notifications.map((item) => [item, []]));
  const unlinked = [];
  for (const review of reviews) {
    const { notificationId, pupil, placement } = review.envelope.data;
    const direct = notificationId ? byId.get(notificationId.toLowerCase()) : undefined;
    const notification = direct ?? byPupilAndStart.get(`${pupil.upn}|${placement.startDate}`);
    if (notification) linked.get(notification).push({ ...review, linkedBy: direct ? 'notificationId' : 'upn-and-start' });
    else unlinked.push(review);
  }
  const directions = notifications.map((notification) => {
    const { envelope } = notification;
    const { data } = envelope;
    const ordered = linked.get(notification).sort(byReviewDate);
    const { status, date } = directionStatus(notification, ordered, today);
    const latestOutcome = ordered.at(-1)?.envelope.data.outcome;
    return {
      id: envelope.submissionId.toLowerCase(),
      reference: shortReference(envelope.submissionId),
      notification,
      reviews: ordered,
      status,
      statusDate: date,
      flags: directionFlags(envelope),
      schoolName: data.homeSchool.name,
      schoolLaestab: data.homeSchool.laestab,
      pupilName: `${data.pupil.firstName} ${data.pupil.lastName}`,
      upn: data.pupil.upn,
      startDate: data.placement.startDate,
      estimatedEndDate: data.placement.estimatedEndDate,
      outcome: latestOutcome?.kind ?? '',
      outcomeDate: outcomeDate(latestOutcome),
    };
  });
  directions.sort((a, b) => b.notification.receivedAt.localeCompare(a.notification.receivedAt));
  unlinked.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return { directions, unlinked };
}

/** The register's filters, read from a query string; unknown values are dropped, never echoed into SQL. */
export function readFilters(searchParams) {
  const status = searchParams.get('status') ?? '';
  const school = (searchParams.get('school') ?? '').trim();
  const q = (searchParams.get('q') ?? '').trim().slice(0, 200);
  return {
    status: statuses.includes(status) ? status : '',
    school: /^\d{7}$/.test(school) ? school : '',
    flags: searchParams.getAll('flag').filter((flag) => flags.includes(flag)),
    q,
  };
}

/** Whether a search matches: a pupil's name (every word), a UPN, or a reference (8 hex digits or the full id). */
export function matchesSearch(direction, q) {
  if (!q) return true;
  const compact = q.replace(/\s+/g, '').toLowerCase();
  if (/^[0-9a-f]{8}$/.test(compact) && direction.id.startsWith(compact)) return true;
  if (compact === direction.id) return true;
  if (compact === direction.upn.toLowerCase()) return true;
  const name = direction.pupilName.toLowerCase();
  return q.toLowerCase().split(/\s+/).every((word) => name.includes(word));
}

/**
 * @param {Direction[]} directions
 * @param {ReturnType<typeof readFilters>} filters
 * @returns {Direction[]}
 */
export function applyFilters(directions, filters) {
  return directions.filter(
    (direction) =>
      (!filters.status || direction.status === filters.status) &&
      (!filters.school || direction.schoolLaestab === filters.school) &&
      filters.flags.every((flag) => direction.flags.includes(flag)) &&
      matchesSearch(direction, filters.q),
  );
}

/** The schools in the register, for the filter: one per LAESTAB, by name. */
export function schoolsOf(directions) {
  const schools = new Map();
  for (const direction of directions) schools.set(direction.schoolLaestab, direction.schoolName);
  return [...schools].map(([laestab, name]) => ({ laestab, name })).sort((a, b) => a.name.localeCompare(b.name));
}
