// What every element entry of the npm package exports besides its element classes: the event names and types
// and the locale switch (`.`, `./notification`, `./outcome-review`). Listed in `sideEffects`: it brings in the
// package's locale loader (src/localization/index.ts), which `setLocale` needs.
export * from './events.js';
export * from './localization/index.js';
