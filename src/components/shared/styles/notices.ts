import { css } from 'lit';
import { background, bannerText, error, focus, inset, link, space, text } from './tokens.js';

/** Warning text, inset text and the notification banner. */
export const noticeStyles = css`
  /* Warning text, inset text, notification banner */

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
`;
