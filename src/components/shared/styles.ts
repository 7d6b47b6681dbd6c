import { css, unsafeCSS } from 'lit';

/*
 * The look of a GOV.UK service, written for a shadow root. Every size is in px so the host page's root font
 * size cannot change us; every custom property a host may set starts with `--odf-`, and each is read with its
 * default at the point of use, so a host can set it on the element or on any ancestor.
 */

const font = css`var(--odf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif)`;
const text = css`var(--odf-text-colour, #0b0c0c)`;
const secondaryText = css`var(--odf-secondary-text-colour, #505a5f)`;
const background = css`var(--odf-background-colour, #ffffff)`;
const border = css`var(--odf-border-colour, #b1b4b6)`;
const inputBorder = css`var(--odf-input-border-colour, #0b0c0c)`;
const focus = css`var(--odf-focus-colour, #ffdd00)`;
const focusText = css`var(--odf-focus-text-colour, #0b0c0c)`;
const error = css`var(--odf-error-colour, #d4351c)`;
const link = css`var(--odf-link-colour, #1d70b8)`;
const linkVisited = css`var(--odf-link-visited-colour, #4c2c92)`;
const linkHover = css`var(--odf-link-hover-colour, #003078)`;
const button = css`var(--odf-button-colour, #00703c)`;
const buttonHover = css`var(--odf-button-hover-colour, #005a30)`;
const buttonShadow = css`var(--odf-button-shadow-colour, #002d18)`;
const buttonText = css`var(--odf-button-text-colour, #ffffff)`;
const secondaryButton = css`var(--odf-secondary-button-colour, #f3f2f1)`;
const secondaryButtonHover = css`var(--odf-secondary-button-hover-colour, #dbdad9)`;
const secondaryButtonShadow = css`var(--odf-secondary-button-shadow-colour, #929191)`;
const panel = css`var(--odf-panel-colour, #00703c)`;
const panelText = css`var(--odf-panel-text-colour, #ffffff)`;
const inset = css`var(--odf-inset-border-colour, #b1b4b6)`;
const bannerText = css`var(--odf-banner-text-colour, #ffffff)`;
const radius = css`var(--odf-radius, 0)`;

const spaceDefaults = [0, 5, 10, 15, 20, 25, 30, 40, 50, 60] as const;
/** `--odf-space-N`: the GOV.UK spacing scale, 0 to 9. */
const space = (n: number) => unsafeCSS(`var(--odf-space-${n}, ${spaceDefaults[n]}px)`);

