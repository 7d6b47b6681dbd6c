import { css } from 'lit';
import { space } from './tokens.js';

/** The date input: day, month and year side by side. */
export const dateInputStyles = css`
  /* Date input */

  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${space(4)};
  }

  .date-input__item {
    margin-bottom: 0;
  }

  .date-input__item .label {
    margin-bottom: ${space(1)};
  }

  .date-input__item .input--width-2 {
    width: 54px;
  }

  .date-input__item .input--width-4 {
    width: 80px;
  }
`;
