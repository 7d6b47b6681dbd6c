/**
 * `offsite-direction-forms/notification`: registers <offsite-direction-notification> alone and exports its class,
 * the event types and the locale switch. For an application that shows only this form: its bundler leaves the
 * outcome review out. The rules, calendar and types are in `offsite-direction-forms/schema`.
 */
import './components/notification/define.js';

export { OffsiteDirectionNotification } from './components/notification/offsite-direction-notification.js';
export * from './package-common.js';
