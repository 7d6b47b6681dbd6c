/**
 * The register's rules as pure functions: each status of CONTRACT §8.4 on the day it starts, the flags, the
 * search, the CSV cells, and "today" in Europe/London.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, registerCsv } from '../../server/csv.mjs';
import { applyFilters, buildRegister, inboxToday, readFilters } from '../../server/register.mjs';
import {
  academyUnregisteredPartTime, extensionReview, lateNotice, maintainedPartTime, managedMoveReview, returnReview,
} from '../fixtures/examples.js';
import { notificationEnvelope, reviewEnvelope } from './envelopes.ts';

const stored = (envelope: { submissionId: string }, receivedAt = '2026-03-02T10:00:00.000Z') => ({ receivedAt, envelope });
const notification = notificationEnvelope();
const only = (records: ReturnType<typeof stored>[], today: string) => buildRegister(records, today).directions[0]!;
const withReview = (draft: typeof extensionReview, today?: string) =>
  reviewEnvelope({ ...draft, notificationId: notification.submissionId }, today ? { today } : {});

describe('register status (CONTRACT §8.4)', () => {
  // The example: start 9 March 2026, first review 20 April, estimated end 22 May.
  it('is notified up to and on the first review date, review-due the day after, outcome-overdue after the estimated end', () => {
    assert.deepEqual([only([stored(notification)], '2026-04-20')].map((row) => [row.status, row.statusDate]), [['notified', '2026-04-20']]);
    assert.deepEqual([only([stored(notification)], '2026-04-21')].map((row) => [row.status, row.statusDate]), [['review-due', '2026-04-20']]);
    assert.equal(only([stored(notification)], '2026-05-22').status, 'review-due');
    assert.deepEqual([only([stored(notification)], '2026-05-23')].map((row) => [row.status, row.statusDate]), [['outcome-overdue', '2026-05-22']]);
  });

  it('is extended until the new end date passes with no later review, then outcome-overdue again', () => {
    const records = [stored(notification), stored(withReview(extensionReview))];
    assert.deepEqual([only(records, '2026-07-17')].map((row) => [row.status, row.statusDate, row.outcome, row.outcomeDate]), [['extended', '2026-07-17', 'extension', '2026-07-17']]);
    assert.deepEqual([only(records, '2026-07-18')].map((row) => [row.status, row.statusDate]), [['outcome-overdue', '2026-07-17']]);
  });

  it('is returned or managed-move with the outcome’s date, and the latest review decides', () => {
    assert.deepEqual([only([stored(notification), stored(withReview(returnReview))], '2026-09-01')].map((row) => [row.status, row.statusDate]), [['returned', '2026-04-27']]);
    assert.deepEqual([only([stored(notification), stored(withReview(managedMoveReview))], '2026-09-01')].map((row) => [row.status, row.statusDate]), [['managed-move', '2026-04-27']]);
    const later = withReview({ ...returnReview, review: { date: '2026-06-15', requestedBy: 'scheduled', previousReviewDate: '2026-04-20' }, outcome: { kind: 'return', returnDate: '2026-06-16', reason: 'Done.' } }, '2026-06-16');
    // Received in the other order: the review date, not the arrival, decides which is latest.
    const row = only([stored(notification), stored(later, '2026-06-16T09:00:00.000Z'), stored(withReview(extensionReview), '2026-06-17T09:00:00.000Z')], '2026-06-20');
    assert.deepEqual([row.status, row.statusDate, row.reviews.length], ['returned', '2026-06-16', 2]);
  });
});

describe('register flags, filters and search', () => {
  const ehcp = notificationEnvelope();
  const academy = notificationEnvelope(academyUnregisteredPartTime);
  const partTime = notificationEnvelope(maintainedPartTime);
  const late = notificationEnvelope(lateNotice);
  const { directions } = buildRegister([ehcp, academy, partTime, late].map((envelope) => stored(envelope)), '2026-03-05');
  const ids = (query: string) => applyFilters(directions, readFilters(new URLSearchParams(query))).map((row) => row.id).sort();
  const sorted = (...list: { submissionId: string }[]) => list.map((item) => item.submissionId).sort();

  it('flags an EHC plan, a part-time timetable under the threshold, a late LA notice and an academy', () => {
    const flagsOf = (envelope: { submissionId: string }) => directions.find((row) => row.id === envelope.submissionId)!.flags;
    assert.deepEqual(flagsOf(ehcp), ['ehcp']);
    assert.deepEqual(flagsOf(academy), ['part-time', 'academy']);
    assert.deepEqual(flagsOf(partTime), ['ehcp', 'part-time']);
    assert.deepEqual(flagsOf(late), ['ehcp', 'la-notice-late']);
  });

  it('filters by flag (all the ticked ones), by school and by status, and ignores values it does not know', () => {
    assert.deepEqual(ids('flag=part-time'), sorted(academy, partTime));
    assert.deepEqual(ids('flag=part-time&flag=ehcp'), sorted(partTime));
    assert.deepEqual(ids('school=8304003'), sorted(academy));
    assert.deepEqual(ids('status=review-due'), []);
    assert.deepEqual(ids("status=' OR 1=1 --&flag=nonsense&school=x"), sorted(ehcp, academy, partTime, late));
  });

  it('searches by the short reference (with or without its space), the full id, the UPN or the pupil’s name', () => {
    const short = ehcp.submissionId.slice(0, 8).toUpperCase();
    assert.deepEqual(ids(`q=${short}`), sorted(ehcp));
    assert.deepEqual(ids(`q=${short.slice(0, 4)}+${short.slice(4)}`), sorted(ehcp));
    assert.deepEqual(ids(`q=${ehcp.submissionId.toUpperCase()}`), sorted(ehcp));
    assert.deepEqual(ids('q=b83020002400a'), sorted(academy));
    assert.deepEqual(ids('q=riley+morgan'), sorted(academy));
    assert.deepEqual(ids('q=Zebedee'), []);
  });
});

describe('CSV cells', () => {
  it('starts every cell that a spreadsheet would run as a formula with an apostrophe, and quotes every cell', () => {
    assert.deepEqual(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'plain', 'say "hi"', 'a,b\nc', ''].map(csvCell), [
      `"'=1+1"`, `"'+1"`, `"'-1"`, `"'@SUM(A1)"`, `"'\tx"`, `"'\rx"`, '"plain"', '"say ""hi"""', '"a,b\nc"', '""',
    ]);
  });

  it('has the contract’s columns in its header row', () => {
    const header = registerCsv([]).split('\r\n')[0]!.split(',').map((cell) => cell.replace(/"/g, ''));
    for (const column of ['reference', 'submissionId', 'schoolName', 'schoolLaestab', 'pupilName', 'upn', 'startDate', 'estimatedEndDate', 'status', 'ehcp', 'partTime', 'outcome', 'outcomeDate']) {
      assert.ok(header.includes(column), column);
    }
  });
});

describe('today', () => {
  it('is the date in Europe/London, whatever the process time zone, unless INBOX_TODAY says otherwise', () => {
    assert.equal(inboxToday('', new Date('2026-06-30T23:30:00Z')), '2026-07-01'); // British Summer Time
    assert.equal(inboxToday('', new Date('2026-12-31T23:30:00Z')), '2026-12-31'); // Greenwich Mean Time
    assert.equal(inboxToday('2026-04-28', new Date('2026-12-31T23:30:00Z')), '2026-04-28');
    assert.throws(() => inboxToday('28/04/2026'), /INBOX_TODAY/);
  });
});
