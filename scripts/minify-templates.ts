// Build-time minification of Lit `html` and `css` templates for the embed bundle (issue 7).
//
// The JavaScript minifier keeps template literals as they are written, so every newline and indent of every
// template ships to the browser. This pass rewrites only the static text of templates tagged `html` or `css`;
// the expressions between the parts (`${…}`) are never touched, and the number of parts never changes, so Lit
// sees the same bindings in the same places.
//
// What it may change, and why that is safe:
// - css: comments go, whitespace collapses, and whitespace next to `{ } ; , > ~ ( ) ! :` (after a colon only:
//   `a :hover` differs from `a:hover`) goes. Strings and escapes are copied as they are. `+`, `-` and `*` keep
//   their spaces (`calc(1px + 2px)` needs them).
// - html: between tags and text, a run of whitespace becomes one space, which renders exactly as the run did
//   (outside `white-space: pre*`, and no shipped style puts template whitespace there). It never disappears:
//   even next to a block it would still change `textContent` ("Registration Nothing changes" would read
//   "RegistrationNothing changes"), for a saving measured at 58 bytes of gzip. Inside a tag, whitespace between
//   attributes becomes one space and goes before `>`. Quoted attribute values, comments and the content of
//   `<pre>`, `<textarea>`, `<script>` and `<style>` are copied as they are.
import { parseSync, type Plugin } from 'vite';

const isWhitespace = (char: string | undefined) =>
  char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

// ---------------------------------------------------------------------------------------------------------- css

/** No space is needed after these... */
const CSS_TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', '~', '(', ':']);
/** ...nor before these. */
const CSS_TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', '~', ')', '!']);

/**
 * The static parts of one `css` template, minified. Part i is followed by expression i; the edges of the
 * whole template are trimmed, the edges next to an expression keep a space unless punctuation makes it needless.
 */
export function minifyCssParts(parts: readonly string[]): string[] {
  let quote: string | null = null; // inside a string that may run across an expression
  return parts.map((part, index) => {
    const first = index === 0;
    const last = index === parts.length - 1;
    let out = '';
    let i = 0;
    while (i < part.length) {
      const char = part[i]!;
      if (quote) {
        out += char;
        if (char === '\\' && i + 1 < part.length) out += part[++i];
        else if (char === quote) quote = null;
        i++;
        continue;
      }
      if (char === '"' || char === "'") {
        quote = char;
        out += char;
        i++;
        continue;
      }
      if (char === '\\') {
        out += part.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (isWhitespace(char) || part.startsWith('/*', i)) {
        // A run of whitespace and comments: one separator at most.
        while (i < part.length) {
          if (isWhitespace(part[i])) i++;
          else if (part.startsWith('/*', i)) {
            const close = part.indexOf('*/', i + 2);
            i = close === -1 ? part.length : close + 2;
          } else break;
        }
        const before = out.at(-1);
        const after = part[i];
        const atStart = out === '' && first;
        const atEnd = i >= part.length && last;
        const needless =
          atStart || atEnd ||
          (before !== undefined && CSS_TIGHT_AFTER.has(before)) ||
          (after !== undefined && CSS_TIGHT_BEFORE.has(after));
        if (!needless) out += ' ';
        continue;
      }
      if (char === ';') {
        // `;` before `}` is needless.
        let j = i + 1;
        while (j < part.length && isWhitespace(part[j])) j++;
        if (part[j] === '}') {
          i++;
          continue;
        }
      }
      out += char;
      i++;
    }
    return out;
  });
}

// --------------------------------------------------------------------------------------------------------- html

/** Elements whose content is text that must be kept as written. */
const RAW_TEXT_TAGS = new Set(['pre', 'textarea', 'script', 'style']);

const tagNameAt = (text: string, index: number): string | null => {
  // `<name` or `</name` at index.
  const match = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(text.slice(index, index + 40));
  return match ? match[1]!.toLowerCase() : null;
};

type HtmlState =
  | { mode: 'text' }
  | { mode: 'tag'; name: string; closing: boolean }
  | { mode: 'quoted'; quote: string; tag: { name: string; closing: boolean } }
  | { mode: 'comment' }
  | { mode: 'raw'; name: string };

/** The static parts of one `html` template, minified. Part i is followed by expression i. */
export function minifyHtmlParts(parts: readonly string[]): string[] {
  let state: HtmlState = { mode: 'text' };
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const char = part[i]!;
      switch (state.mode) {
        case 'comment': {
          const close = part.indexOf('-->', i);
          const end = close === -1 ? part.length : close + 3;
          out += part.slice(i, end);
          i = end;
          if (close !== -1) state = { mode: 'text' };
          continue;
        }
        case 'raw': {
          const close = part.toLowerCase().indexOf(`</${state.name}`, i);
          const end = close === -1 ? part.length : close;
          out += part.slice(i, end);
          i = end;
          if (close !== -1) state = { mode: 'text' };
          continue;
        }
        case 'quoted': {
          out += char;
          i++;
          if (char === state.quote) state = { mode: 'tag', ...state.tag };
          continue;
        }
        case 'tag': {
          if (char === '"' || char === "'") {
            state = { mode: 'quoted', quote: char, tag: { name: state.name, closing: state.closing } };
            out += char;
            i++;
            continue;
          }
          if (isWhitespace(char)) {
            while (i < part.length && isWhitespace(part[i])) i++;
            const before = out.at(-1);
            const after = part[i];
            const atPartStart = out === '';
            const atPartEnd = i >= part.length;
            // Never before `/>`: after an unquoted value (`href=x />`) the slash would join the value.
            const needless = after === '>' || (!atPartStart && !atPartEnd && (after === '=' || before === '='));
            if (!needless) out += ' ';
            continue;
          }
          out += char;
          i++;
          if (char === '>') {
            const { name, closing } = state;
            state = !closing && RAW_TEXT_TAGS.has(name) ? { mode: 'raw', name } : { mode: 'text' };
          }
          continue;
        }
        case 'text': {
          if (part.startsWith('<!--', i)) {
            state = { mode: 'comment' };
            continue;
          }
          if (char === '<') {
            const name = tagNameAt(part, i);
            if (name) {
              const closing = part[i + 1] === '/';
              const length = 1 + (closing ? 1 : 0) + name.length;
              out += part.slice(i, i + length);
              i += length;
              state = { mode: 'tag', name, closing };
              continue;
            }
          }
          if (isWhitespace(char)) {
            while (i < part.length && isWhitespace(part[i])) i++;
            out += ' ';
            continue;
          }
          if (char === '\\') {
            out += part.slice(i, i + 2);
            i += 2;
            continue;
          }
          out += char;
          i++;
          continue;
        }
      }
    }
    return out;
  });
}

