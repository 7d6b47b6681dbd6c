// Checks what `npm run build` wrote, the way consumers meet it: the package imported by its own name through
// `exports`, the JSON Schema files a non-JavaScript backend reads, and the self-contained embed bundle.
// Run after `npm run build` (`npm test` builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

type SchemaModule = typeof import('../../src/schema/index.ts');

const root = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (path: string): string => join(root, path);

// A variable specifier keeps TypeScript from resolving it to dist/ (absent before the first build).
const schemaEntry: string = 'offsite-direction-forms/schema';

before(() => {
  assert.ok(existsSync(fromRoot('dist/package/schema/index.js')), 'dist is missing: run `npm run build` first');
});

describe('offsite-direction-forms/schema (built)', () => {
  it('resolves through package.json exports to dist/package', () => {
    const resolved = fileURLToPath(import.meta.resolve(schemaEntry));
    assert.equal(resolved, fromRoot('dist/package/schema/index.js'));
  });

  it('reports a missing answer for an empty notification', async () => {
    const { checkNotification } = (await import(schemaEntry)) as SchemaModule;
    const result = checkNotification({});
    assert.equal(result.ok, false);
    assert.equal(result.data, undefined);
    assert.ok(
      result.findings.some((finding) => finding.code === 'required' && finding.severity === 'error'),
      'no `required` error finding',
    );
  });

  it('imports nothing from Lit', () => {
    const files = readdirSync(fromRoot('dist/package/schema'), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(fromRoot(join('dist/package/schema', file)), 'utf8');
      assert.doesNotMatch(source, /from\s*['"](lit|lit-html|lit-element|@lit\/reactive-element)(\/[^'"]*)?['"]/, file);
    }
  });
});

describe('the one-form package entries (built)', () => {
  const entries = [
    { entry: 'offsite-direction-forms/notification', file: 'notification', own: 'OffsiteDirectionNotification' },
    { entry: 'offsite-direction-forms/outcome-review', file: 'outcome-review', own: 'OffsiteDirectionOutcomeReview' },
  ];
  for (const { entry, file, own } of entries) {
    it(`${entry} resolves to dist/package, with types, and registers its own element only`, () => {
      assert.equal(fileURLToPath(import.meta.resolve(entry)), fromRoot(`dist/package/${file}.js`));
      assert.ok(existsSync(fromRoot(`dist/package/${file}.d.ts`)), `dist/package/${file}.d.ts is missing`);
      // A fresh Node process (Lit's Node build brings a minimal customElements registry): what the import defines.
      const script = `const m = await import(${JSON.stringify(entry)});
        console.log(JSON.stringify({
          exports: Object.keys(m).sort(),
          defined: ['offsite-direction-notification', 'offsite-direction-outcome-review'].filter((t) => customElements.get(t)),
        }));`;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
      const { exports, defined } = JSON.parse(output) as { exports: string[]; defined: string[] };
      assert.deepEqual(defined, [`offsite-direction-${file}`]);
      for (const name of [own, 'SUBMIT_EVENT', 'CHANGE_EVENT', 'INVALID_EVENT', 'setLocale', 'getLocale']) {
        assert.ok(exports.includes(name), `${entry} does not export ${name}`);
      }
      const other = own === 'OffsiteDirectionNotification' ? 'OffsiteDirectionOutcomeReview' : 'OffsiteDirectionNotification';
      assert.ok(!exports.includes(other), `${entry} exports ${other}`);
    });
  }
});

describe('JSON Schema files', () => {
  for (const file of ['notification.schema.json', 'outcome-review.schema.json']) {
    it(`dist/schema/${file} is draft 2020-12 with an id, title and rule list`, () => {
      const path = fromRoot(join('dist/schema', file));
      assert.ok(existsSync(path), `${file} missing`);
      const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(typeof schema.$id, 'string');
      assert.equal(typeof schema.title, 'string');
      assert.equal(typeof schema.description, 'string');
      assert.match(schema.description as string, /\[[a-z-]+\]/, 'description lists no rule codes');
      assert.equal(schema.type, 'object');
    });
  }
});

describe('embed bundle', () => {
  const embedBundles = ['offsite-direction-forms.js', 'offsite-direction-notification.js', 'offsite-direction-outcome-review.js'];
  for (const file of embedBundles) {
    it(`dist/${file} is one self-contained ES module`, () => {
      const bundle = readFileSync(fromRoot(`dist/${file}`), 'utf8');
      // Any import left in the file would be a bare specifier the host page cannot resolve, or a second file.
      assert.doesNotMatch(bundle, /(^|[;}\s])import\s*(\{[^}]*\}\s*from\s*|[\w$*\s,]+from\s*)?["']/);
      // The one dynamic import allowed: another locale's messages, from locales/ beside the bundle, only when the
      // page chooses that locale (src/localization/embed.ts; the bundle itself carries en-GB).
      const localeImport = /import\(new URL\([`'"]\.\/locales\/[`'"]\s*\+\s*[\w$]+\s*\+\s*[`'"]\.js[`'"],\s*import\.meta\.url\)\.href\)/g;
      assert.equal(bundle.match(localeImport)?.length, 1, 'the locale loader is missing or has changed shape');
      assert.doesNotMatch(bundle.replace(localeImport, ''), /\bimport\(/);
    });

    it(`dist/${file} asks V8 to compile it as it loads (its first line; docs/performance.md)`, () => {
      const bundle = readFileSync(fromRoot(`dist/${file}`), 'utf8');
      assert.equal(bundle.split('\n', 1)[0], '//# allFunctionsCalledOnLoad');
      assert.match(bundle.split('\n', 2)[1]!, /^\/\*! offsite-direction-forms /, 'the licence banner follows it');
    });
  }

  it('leaves the other locales out, in files of their own beside it', () => {
    const bundle = readFileSync(fromRoot('dist/offsite-direction-forms.js'), 'utf8');
    const pseudo = readFileSync(fromRoot('dist/locales/en-XA.js'), 'utf8');
    // en-XA's "Continue", accented and lengthened by scripts/pseudo-locale.mjs.
    assert.ok(pseudo.includes('[Çööñţííñûûéé]'), 'dist/locales/en-XA.js lacks the pseudo-locale messages');
    assert.ok(!bundle.includes('[Çööñţííñûûéé]'), 'the embed bundle inlines en-XA messages');
    assert.doesNotMatch(pseudo, /(^|[;}\s])import\s*(\{[^}]*\}\s*from\s*|[\w$*\s,]+from\s*)?["']/);
  });
});
