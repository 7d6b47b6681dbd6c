import { css } from 'lit';
import { error, focus, focusText, radius, space } from './tokens.js';

/** The error summary. */
export const errorSummaryStyles = css`
  /* Error summary */

  .error-summary {
    margin-bottom: ${space(6)};
    padding: ${space(3)};
    border: 5px solid ${error};
    border-radius: ${radius};
  }

  .error-summary:focus {
    outline: 3px solid ${focus};
    outline-offset: 0;
  }

  .error-summary__title {
    margin-bottom: ${space(3)};
    font-size: 18px;
    font-weight: 700;
  }

  .error-summary__body > :last-child {
    margin-bottom: 0;
  }

  .error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .error-summary__list li {
    margin-bottom: ${space(2)};
  }

  .error-summary__list li:last-child {
    margin-bottom: 0;
  }

  .error-summary__list a,
  .error-summary__list .error-summary__text {
    font-weight: 700;
    color: ${error};
  }

  .error-summary__list a:focus {
    color: ${focusText};
  }

  @container (min-width: 641px) {
    .error-summary {
      padding: ${space(4)};
    }
    .error-summary__title {
      font-size: 24px;
    }
  }
`;
