// The script-tag bundle for a page that shows only the outcome review: the same as embed.ts, one element smaller.
import './localization/embed.js';
import './components/outcome-review/define.js';
