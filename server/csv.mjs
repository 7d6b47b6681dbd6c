// The register as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF rows). A cell that a spreadsheet would
// read as a formula (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe, so an answer
// typed as "=HYPERLINK(…)" stays text when the file is opened.

export const CSV_COLUMNS = [
  'reference', 'submissionId', 'receivedAt', 'schoolName', 'schoolLaestab', 'pupilName', 'upn', 'startDate',
  'estimatedEndDate', 'firstReviewDate', 'status', 'statusDate', 'ehcp', 'partTime', 'laNoticeLate', 'academy',
  'reviews', 'outcome', 'outcomeDate',
];

export function csvCell(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const yesNo = (on) => (on ? 'yes' : 'no');

export function registerCsv(directions) {
  const rows = directions.map((direction) => ({
    reference: direction.reference,
    submissionId: direction.id,
    receivedAt: direction.notification.receivedAt,
    schoolName: direction.schoolName,
    schoolLaestab: direction.schoolLaestab,
    pupilName: direction.pupilName,
    upn: direction.upn,
    startDate: direction.startDate,
    estimatedEndDate: direction.estimatedEndDate,
    firstReviewDate: direction.notification.envelope.data.placement.firstReviewDate,
    status: direction.status,
    statusDate: direction.statusDate,
    ehcp: yesNo(direction.flags.includes('ehcp')),
    partTime: yesNo(direction.flags.includes('part-time')),
    laNoticeLate: yesNo(direction.flags.includes('la-notice-late')),
    academy: yesNo(direction.flags.includes('academy')),
    reviews: direction.reviews.length,
    outcome: direction.outcome,
    outcomeDate: direction.outcomeDate,
  }));
  return [CSV_COLUMNS, ...rows.map((row) => CSV_COLUMNS.map((column) => row[column]))]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

