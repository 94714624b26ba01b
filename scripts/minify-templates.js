// Minifies the markup of `html` and `svg` templates and the CSS of `css` templates (whitespace, comments, shorter
// colours and values), keeping every `${…}` where it was. Used by the one-file bundle (rollup.config.js) and by the
// per-entry size figures (scripts/size.js), so that both measure the same code. The library's modules are not
// minified: an app's bundler does that, and they stay readable in devtools.
import { readFile } from 'node:fs/promises';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const isCss = (t) => !!t.tag && /css/i.test(t.tag);
// A `css` fragment of bare declarations (the dark theme's tokens, interpolated into two rules) is not a style sheet
// the CSS minifier can parse, so it is left as written.
const declarationsOnly = (t) => /^\s*--/.test(t.parts[0]?.text ?? '');

/** The rollup plugin. A template it cannot minify fails the build (rather than shipping it half-done). */
export function minifyTemplates() {
  return minifyHTML({
    failOnError: true,
    options: {
      // An `svg` fragment (`<path …/><path …/>`) is parsed by Lit inside an <svg>, where `/>` closes the element; the
      // HTML minifier would drop the slash and nest the second path inside the first. Whitespace collapses to one
      // space and is never removed: a fragment such as html` <span>…</span>` is placed inline, after a word.
      minifyOptions: { keepClosingSlash: true, conservativeCollapse: true },
      // A fragment that starts with `<col>` (a column shown only when editable) is left as written: the minifier
      // would wrap it in an implied `<colgroup>`, nesting it inside the table's own.
      shouldMinify: (t) => !!t.tag && /html|svg/i.test(t.tag) && !/^\s*<col\b/i.test(t.parts[0]?.text ?? ''),
      shouldMinifyCSS: (t) => isCss(t) && !declarationsOnly(t),
    },
  });
}

/** The same, as an esbuild plugin for the project's own TypeScript sources (`src/`). */
export function esbuildMinifyTemplates() {
  const plugin = minifyTemplates();
  const context = {
    error: (message) => {
      throw new Error(message);
    },
    warn: () => {},
  };
  return {
    name: 'minify-templates',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const out = await plugin.transform.call(context, source, args.path);
        return { contents: out?.code ?? source, loader: 'ts' };
      });
    },
  };
}
