import { css } from 'lit';
import { space, text } from './tokens.js';

/** The Back link. */
export const backLinkStyles = css`
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
`;
