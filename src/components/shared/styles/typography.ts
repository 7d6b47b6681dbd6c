import { css } from 'lit';
import { border, focus, focusText, link, linkHover, linkVisited, secondaryText, space } from './tokens.js';

/** Type: the visually hidden helper, headings, body text, the tag, section breaks, links, and text said only on paper. */
export const typographyStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    /* Up and left by its own size: at a line's right edge (a Change link at 320px) it would widen the page. */
    margin: -1px !important;
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

  /* Said only on paper (a copy printed at check your answers says it has not been sent) */

  .print-only {
    display: none;
  }
`;
