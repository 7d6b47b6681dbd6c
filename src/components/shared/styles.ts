import type { CSSResult } from 'lit';
import { backLinkStyles } from './styles/back-link.js';
import { buttonStyles } from './styles/buttons.js';
import { choiceStyles } from './styles/choices.js';
import { dateInputStyles } from './styles/date-input.js';
import { errorSummaryStyles } from './styles/error-summary.js';
import { fieldStyles } from './styles/fields.js';
import { noticeStyles } from './styles/notices.js';
import { panelStyles } from './styles/panel.js';
import { printStyles } from './styles/print.js';
import { rulePanelStyles } from './styles/rule-panel.js';
import { summaryListStyles } from './styles/summary-list.js';
import { hostStyles } from './styles/tokens.js';
import { typographyStyles } from './styles/typography.js';

/**
 * The look both forms share, one GOV.UK component a module (styles/): spread it into an element's `styles`.
 *
 * The order is the cascade: a later sheet wins over an earlier one at equal specificity, and some rules rely on
 * it (the button's focus after its secondary colours, print after everything it hides), so keep it.
 */
export const sharedStyles: readonly CSSResult[] = [
  hostStyles,
  typographyStyles,
  backLinkStyles,
  fieldStyles,
  dateInputStyles,
  choiceStyles,
  errorSummaryStyles,
  summaryListStyles,
  noticeStyles,
  panelStyles,
  rulePanelStyles,
  buttonStyles,
  printStyles,
];