export const sharedStyles = css`
  /*
   * Inherited properties cross into a shadow root, and a form builder's page sets plenty of them: every one that
   * changes how text looks is set here, so the page around the element changes nothing inside it.
   */
  :host {
    display: block;
    container-type: inline-size;
    font: 400 16px / 1.25 ${font};
    font-kerning: auto;
    font-size-adjust: none;
    font-feature-settings: normal;
    font-variation-settings: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    tab-size: 8;
    font-style: normal;
    visibility: visible;
    cursor: auto;
    color: ${text};
    background: ${background};
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
    min-width: 0;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .odf {
    max-width: 960px;
  }

  @container (min-width: 641px) {
    .odf {
      font-size: 19px;
      line-height: 1.32;
    }
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }

  /* Type */

  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset,
  legend {
    margin: 0;
  }

  .heading-l {
    font-size: 24px;
    line-height: 1.05;
    font-weight: 700;
    margin-bottom: ${space(4)};
  }

  .heading-m {
    font-size: 18px;
    line-height: 1.15;
    font-weight: 700;
    margin-top: ${space(6)};
    margin-bottom: ${space(3)};
  }

  .heading-s {
    font-size: 16px;
    line-height: 1.25;
    font-weight: 700;
    margin-bottom: ${space(3)};
  }

  @container (min-width: 641px) {
    .heading-l {
      font-size: 36px;
      line-height: 1.11;
      margin-bottom: ${space(6)};
    }
    .heading-m {
      font-size: 24px;
      line-height: 1.25;
      margin-top: ${space(7)};
      margin-bottom: ${space(4)};
    }
    .heading-s {
      font-size: 19px;
      line-height: 1.32;
    }
  }

  /* Headings take focus when a step changes; the move itself is announced, a ring would only distract. */
  [tabindex='-1']:focus {
    outline: none;
  }

  .body {
    margin-bottom: ${space(4)};
  }

  .secondary-text {
    color: ${secondaryText};
  }

  /* A GOV.UK-style tag, e.g. "From the notification" under an answer on check your answers. */
  .tag {
    display: inline-block;
    margin-top: ${space(1)};
    padding: 2px 8px 3px;
    font-size: 16px;
    line-height: 1.25;
    font-weight: 400;
    color: var(--odf-tag-text-colour, #0c2d4a);
    background: var(--odf-tag-colour, #bbd4ea);
  }

  .summary-list__value > .tag {
    display: table;
  }

  @media (forced-colors: active) {
    .tag {
      border: 1px solid CanvasText;
    }
  }

  .section {
    margin-bottom: ${space(6)};
  }

  .section-break {
    margin: ${space(6)} 0;
    border: 0;
    border-bottom: 1px solid ${border};
  }

  /* Links */

  a,
  .link {
    font-family: inherit;
    font-size: inherit;
    line-height: inherit;
    color: ${link};
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 3px;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }

  a:visited {
    color: ${linkVisited};
  }

  a:hover,
  .link:hover {
    color: ${linkHover};
    text-decoration-thickness: 3px;
  }

  a:focus-visible,
  .link:focus-visible,
  a:focus,
  .link:focus {
    outline: 3px solid transparent;
    color: ${focusText};
    background-color: ${focus};
    box-shadow:
      0 -2px ${focus},
      0 4px ${focusText};
    text-decoration: none;
  }

  .back-link {
    display: inline-block;
    position: relative;
    margin-bottom: ${space(4)};
    padding-left: 14px;
    font-size: 14px;
    color: ${text};
  }

  .back-link::before {
    content: '';
    position: absolute;
    left: 3px;
    top: 50%;
    width: 7px;
    height: 7px;
    margin-top: -4px;
    border: solid currentColor;
    border-width: 1px 1px 0 0;
    transform: rotate(225deg);
  }

  @container (min-width: 641px) {
    .back-link {
      font-size: 16px;
    }
  }

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

  /* Said only on paper (a copy printed at check your answers says it has not been sent) */

  .print-only {
    display: none;
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

  /* Warning text, inset text, notification banner, confirmation panel */

  .warning-text {
    position: relative;
    margin-bottom: ${space(4)};
    padding: ${space(2)} 0;
  }

  .warning-text__icon {
    position: absolute;
    top: 50%;
    left: 0;
    display: inline-block;
    width: 35px;
    height: 35px;
    margin-top: -17px;
    font-size: 30px;
    line-height: 29px;
    font-weight: 700;
    text-align: center;
    color: ${background};
    background: ${text};
    border: 3px solid ${text};
    border-radius: 50%;
    forced-color-adjust: none;
  }

  .warning-text__text {
    display: block;
    padding-left: 45px;
    font-weight: 700;
  }

  .inset-text {
    margin: ${space(4)} 0;
    padding: ${space(3)};
    border-left: 10px solid ${inset};
    overflow-wrap: anywhere;
  }

  .inset-text > :last-child {
    margin-bottom: 0;
  }

  .notification {
    margin-bottom: ${space(6)};
    border: 5px solid ${link};
    background: ${link};
  }

  .notification--error {
    border-color: ${error};
    background: ${error};
  }

  .notification__header {
    padding: 2px ${space(3)} ${space(1)};
    color: ${bannerText};
    font-weight: 700;
  }

  .notification__content {
    padding: ${space(3)};
    background: ${background};
  }

  .notification__content > :last-child {
    margin-bottom: 0;
  }

  .notification:focus {
    outline: 3px solid ${focus};
    outline-offset: 0;
  }

  .panel {
    margin-bottom: ${space(4)};
    padding: ${space(5)};
    color: ${panelText};
    background: ${panel};
    border: 5px solid transparent;
    border-radius: ${radius};
    text-align: center;
    overflow-wrap: anywhere;
  }

  .panel__title {
    margin-bottom: ${space(4)};
    font-size: 32px;
    line-height: 1.1;
    font-weight: 700;
  }

  .panel__body {
    font-size: 24px;
  }

  /* The short reference a person reads out (two groups of four); the full id follows under the panel. */
  .panel__reference {
    display: block;
    font-size: 32px;
    font-weight: 700;
    letter-spacing: 0.05em;
  }

  .reference-full {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  @container (min-width: 641px) {
    .panel {
      padding: ${space(7)};
    }
    .panel__title {
      font-size: 48px;
    }
    .panel__body {
      font-size: 28px;
    }
    .panel__reference {
      font-size: 48px;
    }
  }

  .rule-panel {
    margin: ${space(6)} 0;
    padding: ${space(4)};
    border: 1px solid ${border};
    border-top: 5px solid ${link};
  }

  .rule-panel > :last-child {
    margin-bottom: 0;
  }

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

  @media (forced-colors: active) {
    .choices__input:focus + .choices__label::before {
      outline-color: Highlight;
    }
    .button:focus {
      outline-color: Highlight;
    }
  }
`;
