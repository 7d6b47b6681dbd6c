/**
 * `offsite-direction-forms`: registers <offsite-direction-notification> and <offsite-direction-outcome-review>
 * and exports their classes, the event types, the locale switch and everything in `./schema`.
 */
import './define.js';

export { OffsiteDirectionNotification } from './components/notification/offsite-direction-notification.js';
export { OffsiteDirectionOutcomeReview } from './components/outcome-review/offsite-direction-outcome-review.js';
export * from './package-common.js';
export * from './schema/index.js';
