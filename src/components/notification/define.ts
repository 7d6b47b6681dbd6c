// Registers <offsite-direction-notification>. Safe to import twice: a second definition is left alone.
import { defineElement } from '../shared/define-element.js';
import { OffsiteDirectionNotification } from './offsite-direction-notification.js';

defineElement('offsite-direction-notification', OffsiteDirectionNotification);

declare global {
  interface HTMLElementTagNameMap {
    'offsite-direction-notification': OffsiteDirectionNotification;
  }
}

export { OffsiteDirectionNotification };
