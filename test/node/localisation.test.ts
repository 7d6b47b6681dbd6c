// The localisation files as checked in: the pseudo-locale is exactly what scripts/pseudo-locale.mjs makes of the
// XLIFF sources (so nobody translated en-XA by hand), every placeholder survives, and the generated module holds
// every message. `npm run localize:extract` rewrites all three.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fillTargets, markupOf, pseudoLocalise, pseudoText } from '../../scripts/pseudo-locale.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the pseudo-locale transform', () => {
  it('accents every ASCII letter, lengthens by doubling vowels, and brackets the message', () => {
    assert.equal(pseudoLocalise('Continue'), '[Çööñţííñûûéé]');
    const text = pseudoText('The quick brown fox jumps over the lazy dog THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG');
    assert.doesNotMatch(text, /[A-Za-z]/);
    assert.ok(text.length > 'The quick brown fox jumps over the lazy dog'.length * 2 * 1.2);
  });

  it('keeps digits, punctuation, placeholders and entities exactly', () => {
    const source = 'Enter <x id="0" equiv-text="${noun}"/> as 7 digits &amp; like 830/2000: “<x id="1" equiv-text="${max}"/>”';
    const target = pseudoLocalise(source);
    assert.deepEqual(markupOf(target), markupOf(source));
    assert.ok(target.includes('<x id="0" equiv-text="${noun}"/>'));
    assert.ok(target.includes('&amp;'));
    assert.ok(target.includes('830/2000:'));
  });

  it('fills a target into every trans-unit, replacing an old one', () => {
    const xliff =
      '<body><trans-unit id="a"><source>Yes</source></trans-unit>\n' +
      '<trans-unit id="b"><source>No</source>\n  <target>Nein</target>\n</trans-unit></body>';
    const { xliff: filled, units } = fillTargets(xliff);
    assert.equal(units, 2);
    assert.ok(filled.includes(`<source>Yes</source>\n  <target>${pseudoLocalise('Yes')}</target>`));
    assert.ok(filled.includes(`<target>${pseudoLocalise('No')}</target>`));
    assert.ok(!filled.includes('Nein'));
  });
});

describe('xliff/en-XA.xlf and the generated module', () => {
  const xliff = read('xliff/en-XA.xlf');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)];

  it('has a pseudo-locale target, made by the script, for every message', () => {
    assert.equal(units.length, (xliff.match(/<trans-unit /g) ?? []).length, 'a trans-unit has no target');
    assert.ok(units.length > 400, `only ${units.length} messages`);
    for (const [, id, source, target] of units) {
      assert.equal(target, pseudoLocalise(source!), `${id}: the target is not the script's (edited by hand?)`);
    }
    assert.equal(fillTargets(xliff).xliff, xliff, 'xliff/en-XA.xlf is not what scripts/pseudo-locale.mjs writes');
  });

  it('is built into src/localization/generated/en-XA.ts with every message', () => {
    const generated = read('src/localization/generated/en-XA.ts');
    assert.match(generated, /Do not modify this file by hand!/);
    for (const [, id] of units) assert.ok(generated.includes(`'${id}'`), `${id} is missing: run npm run localize:build`);
  });

  it('lists the locales the library supports', () => {
    const codes = read('src/localization/generated/locale-codes.ts');
    assert.match(codes, /sourceLocale = `en-GB`/);
    assert.match(codes, /`en-XA`/);
  });
});

// `test:node:all-tz` runs this file in three time zones; the messages do not depend on the zone, so extract once.
const extractHere = process.env.TZ === undefined || process.env.TZ === 'Europe/London';

describe('the checked-in XLIFF', { skip: extractHere ? false : 'checked in Europe/London only' }, () => {
  it('holds every msg() in src/: `npm run localize:extract` has been run since the last text change', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'odf-extract-'));
    try {
      const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')) as Record<string, unknown>;
      // The project's settings, with every path absolute and the output in a temporary folder.
      const fresh = {
        ...config,
        tsConfig: join(root, 'tsconfig.json'),
        inputFiles: [join(root, 'src/**/*.ts')],
        output: { mode: 'runtime', outputDir: join(dir, 'generated'), localeCodesModule: join(dir, 'generated/locale-codes.ts') },
        interchange: { format: 'xliff', xliffDir: join(dir, 'xliff') },
      };
      writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(fresh));
      execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(dir, 'lit-localize.json')], {
        stdio: 'pipe',
      });
      const ids = (xliff: string) => [...xliff.matchAll(/<trans-unit id="([^"]+)">/g)].map((match) => match[1]).sort();
      const extracted = ids(readFileSync(join(dir, 'xliff/en-XA.xlf'), 'utf8'));
      const checkedIn = ids(read('xliff/en-XA.xlf'));
      assert.deepEqual(
        { new: extracted.filter((id) => !checkedIn.includes(id)), gone: checkedIn.filter((id) => !extracted.includes(id)) },
        { new: [], gone: [] },
        'the XLIFF is out of date: run `npm run localize:extract` and commit xliff/ and src/localization/generated/',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
