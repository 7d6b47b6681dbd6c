// The embed build's size plugins (scripts/minify-templates.ts, scripts/compact-calendar-data.ts): what they may
// remove, and what they must leave alone. The browser tests run on the source; these pin the rewriting itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compactCalendarJson } from '../../scripts/compact-calendar-data.ts';
import { minifyCssParts, minifyHtmlParts, minifyTemplates } from '../../scripts/minify-templates.ts';
import { derbyshireTermDates, englandAndWalesBankHolidays } from '../../src/schema/index.js';

describe('minifyCssParts', () => {
  it('drops comments, indentation and needless spaces and semicolons', () => {
    const [css] = minifyCssParts([`
      /* The host. */
      :host {
        display: block;
        margin: 0 auto;
      }

      .a > .b,
      .c ~ .d {
        color: red !important;
      }
    `]);
    assert.equal(css, ':host{display:block;margin:0 auto}.a>.b,.c~.d{color:red!important}');
  });

  it('keeps the spaces that mean something', () => {
    const [css] = minifyCssParts([`.a :hover { width: calc(100% - 2 * 10px); }  @media screen and (min-width: 641px) { .b .c { top: 0 } }`]);
    assert.equal(css, '.a :hover{width:calc(100% - 2 * 10px)}@media screen and (min-width:641px){.b .c{top:0}}');
  });

  it('copies strings and escapes as written', () => {
    const [css] = minifyCssParts([`.q::before { content: "  a ;  } "; font-family: 'Segoe UI', x; } .e { content: '\\201C  '; }`]);
    assert.equal(css, `.q::before{content:"  a ;  } ";font-family:'Segoe UI',x}.e{content:'\\201C  '}`);
  });

  it('keeps a space next to an expression unless punctuation makes it needless', () => {
    const parts = minifyCssParts([`\n  .a {\n    margin: 0 `, `;\n    color: `, `;\n  }\n  `, `\n  .b { top: 0; }\n`]);
    assert.deepEqual(parts, ['.a{margin:0 ', ';color:', '}', ' .b{top:0}']);
    assert.equal(parts.length, 4);
  });
});

describe('minifyHtmlParts', () => {
  it('turns each run of whitespace between tags and text into one space', () => {
    const [html] = minifyHtmlParts([`
      <div class="a">
        <p>
          Some text
          that wraps.
        </p>
        <span>one</span>
        <strong>two</strong>
      </div>
    `]);
    assert.equal(html, ' <div class="a"> <p> Some text that wraps. </p> <span>one</span> <strong>two</strong> </div> ');
  });

  it('leaves quoted attribute values, comments, pre and textarea content alone', () => {
    const [html] = minifyHtmlParts([`<p title="two  spaces"><!--  a  comment  --></p>\n<pre>  a\n   b </pre> <textarea>\n  keep </textarea>`]);
    assert.equal(html, '<p title="two  spaces"><!--  a  comment  --></p> <pre>  a\n   b </pre> <textarea>\n  keep </textarea>');
  });

  it('tidies whitespace inside tags without joining an attribute to an expression', () => {
    const parts = minifyHtmlParts([`<input\n      class="x"\n      id=`, `\n      .value=`, `\n      @input=`, `\n    />\n    <a href=x />`]);
    assert.deepEqual(parts, ['<input class="x" id=', ' .value=', ' @input=', ' /> <a href=x />']);
  });

  it('keeps one space beside an expression', () => {
    const parts = minifyHtmlParts([`<p>\n  Hello `, `,\n  `, `</p>`]);
    assert.deepEqual(parts, ['<p> Hello ', ', ', '</p>']);
  });

  it('never changes the number of parts, even with a quoted value across an expression', () => {
    const parts = minifyHtmlParts(['<div class="a ', '  b"\n  >', '</div>']);
    assert.deepEqual(parts, ['<div class="a ', '  b">', '</div>']);
  });
});

describe('minifyTemplates', () => {
  it('rewrites html and css templates, nested ones included, and nothing else', () => {
    const source = [
      "import { css, html } from 'lit';",
      'const label = `  keep  me  `;',
      'export const styles = css`',
      '  .a {',
      '    color: red;',
      '  }',
      '`;',
      'export const view = (items: string[]) => html`<ul>',
      '  ${items.map((item) => html`<li>',
      '    ${item}',
      '  </li>`)}',
      '</ul>`;',
    ].join('\n');
    const result = minifyTemplates(source, '/work/src/example.ts');
    assert.ok(result);
    assert.ok(result.code.includes('const label = `  keep  me  `;'));
    assert.match(result.code, /css`\.a\{color:red\}`/);
    assert.ok(result.code.includes('html`<ul> ${items.map((item) => html`<li> ${item} </li>`)} </ul>`'));
    assert.deepEqual(result.map.sources, ['/work/src/example.ts']);
    assert.equal(result.map.mappings.split(';').length, result.code.split('\n').length);
  });

  it('leaves a module without templates alone', () => {
    assert.equal(minifyTemplates('export const a = 1;\n', '/work/src/a.ts'), null);
  });
});

describe('compactCalendarJson', () => {
  const dataFile = (name: string) => fileURLToPath(new URL(`../../src/schema/data/${name}`, import.meta.url));

  it('keeps every bank holiday date, in order, and nothing else', () => {
    const compact = JSON.parse(compactCalendarJson(dataFile('bank-holidays.json'))!) as { dates: { date: string }[] };
    assert.deepEqual(Object.keys(compact), ['dates']);
    assert.deepEqual(compact.dates.map(({ date }) => date), englandAndWalesBankHolidays);
    assert.ok(compact.dates.every((entry) => Object.keys(entry).length === 1));
  });

  it('keeps every term span, in order', () => {
    const compact = JSON.parse(compactCalendarJson(dataFile('derbyshire-term-dates.json'))!) as {
      years: { terms: { start: string; end: string }[] }[];
    };
    assert.deepEqual(compact.years.flatMap((year) => year.terms), derbyshireTermDates);
  });

  it('ignores every other file', () => {
    assert.equal(compactCalendarJson(fileURLToPath(new URL('../../package.json', import.meta.url))), null);
  });
});
