/**
 * The short reference a person can read out over the phone: the first 8 hex digits of the submission id, upper
 * case (CONTRACT §8.2). A receiver can search by it; the full id stays the key.
 */

const HEX_START = /^[0-9a-f]{8}/i;

/** `0e40e4d5-…` → `0E40E4D5`; an id that does not start with 8 hex digits gives `''`. */
export function shortReference(submissionId: string): string {
  const start = HEX_START.exec(submissionId.trim());
  return start ? start[0].toUpperCase() : '';
}

/** The short reference as people see it, in two groups of four: `0E40 E4D5`. */
export function groupedShortReference(submissionId: string): string {
  const reference = shortReference(submissionId);
  return reference ? `${reference.slice(0, 4)} ${reference.slice(4)}` : '';
}
