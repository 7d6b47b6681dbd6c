// Registers <offsite-direction-outcome-review>. Safe to import twice, or beside another copy of the package.
import { defineElement } from '../shared/define-element.js';
import { OffsiteDirectionOutcomeReview } from './offsite-direction-outcome-review.js';

defineElement('offsite-direction-outcome-review', OffsiteDirectionOutcomeReview);

declare global {
  interface HTMLElementTagNameMap {
    'offsite-direction-outcome-review': OffsiteDirectionOutcomeReview;
  }
}
