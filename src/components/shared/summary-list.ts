import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatDateForPeople } from '../../schema/dates.js';
import { dateTimeFormat } from '../../schema/intl.js';
import { fieldId } from './paths.js';

/** One answer on the check-your-answers page. */
export interface SummaryRow {
  /** The question, short: "Date of birth". */
  key: string;
  /** The answer as text; several lines as an array. Empty or missing shows "Not given". */
  value: string | readonly string[] | undefined;
  /** The field the "Change" link goes back to. No path → no link. */
  path?: string;
  /** Rows with the same section, next to each other, are listed under that heading. */
  section?: string;
  /** A short label shown as a tag under the answer, e.g. where the answer came from. */
  tag?: string;
}

export interface SummaryListOptions {
  /** Called with a row's path when its "Change" link is used. Left out: no change links (confirmation, print). */
  onChange?: (path: string) => void;
  /** The level of the section headings: 3 (default) under the step's heading, 4 under a heading of their own. */
  headingLevel?: 3 | 4;
}

function answer(value: SummaryRow['value']): TemplateResult {
  const lines = (typeof value === 'string' ? [value] : (value ?? [])).filter((line) => line.trim() !== '');
  if (lines.length === 0) return html`<span class="secondary-text">${msg('Not given')}</span>`;
  if (lines.length === 1) return html`${lines[0]}`;
  return html`${lines.map((line) => html`<p>${line}</p>`)}`;
}

function list(rows: readonly SummaryRow[], options: SummaryListOptions): TemplateResult {
  return html`<dl class="summary-list" part="summary">
    ${rows.map(
      (row) => html`<div class="summary-list__row">
        <dt class="summary-list__key">${row.key}</dt>
        <dd class="summary-list__value">${answer(row.value)}${row.tag
            ? html` <strong class="tag">${row.tag}</strong>`
            : nothing}</dd>
        ${options.onChange && row.path
          ? html`<dd class="summary-list__actions">
              <a
                href=${`#${fieldId(row.path)}`}
                data-path=${row.path}
                @click=${(event: Event) => {
                  event.preventDefault();
                  options.onChange!(row.path!);
                }}
                >${msg('Change')}<span class="visually-hidden"> ${row.key}</span></a
              >
            </dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}

/** Answers as a GOV.UK summary list, grouped under a heading per section. */
export function summaryList(rows: readonly SummaryRow[], options: SummaryListOptions = {}): TemplateResult {
  const groups: { section: string | undefined; rows: SummaryRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.section === row.section) last.rows.push(row);
    else groups.push({ section: row.section, rows: [row] });
  }
  return html`${groups.map(
    (group) => html`${!group.section
      ? nothing
      : options.headingLevel === 4
        ? html`<h4 class="heading-s">${group.section}</h4>`
        : html`<h3 class="heading-m">${group.section}</h3>`}
    ${list(group.rows, options)}`,
  )}`;
}

/** Text for a yes/no answer in a summary row. */
export function yesNoText(value: unknown): string | undefined {
  return value === true ? msg('Yes') : value === false ? msg('No') : undefined;
}

/**
 * An answer that is a `YYYY-MM-DD` date, the way people read it ("3 February 2016", or with the weekday), in the
 * given locale; see {@link formatDateForPeople}. Anything that is not a real date is shown as it is.
 */
export function dateText(value: unknown, locale = 'en-GB', weekday = false): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return formatDateForPeople(value, locale, { weekday });
}

/**
 * When an envelope was sent (`submittedAt`, an ISO date-time), for the printed copy: the time and the day in the
 * browser's own time zone, because this is a moment, not a calendar date. `undefined` for anything else.
 */
export function sentAt(isoDateTime: string, locale: string): { time: string; day: string } | undefined {
  const when = new Date(isoDateTime);
  if (Number.isNaN(when.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const localDay = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return {
    time: dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(when),
    day: formatDateForPeople(localDay, locale),
  };
}