// ------------------------------------------------------------------------------------------------ the transform

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface TemplateNode {
  type: string;
  tag?: { type: string; name?: string };
  quasi?: { quasis: { start: number; end: number; value: { raw: string } }[]; expressions: unknown[] };
  [key: string]: unknown;
}

const minifiers: Record<string, (parts: readonly string[]) => string[]> = { html: minifyHtmlParts, css: minifyCssParts };

function collectEdits(node: unknown, code: string, edits: Edit[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectEdits(child, code, edits);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const template = node as TemplateNode;
  const minify = template.type === 'TaggedTemplateExpression' && template.tag?.type === 'Identifier'
    ? minifiers[template.tag.name ?? '']
    : undefined;
  if (minify && template.quasi) {
    const quasis = template.quasi.quasis;
    const raws = quasis.map((quasi) => quasi.value.raw);
    const minified = minify(raws);
    quasis.forEach((quasi, index) => {
      // The parser's span may or may not include the delimiters (`` ` ``, `${`, `}`): find the raw text in it.
      const offset = code.indexOf(quasi.value.raw, quasi.start);
      if (offset === -1 || offset + quasi.value.raw.length > quasi.end) {
        throw new Error(`minify-templates: cannot locate a template part at offset ${quasi.start}`);
      }
      if (minified[index] !== quasi.value.raw) {
        edits.push({ start: offset, end: offset + quasi.value.raw.length, text: minified[index]! });
      }
    });
    // Templates nest inside the expressions of templates.
    collectEdits(template.quasi.expressions, code, edits);
    return;
  }
  for (const key of Object.keys(template)) {
    if (key === 'parent') continue;
    const value = template[key];
    if (typeof value === 'object' && value !== null) collectEdits(value, code, edits);
  }
}

// Source maps: one segment per copied run of the original (and one per line in it), one per replacement.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** Applies non-overlapping edits and returns the new code with a v3 source map back to the original. */
export function applyEdits(code: string, edits: readonly Edit[], source: string) {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: offset - lineStarts[low]! };
  };

  let output = '';
  const lines: string[][] = [[]];
  let generatedColumn = 0;
  let previous = { generatedColumn: 0, line: 0, column: 0 };
  const mark = (originalOffset: number) => {
    const original = position(originalOffset);
    const segment =
      vlq(generatedColumn - previous.generatedColumn) + vlq(0) + vlq(original.line - previous.line) +
      vlq(original.column - previous.column);
    lines.at(-1)!.push(segment);
    previous = { generatedColumn, line: original.line, column: original.column };
  };
  const newline = () => {
    lines.push([]);
    generatedColumn = 0;
    previous = { ...previous, generatedColumn: 0 };
  };
  const copy = (start: number, end: number) => {
    if (start >= end) return;
    mark(start);
    for (let i = start; i < end; i++) {
      output += code[i];
      if (code[i] === '\n') {
        newline();
        if (i + 1 < end) mark(i + 1);
      } else generatedColumn++;
    }
  };

  let cursor = 0;
  for (const edit of sorted) {
    copy(cursor, edit.start);
    if (edit.text !== '') {
      mark(edit.start);
      for (const char of edit.text) {
        output += char;
        if (char === '\n') newline();
        else generatedColumn += char.length;
      }
    }
    cursor = edit.end;
  }
  copy(cursor, code.length);

  return {
    code: output,
    map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings: lines.map((segments) => segments.join(',')).join(';') },
  };
}

/** Minifies the `html` and `css` templates of one module; null when it has none to change. */
export function minifyTemplates(code: string, id: string) {
  if (!code.includes('html`') && !code.includes('css`')) return null;
  const lang = id.endsWith('.ts') ? 'ts' : 'js';
  const { program, errors } = parseSync(id, code, { lang, sourceType: 'module' });
  if (errors.length > 0) throw new Error(`minify-templates: cannot parse ${id}: ${errors[0]!.message}`);
  const edits: Edit[] = [];
  collectEdits(program, code, edits);
  if (edits.length === 0) return null;
  return applyEdits(code, edits, id);
}

/** The Rolldown plugin for the embed build: the project's own modules only, never a dependency. */
export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'odf:minify-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\/src\/.*\.[cm]?[jt]s$/.test(id.split('?')[0]!)) return null;
      return minifyTemplates(code, id.split('?')[0]!);
    },
  };
}
