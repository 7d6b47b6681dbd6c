import { css } from 'lit';
import { border, space } from './tokens.js';

/** The summary list of check your answers. */
export const summaryListStyles = css`
  /* Summary list (check your answers) */

  .summary-list {
    margin-bottom: ${space(6)};
  }

  .summary-list__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${space(4)};
    padding: ${space(2)} 0;
    border-bottom: 1px solid ${border};
  }

  .summary-list__key {
    flex: 1 1 100%;
    font-weight: 700;
    margin-bottom: ${space(1)};
  }

  .summary-list__value {
    flex: 1 1 0;
    min-width: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .summary-list__value p {
    margin-bottom: ${space(1)};
  }

  .summary-list__value p:last-child {
    margin-bottom: 0;
  }

  .summary-list__actions {
    flex: 0 0 auto;
    text-align: right;
  }

  @container (min-width: 641px) {
    .summary-list__row {
      flex-wrap: nowrap;
      padding: ${space(3)} 0;
    }
    .summary-list__key {
      flex: 0 0 30%;
      margin-bottom: 0;
    }
  }
`;
