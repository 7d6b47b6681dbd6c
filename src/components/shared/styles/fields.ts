import { css } from 'lit';
import { background, error, focus, inputBorder, radius, secondaryButton, secondaryText, space, text } from './tokens.js';

/** Form groups, labels, hints, error messages, text inputs, textareas, selects, file upload and input suffixes. */
export const fieldStyles = css`
  /* Form groups, labels, hints and errors */

  .form-group {
    margin-bottom: ${space(6)};
  }

  .form-group .form-group:last-child {
    margin-bottom: 0;
  }

  .form-group--error {
    padding-left: ${space(3)};
    border-left: 5px solid ${error};
  }

  .form-group--error .form-group {
    padding: 0;
    border: 0;
  }

  .fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }

  .legend,
  .label {
    display: block;
    margin-bottom: ${space(3)};
    font-weight: 400;
    color: ${text};
  }

  .legend {
    max-width: 100%;
    padding: 0;
    white-space: normal;
  }

  .legend--m,
  .label--m {
    font-weight: 700;
    font-size: 18px;
    line-height: 1.15;
  }

  @container (min-width: 641px) {
    .legend--m,
    .label--m {
      font-size: 24px;
      line-height: 1.25;
    }
  }

  .hint {
    display: block;
    margin-bottom: ${space(3)};
    color: ${secondaryText};
  }

  .label + .hint,
  .legend + .hint {
    margin-top: -${space(1)};
  }

  .error-message {
    display: block;
    margin-bottom: ${space(3)};
    clear: both;
    color: ${error};
    font-weight: 700;
  }

  /* Text inputs, textareas, selects */

  .input,
  .textarea,
  .select {
    display: block;
    width: 100%;
    height: 40px;
    margin: 0;
    padding: ${space(1)};
    font-family: inherit;
    font-size: 16px;
    line-height: 1.25;
    color: ${text};
    background: ${background};
    border: 2px solid ${inputBorder};
    border-radius: ${radius};
    appearance: none;
  }

  @container (min-width: 641px) {
    .input,
    .textarea,
    .select {
      font-size: 19px;
    }
  }

  .textarea {
    height: auto;
    min-height: 40px;
    resize: vertical;
  }

  .select {
    width: auto;
    min-width: 180px;
    max-width: 100%;
    appearance: auto;
  }

  .input:focus,
  .textarea:focus,
  .select:focus {
    outline: 3px solid ${focus};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${inputBorder};
  }

  .input--error,
  .textarea--error,
  .select--error {
    border-color: ${error};
  }

  .input--error:focus,
  .textarea--error:focus,
  .select--error:focus {
    border-color: ${inputBorder};
  }

  .input--width-2 {
    max-width: 54px;
  }
  .input--width-3 {
    max-width: 66px;
  }
  .input--width-4 {
    max-width: 80px;
  }
  .input--width-5 {
    max-width: 92px;
  }
  .input--width-10 {
    max-width: 176px;
  }
  .input--width-20 {
    max-width: 340px;
  }
  .input--width-30 {
    max-width: 500px;
  }

  .input--time {
    max-width: 160px;
  }

  /* File upload: the browser's own control, with the GOV.UK focus and error marks */

  .file-upload {
    display: block;
    max-width: 100%;
    margin: 0;
    padding: ${space(1)} 0;
    font-family: inherit;
    font-size: 16px;
    color: ${text};
  }

  .file-upload:focus {
    outline: 3px solid ${focus};
    outline-offset: 0;
    box-shadow: inset 0 0 0 4px ${inputBorder};
  }

  .file-upload--error {
    padding-left: ${space(1)};
    border-left: 4px solid ${error};
  }

  .file-upload__status {
    margin: ${space(2)} 0 0;
  }

  /* Kept in the page while empty, so a screen reader hears what it says next */
  .file-upload__status:empty {
    margin: 0;
  }

  .input-with-suffix {
    display: flex;
    align-items: stretch;
  }

  .input-suffix {
    display: flex;
    align-items: center;
    padding: 0 ${space(2)};
    border: 2px solid ${inputBorder};
    border-left: 0;
    background: ${secondaryButton};
    white-space: nowrap;
  }
`;
