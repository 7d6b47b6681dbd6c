// The documentation that code can check: the README's rule list names every finding code, and the custom
// elements manifest (`npm run analyze`, part of `npm run build`) describes both elements for Storybook's docs
// tables and editors.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { textIds } from '../../src/components/shared/texts.ts';
import { findingCodes } from '../../src/schema/index.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The text of the README section with this `## ` heading, up to the next one. */
function readmeSection(heading: string): string {
  const readme = read('README.md');
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.notEqual(start, -1, `README has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README', () => {
  it('lists every finding code, with a source, under "The rules and their sources"', () => {
    const section = readmeSection('The rules and their sources');
    const missing = findingCodes.map((entry) => entry.code).filter((code) => !section.includes(`\`${code}\``));
    assert.deepEqual(missing, [], 'finding codes missing from the README');
    assert.match(section, /legislation\.gov\.uk\/uksi\/2010\/1156/);
    assert.match(section, /legislation\.gov\.uk\/uksi\/2012\/2532/);
    assert.match(section, /legislation\.gov\.uk\/uksi\/2024\/208/);
  });

  it('documents every text id a local authority can reword', () => {
    const section = readmeSection('Configuration for another local authority');
    for (const id of textIds) assert.ok(section.includes(`\`${id}\``), `text id ${id} is not documented`);
  });

  it('documents every --odf- custom property and part the elements declare', () => {
    const source =
      read('src/components/notification/offsite-direction-notification.ts') +
      read('src/components/outcome-review/offsite-direction-outcome-review.ts');
    const section = readmeSection('Theming');
    for (const [, name] of source.matchAll(/@cssprop (--odf-[a-z-]+?)(?:-\d)? - /g)) {
      assert.ok(section.includes(name!), `${name} is not in the README`);
    }
    for (const [, part] of source.matchAll(/@csspart ([a-z-]+) - /g)) {
      assert.ok(section.includes(`\`${part}\``), `part ${part} is not in the README`);
    }
  });
});

describe('custom-elements.json', () => {
  it('describes both elements: summary, attributes, events, parts and custom properties', () => {
    assert.ok(existsSync(new URL('../../custom-elements.json', import.meta.url)), 'run `npm run build` (or `npm run analyze`) first');
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: { declarations?: Record<string, unknown>[] }[];
    };
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    const byTag = new Map(elements.map((element) => [element.tagName as string, element]));
    for (const tag of ['offsite-direction-notification', 'offsite-direction-outcome-review']) {
      const element = byTag.get(tag) as
        | { summary?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }
        | undefined;
      assert.ok(element, `${tag} is not in the manifest (does its class comment have @tag?)`);
      assert.ok(element.summary, `${tag} has no @summary`);
      const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name);
      for (const attribute of ['today', 'draft-key', 'draft-storage', 'action', 'name', 'target-field', 'host-submit', 'host-submit-label']) {
        assert.ok(names(element.attributes).includes(attribute), `${tag} lacks the attribute ${attribute}`);
      }
      assert.deepEqual(
        names(element.events).sort(),
        ['offsite-direction-change', 'offsite-direction-invalid', 'offsite-direction-ready', 'offsite-direction-submit'],
      );
      for (const part of ['section', 'field', 'label', 'hint', 'error', 'summary', 'button', 'panel', 'error-summary']) {
        assert.ok(names(element.cssParts).includes(part), `${tag} lacks the part ${part}`);
      }
      for (const property of ['--odf-font-family', '--odf-text-colour', '--odf-focus-colour', '--odf-radius', '--odf-space-1']) {
        assert.ok(names(element.cssProperties).includes(property), `${tag} lacks ${property}`);
      }
    }
  });
});
