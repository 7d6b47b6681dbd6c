import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Finding } from '../../schema/result.js';
import { fieldId } from './paths.js';

export interface ErrorSummaryOptions {
  /** Called with a finding's path when its link is used; the element moves focus to that field. */
  onLink: (path: string) => void;
  /** Defaults to "There is a problem". */
  title?: string;
  /** Optional sentence under the title. */
  description?: string;
}

/**
 * The GOV.UK error summary: a box that takes focus (tabindex -1, no alert role), titled "There is a problem",
 * listing each error as a link to its field. Fragment links cannot reach ids inside a shadow root, so each link
 * is handled by `onLink` instead of navigating.
 */
export function errorSummary(errors: readonly Finding[], options: ErrorSummaryOptions): TemplateResult {
  return html`<div
    class="error-summary"
    id="error-summary"
    tabindex="-1"
    part="error-summary"
    aria-labelledby="error-summary-title"
  >
    <h2 class="error-summary__title" id="error-summary-title">${options.title ?? msg('There is a problem')}</h2>
    <div class="error-summary__body">
      ${options.description ? html`<p class="body">${options.description}</p>` : nothing}
      <ul class="error-summary__list">
        ${errors.map((finding) =>
          finding.path
            ? html`<li>
                <a
                  href=${`#${fieldId(finding.path)}`}
                  data-path=${finding.path}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    options.onLink(finding.path!);
                  }}
                  >${finding.message}</a
                >
              </li>`
            : html`<li><span class="error-summary__text">${finding.message}</span></li>`,
        )}
      </ul>
    </div>
  </div>`;
}
