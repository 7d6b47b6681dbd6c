import { css, unsafeCSS } from 'lit';

/*
 * The look of a GOV.UK service, written for a shadow root. Every size is in px so the host page's root font
 * size cannot change us; every custom property a host may set starts with `--odf-`, and each is read with its
 * default at the point of use, so a host can set it on the element or on any ancestor.
 */

export const font = css`var(--odf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif)`;
export const text = css`var(--odf-text-colour, #0b0c0c)`;
export const secondaryText = css`var(--odf-secondary-text-colour, #505a5f)`;
export const background = css`var(--odf-background-colour, #ffffff)`;
export const border = css`var(--odf-border-colour, #b1b4b6)`;
export const inputBorder = css`var(--odf-input-border-colour, #0b0c0c)`;
export const focus = css`var(--odf-focus-colour, #ffdd00)`;
export const focusText = css`var(--odf-focus-text-colour, #0b0c0c)`;
export const error = css`var(--odf-error-colour, #d4351c)`;
export const link = css`var(--odf-link-colour, #1d70b8)`;
export const linkVisited = css`var(--odf-link-visited-colour, #4c2c92)`;
export const linkHover = css`var(--odf-link-hover-colour, #003078)`;
export const button = css`var(--odf-button-colour, #00703c)`;
export const buttonHover = css`var(--odf-button-hover-colour, #005a30)`;
export const buttonShadow = css`var(--odf-button-shadow-colour, #002d18)`;
export const buttonText = css`var(--odf-button-text-colour, #ffffff)`;
export const secondaryButton = css`var(--odf-secondary-button-colour, #f3f2f1)`;
export const secondaryButtonHover = css`var(--odf-secondary-button-hover-colour, #dbdad9)`;
export const secondaryButtonShadow = css`var(--odf-secondary-button-shadow-colour, #929191)`;
export const panel = css`var(--odf-panel-colour, #00703c)`;
export const panelText = css`var(--odf-panel-text-colour, #ffffff)`;
export const inset = css`var(--odf-inset-border-colour, #b1b4b6)`;
export const bannerText = css`var(--odf-banner-text-colour, #ffffff)`;
export const radius = css`var(--odf-radius, 0)`;

const spaceDefaults = [0, 5, 10, 15, 20, 25, 30, 40, 50, 60] as const;
/** `--odf-space-N`: the GOV.UK spacing scale, 0 to 9. */
export const space = (n: number) => unsafeCSS(`var(--odf-space-${n}, ${spaceDefaults[n]}px)`);

/** The host element: inherited text properties reset to ours, box sizing, `hidden`, and the page width. */
export const hostStyles = css`
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
    /* A word longer than its line (a submission id in a hint, an email address) breaks rather than widening the page. */
    overflow-wrap: break-word;
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
`;
