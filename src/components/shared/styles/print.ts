import { css } from 'lit';

/** Print: the answers on paper. */
export const printStyles = css`
  /* Print: the answers on paper, without controls or page chrome */

  @media print {
    :host {
      color: #000000;
      background: #ffffff;
      font-size: 16px;
    }
    .odf {
      max-width: none;
    }
    .button,
    .button-group,
    .back-link,
    .summary-list__actions,
    .error-summary,
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    a {
      color: #000000;
      text-decoration: none;
    }
    .panel {
      color: #000000;
      background: none;
      border: 2px solid #000000;
    }
    .summary-list__row {
      break-inside: avoid;
    }
    .warning-text__icon {
      color: #000000;
      background: none;
    }
  }
`;
