import { css } from 'lit';
import { button, buttonHover, buttonShadow, buttonText, focus, focusText, radius, secondaryButton, secondaryButtonHover, secondaryButtonShadow, space, text } from './tokens.js';

/** Buttons and button groups. */
export const buttonStyles = css`
  /* Buttons */

  .button-group {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: ${space(4)};
    margin-bottom: ${space(4)};
  }

  @container (min-width: 641px) {
    .button-group {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      gap: ${space(3)} ${space(4)};
    }
  }

  .button {
    display: inline-block;
    position: relative;
    width: 100%;
    margin: 0 0 ${space(5)} 0;
    padding: 8px ${space(2)} 7px;
    font-family: inherit;
    font-size: 16px;
    line-height: 1.19;
    font-weight: 400;
    text-align: center;
    text-decoration: none;
    color: ${buttonText};
    background-color: ${button};
    border: 2px solid transparent;
    border-radius: ${radius};
    box-shadow: 0 2px 0 ${buttonShadow};
    cursor: pointer;
    appearance: none;
    -webkit-appearance: none;
  }

  .button-group .button {
    margin-bottom: 0;
  }

  @container (min-width: 641px) {
    .button {
      width: auto;
      font-size: 19px;
    }
  }

  .button:link,
  .button:visited,
  .button:active,
  .button:hover {
    color: ${buttonText};
    text-decoration: none;
  }

  .button:hover {
    background-color: ${buttonHover};
  }

  .button:active {
    top: 2px;
  }

  .button--secondary,
  .button--secondary:link,
  .button--secondary:visited,
  .button--secondary:active {
    color: ${text};
    background-color: ${secondaryButton};
    box-shadow: 0 2px 0 ${secondaryButtonShadow};
  }

  .button--secondary:hover {
    color: ${text};
    background-color: ${secondaryButtonHover};
  }

  /*
   * The bar below a focused button is drawn in the text colour: yellow on black reads in every theme. After the
   * secondary rules, which would otherwise win on a link styled as a button (Save a copy).
   */
  .button:focus,
  .button:focus-visible {
    outline: 3px solid transparent;
    outline-offset: 0;
    color: ${focusText};
    background-color: ${focus};
    border-color: ${focus};
    box-shadow: inset 0 0 0 1px ${focus}, 0 2px 0 ${focusText};
  }

  .button:focus:not(:active):hover {
    color: ${focusText};
    background-color: ${focus};
    border-color: ${focus};
  }

  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .button[aria-disabled='true']:hover,
  .button:disabled:hover {
    background-color: ${button};
  }

  .button[aria-disabled='true']:active,
  .button:disabled:active {
    top: 0;
  }

  @media (forced-colors: active) {
    .button:focus {
      outline-color: Highlight;
    }
  }
`;
