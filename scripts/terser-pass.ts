// A second minifier pass for the embed bundles (issue 13): terser's compressor, three passes, over each chunk
// after oxc has minified it. oxc alone leaves code terser can still fold (constants inlined across functions,
// branches merged, names reused): about 600 bytes of gzip on the bundle of both forms (docs/performance.md).
//
// It runs in `generateBundle`, on the chunk as it will be written (oxc's output with the banner), and writes
// a source map that chains through oxc's to the sources, so scripts/size-report.mjs and `npm run bench:profile`
// still name every byte. Only terser's default, safe compress options: no `unsafe*`, no `pure_getters`, and
// property names are never mangled. The banner's two comments (the compile hint, which must stay the first
// line, and the licence) are kept.
import type { Plugin } from 'vite';
import { minify } from 'terser';

const KEPT_COMMENTS = /^!|^# allFunctionsCalledOnLoad$/;

export function terserPassPlugin(): Plugin {
  return {
    name: 'odf:terser-pass',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapAsset = bundle[`${chunk.fileName}.map`];
        // The map's URL comment is the chunk's last line; terser would drop it with the other comments.
        const mapUrl = /\n(\/\/# sourceMappingURL=\S+)\s*$/.exec(chunk.code)?.[1];
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 3 },
          mangle: true,
          format: { comments: KEPT_COMMENTS },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), asObject: true } : false,
        });
        if (result.code === undefined) throw new Error(`terser gave no code for ${chunk.fileName}`);
        chunk.code = mapUrl ? `${result.code}\n${mapUrl}` : result.code;
        if (mapAsset?.type === 'asset' && result.map) {
          const map = result.map as { file?: string };
          map.file = chunk.fileName;
          mapAsset.source = JSON.stringify(map);
        }
      }
    },
  };
}
