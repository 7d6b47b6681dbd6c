import { css } from 'lit';
import { border, link, space } from './tokens.js';

/** The rule panel's frame; each form styles its parts. */
export const rulePanelStyles = css`
  .rule-panel {
    margin: ${space(6)} 0;
    padding: ${space(4)};
    border: 1px solid ${border};
    border-top: 5px solid ${link};
  }

  .rule-panel > :last-child {
    margin-bottom: 0;
  }
`;
