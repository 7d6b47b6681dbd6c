/**
 * `offsite-direction-forms/outcome-review`: registers <offsite-direction-outcome-review> alone and exports its
 * class, the event types and the locale switch. For an application that shows only this form: its bundler leaves
 * the notification out. The rules, calendar and types are in `offsite-direction-forms/schema`.
 */
import './components/outcome-review/define.js';

export { OffsiteDirectionOutcomeReview } from './components/outcome-review/offsite-direction-outcome-review.js';
export * from './package-common.js';
