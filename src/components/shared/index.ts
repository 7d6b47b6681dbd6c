// The shared view layer both forms are built from.
export * from './buttons.js';
export * from './error-summary.js';
export * from './fields.js';
export * from './locale.js';
export * from './notices.js';
export * from './offsite-form-element.js';
export * from './paths.js';
export * from './plural.js';
export * from './styles.js';
export * from './summary-list.js';
export * from './texts.js';
export * from './define-element.js';
