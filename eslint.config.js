import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Globals that do not exist in Node: `./schema` must run in plain Node, so src/schema may not touch them. */
const browserOnlyGlobals = [
  'window',
  'self',
  'document',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'customElements',
  'navigator',
  'location',
  'fetch',
];

const schemaMessage = 'src/schema is the DOM-free core and must run in Node: no Lit, no components, no browser APIs.';

export default defineConfig(
  globalIgnores([
    'node_modules/',
    'dist/',
    'storybook-static/',
    'coverage/',
    'demo/data/',
    'src/localization/generated/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Where code runs decides which globals it may use.
  {
    files: ['src/components/**', 'src/localization/**', 'src/*.ts', 'stories/**', 'test/browser/**', 'demo/**/*.{js,ts}', 'test/e2e/pages/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**', 'test/node/**', 'test/inbox/**', 'demo/**/*.mjs', 'server/**', '.storybook/main.ts', '*.config.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/browser/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },

  // Lit templates, their accessibility, and custom-element hygiene.
  {
    files: ['src/components/**/*.ts', 'src/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'src/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/components/**/*.ts', 'src/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },

  // The DOM-free core: only `msg`/`str` from @lit/localize (plain functions that run in Node).
  {
    files: ['src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit', message: schemaMessage },
            { name: 'lit-html', message: schemaMessage },
            { name: 'lit-element', message: schemaMessage },
            {
              name: '@lit/localize',
              allowImportNames: ['msg', 'str'],
              message: 'Only msg and str from @lit/localize may be used in src/schema.',
            },
          ],
          patterns: [
            {
              group: ['lit/*', 'lit-html/*', 'lit-element/*', '@lit/*', '!@lit/localize', '@lit/localize/*'],
              message: schemaMessage,
            },
            { group: ['**/components/**', '**/localization/**', '**/events.js', '**/embed.js', '**/define.js'], message: schemaMessage },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: schemaMessage }))],
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[object.name='globalThis'][property.name=/^(${browserOnlyGlobals.join('|')})$/]`,
          message: schemaMessage,
        },
      ],
    },
  },
);
