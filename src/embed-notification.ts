// The script-tag bundle for a page that shows only the notification: the same as embed.ts, one element smaller.
import './localization/embed.js';
import './components/notification/define.js';
