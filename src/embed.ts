// The script-tag bundle: one self-contained module that defines both elements, with `window.offsiteDirectionForms`
// for the host page (locale) and the source locale built in; other locales load from `locales/` beside it.
import './localization/embed.js';
import './define.js';
