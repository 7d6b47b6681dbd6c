import { css } from 'lit';

/** What the outcome review adds to the shared look: the rule panel's parts, lists, and the notification tag. */
export const outcomeReviewStyles = css`
  .list {
    margin: 0 0 var(--odf-space-4, 20px) 0;
    padding-left: var(--odf-space-4, 20px);
  }

  .list li {
    margin-bottom: var(--odf-space-1, 5px);
  }

  .rule-panel__title {
    margin-top: 0;
  }

  .rule-panel__facts {
    margin-bottom: var(--odf-space-4, 20px);
  }

  .rule-panel__facts dt {
    font-weight: 700;
  }

  .rule-panel__facts dd {
    margin: 0 0 var(--odf-space-3, 15px) 0;
  }
`;
