import { css } from 'lit';

/** Layout of the notification's questions step: the rule panel above the questions, or beside them when wide. */
export const notificationStyles = css`
  .notification-layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 var(--odf-space-6, 30px);
  }

  .notification-layout__questions {
    min-width: 0;
  }

  .notification-layout .rule-panel {
    margin-top: 0;
  }

  /*
   * Beside the questions once there is room for two columns. The panel comes first in the source, so on a
   * narrow screen it is above the questions; here it moves to the right. It is not sticky: it can be taller
   * than the window, and a sticky box that is taller than the window hides its own end.
   */
  @container (min-width: 900px) {
    .notification-layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      grid-template-areas: 'questions panel';
    }
    .notification-layout__questions {
      grid-area: questions;
    }
    .notification-layout .rule-panel {
      grid-area: panel;
      align-self: start;
    }
    .notification-layout__questions > .section:first-child > .heading-m {
      margin-top: 0;
    }
  }

  .rule-panel {
    overflow-wrap: anywhere;
  }

  .rule-panel__rules {
    margin: 0 0 var(--odf-space-4, 20px);
  }

  .rule-panel__rule {
    padding: var(--odf-space-2, 10px) 0;
    border-bottom: 1px solid var(--odf-border-colour, #b1b4b6);
  }

  .rule-panel__rule:first-child {
    padding-top: 0;
  }

  .rule-panel__rule:last-child {
    border-bottom: 0;
  }

  .rule-panel__rule dt {
    font-weight: 700;
    margin-bottom: var(--odf-space-1, 5px);
  }

  .rule-panel__rule dd {
    margin: 0;
  }

  .rule-panel__detail,
  .rule-panel__status {
    display: block;
    margin-top: var(--odf-space-1, 5px);
  }

  .rule-panel__status--late {
    font-weight: 700;
    color: var(--odf-error-colour, #d4351c);
  }

  .rule-panel .warning-text,
  .rule-panel .inset-text {
    margin-bottom: var(--odf-space-3, 15px);
  }

  .rule-panel .warning-text .link {
    display: block;
    margin-top: var(--odf-space-2, 10px);
  }

  /*
   * The hidden "Change <question>" text of check your answers is an absolutely placed 1px box; without a
   * positioned ancestor it sits just past the link, 1px beyond a 320px screen. Anchor it inside its cell.
   */
  .summary-list__actions {
    position: relative;
  }

  .summary-list__actions .visually-hidden {
    top: 0;
    left: 0;
  }
`;
