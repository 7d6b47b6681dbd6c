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

  /*
   * On check your answers an answer the notification gave is a second line, "From the notification", drawn as
   * a GOV.UK tag. No other answer of this form has two lines.
   */
  .summary-list__value p:last-child:not(:first-child) {
    display: inline-block;
    margin-top: var(--odf-space-1, 5px);
    padding: 2px 8px 3px;
    font-size: 16px;
    line-height: 1.25;
    font-weight: 400;
    color: var(--odf-tag-text-colour, #0c2d4a);
    background: var(--odf-tag-colour, #bbd4ea);
    white-space: normal;
  }

  @media (forced-colors: active) {
    .summary-list__value p:last-child:not(:first-child) {
      border: 1px solid CanvasText;
    }
  }
`;
