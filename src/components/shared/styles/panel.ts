import { css } from 'lit';
import { panel, panelText, radius, space } from './tokens.js';

/** The confirmation panel and its short reference. */
export const panelStyles = css`
  /* Confirmation panel */

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
`;
