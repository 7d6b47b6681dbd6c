import { msg, str } from '@lit/localize';
import { schoolDaysText } from '../../schema/plural.js';

/**
 * A placement's length in school days: "57 school days", or, where no term dates cover the dates counted,
 * "About 57 school days (the calendar does not cover every date)".
 */
export function placementLengthText(count: number, approximate: boolean, locale: string): string {
  const length = schoolDaysText(count, locale);
  return approximate ? msg(str`About ${length} (the calendar does not cover every date)`) : length;
}
