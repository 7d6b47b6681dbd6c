import { css } from 'lit';
import { background, border, focus, space } from './tokens.js';

/** Radios and checkboxes. */
export const choiceStyles = css`
  /* Radios and checkboxes: 40px targets drawn behind a transparent native control */

  .choices__item {
    display: flex;
    flex-wrap: wrap;
    position: relative;
    min-height: 40px;
    margin-bottom: ${space(2)};
  }

  .choices__item:last-child,
  .choices__item:last-of-type {
    margin-bottom: 0;
  }

  /* Wrapped rows keep apart, so no two 44px targets overlap. */
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: ${space(2)} ${space(4)};
  }

  .choices--columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
  }

  .choices--inline .choices__item {
    margin-bottom: 0;
  }

  .choices__input {
    position: absolute;
    z-index: 1;
    top: -2px;
    left: -2px;
    width: 44px;
    height: 44px;
    margin: 0;
    cursor: pointer;
    opacity: 0;
  }

  .choices__label {
    display: inline-block;
    position: relative;
    align-self: center;
    margin-bottom: 0;
    padding: 8px ${space(3)} ${space(1)} 52px;
    cursor: pointer;
    touch-action: manipulation;
  }

  .choices__label::before {
    content: '';
    position: absolute;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    border: 2px solid currentColor;
    background: ${background};
  }

  .choices--radio .choices__label::before {
    border-radius: 50%;
  }

  .choices--radio .choices__label::after {
    content: '';
    position: absolute;
    top: 10px;
    left: 10px;
    width: 0;
    height: 0;
    border: 10px solid currentColor;
    border-radius: 50%;
    opacity: 0;
  }

  .choices--checkbox .choices__label::after {
    content: '';
    position: absolute;
    top: 11px;
    left: 9px;
    width: 23px;
    height: 12px;
    border: solid currentColor;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    transform: rotate(-45deg);
    opacity: 0;
  }

  .choices__input:checked + .choices__label::after {
    opacity: 1;
  }

  .choices__input:focus + .choices__label::before {
    border-width: 4px;
    outline: 3px solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 3px ${focus};
  }

  .choices__hint {
    display: block;
    width: 100%;
    padding-left: 52px;
    padding-right: ${space(3)};
    margin-bottom: 0;
  }

  .choices__divider {
    width: 40px;
    margin-bottom: ${space(2)};
    text-align: center;
  }

  .choices__conditional {
    margin: 0 0 ${space(3)} 18px;
    padding-left: 33px;
    border-left: 4px solid ${border};
  }

  .choices__conditional > :last-child {
    margin-bottom: 0;
  }

  @media (forced-colors: active) {
    .choices__input:focus + .choices__label::before {
      outline-color: Highlight;
    }
  }
`;
