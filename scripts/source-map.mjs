// @ts-check
// Reading a bundle's source map (version 3) without a library: scripts/size-report.mjs attributes every byte of
// the bundle to a source, and scripts/bench/profile.ts names the functions in a CPU profile of the minified bundle.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one Base64 VLQ segment of `mappings`. @param {string} segment */
export function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * One mapped span of the generated code: it starts at `column` (0-based) of its generated line and comes from
 * `source` (an index into the map's `sources`, -1 for none) at 0-based `line` and `originalColumn`; `name` is an
 * index into the map's `names` when the span is a name (-1 otherwise).
 * @typedef {{ column: number, source: number, line: number, originalColumn: number, name: number }} Segment
 */

/**
 * The segments of every generated line, in column order (the fields of `mappings` are relative to the ones
 * before them, so they are summed up here).
 * @param {string} mappings
 * @returns {Segment[][]}
 */
export function parseMappings(mappings) {
  let source = 0;
  let line = 0;
  let originalColumn = 0;
  let name = 0;
  return mappings.split(';').map((generatedLine) => {
    let column = 0;
    /** @type {Segment[]} */
    const segments = [];
    for (const text of generatedLine.split(',')) {
      if (!text) continue;
      const values = decodeVlq(text);
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        line += values[2] ?? 0;
        originalColumn += values[3] ?? 0;
        if (values.length >= 5) name += values[4] ?? 0;
        segments.push({ column, source, line, originalColumn, name: values.length >= 5 ? name : -1 });
      } else segments.push({ column, source: -1, line: -1, originalColumn: -1, name: -1 });
    }
    return segments;
  });
}

/**
 * The segment a generated position (0-based line and column) falls in: the last one starting at or before it.
 * @param {Segment[][]} lines
 * @param {number} line
 * @param {number} column
 * @returns {Segment | undefined}
 */
export function segmentAt(lines, line, column) {
  const segments = lines[line];
  if (!segments?.length) return undefined;
  let low = 0;
  let high = segments.length - 1;
  if (segments[0].column > column) return undefined;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].column <= column) low = middle;
    else high = middle - 1;
  }
  return segments[low];
}
