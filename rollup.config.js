// Two builds from the same sources:
//  (a) the library: every entry of package.json "exports" → dist/, one file per source module,
//      dependencies (lit, valibot, d3-*) left as imports for the app's bundler;
//  (b) the one-file bundle: dist/partnership-worksheets.bundle.js, Lit, valibot and d3 inlined and minified,
//      for `<script type="module" src="…">` on a page with nothing else.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.js';

// Start from an empty dist/ so that a module deleted from src/ does not linger in the package. (In watch mode
// the outputs are rewritten in place instead.) tsc -p tsconfig.build.json adds the .d.ts files afterwards.
if (!process.env.ROLLUP_WATCH) rmSync('dist', { recursive: true, force: true });

/** Every `src/define/<worksheet>.ts`, so that a new worksheet joins the build without touching this file. */
const defineEntries = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(test|spec|stories)\.ts$/.test(f))
  .sort()
  .map((f) => `src/define/${f}`);

const libraryInputs = ['src/index.ts', 'src/models/index.ts', 'src/loader.ts', ...defineEntries];

const external = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/[^/]+|valibot|d3-[^/]+)(\/.*)?$/.test(id);

// esbuild reads tsconfig.json, so decorators compile as experimentalDecorators with useDefineForClassFields: false.
const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json', sourceMap: true });

/**
 * A self-contained, minified file for the browser: dependencies inlined (Lit's production build), templates minified,
 * and the modules loaded on demand inline too (`onDemand: 'chunks'` leaves them to chunks of their own).
 */
const oneFile = ({ onDemand = 'inline' } = {}) => [
  ...(onDemand === 'inline' ? [inlineOnDemand()] : []),
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'], extensions: ['.mjs', '.js', '.ts'] }),
  ts(),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** Fail the build on warnings that mean a broken output (a missing export, a circular re-export, etc.). */
const onwarn = (warning, warn) => {
  if (['MISSING_EXPORT', 'UNRESOLVED_IMPORT', 'CIRCULAR_REEXPORT'].includes(warning.code)) {
    throw new Error(warning.message);
  }
  warn(warning);
};

export default [
  {
    input: libraryInputs,
    external,
    plugins: [ts()],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    input: 'src/index.ts',
    plugins: oneFile(),
    onwarn,
    // One file for the elements; each shipped language is a file beside it, which the bundle loads from its own
    // folder only for a page that speaks that language.
    output: {
      dir: 'dist',
      entryFileNames: 'partnership-worksheets.bundle.js',
      chunkFileNames: 'partnership-worksheets.bundle.[name].js',
      format: 'es',
      sourcemap: false,
    },
  },
  // (b′) one file per worksheet: dist/partnership-worksheets.<worksheet>.js, for a page that shows only that one
  //      (the shared core and one worksheet, not all six). It uses the language files of the full bundle beside it.
  //      The playbook has none: it gathers other worksheets, which must come from the same file as it does.
  ...defineEntries.filter((input) => !input.endsWith('/playbook.ts')).map((input) => ({
    input,
    plugins: [sharedLanguageFiles(), ...oneFile()],
    onwarn,
    output: { file: `dist/partnership-worksheets.${input.replace(/^src\/define\/|\.ts$/g, '')}.js`, format: 'es', sourcemap: false },
  })),
  {
    // (b″) the loader: dist/partnership-worksheets.loader.js, a small script that defines each worksheet element a page
    //      uses when the page first uses it, from dist/loader/: one file per worksheet and one shared core (Lit,
    //      src/core, valibot, the shared models), so that a page fetches the core once and only its worksheets.
    input: { 'partnership-worksheets.loader': 'src/loader.ts' },
    plugins: [sharedLanguageFiles('../'), ...oneFile({ onDemand: 'chunks' })],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'loader/[name].js',
      manualChunks: loaderChunks,
      sourcemap: false,
    },
  },
  {
    // (c) the iframe embed page: dist/embed/{index.html, embed.js, embed.css, resizer.js}. embed.js loads
    //     ../partnership-worksheets.bundle.js at run time, so the page and script-tag embeds share one bundle.
    input: 'src/embed/embed.ts',
    plugins: [
      ts(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
      staticAssets('src/embed', ['index.html', 'embed.css', 'resizer.js']),
      embedPagePerKind('src/embed/index.html'),
    ],
    onwarn,
    output: { dir: 'dist/embed', format: 'es', entryFileNames: 'embed.js', sourcemap: false },
  },
  {
    // (d) the SCORM launch page: dist/scorm/{index.html, launch.js, launch.css}. launch.js loads the document's
    //     worksheets through ../partnership-worksheets.loader.js at run time; the CLI copies all of it, the loader
    //     and its folder into each package.
    input: 'src/scorm/launch.ts',
    plugins: [ts(), terser({ ecma: 2022, module: true, format: { comments: false } }), staticAssets('src/scorm', ['index.html', 'launch.css'])],
    onwarn,
    output: { dir: 'dist/scorm', format: 'es', entryFileNames: 'launch.js', sourcemap: false },
  },
  {
    // (e) the command line (package.json "bin"): dist/cli/partnership-worksheets.js, for Node. The models are
    //     bundled in; the package's dependencies and Node's own modules stay imports.
    input: 'src/cli/bin.ts',
    external: (id) => id.startsWith('node:') || external(id),
    plugins: [ts()],
    onwarn,
    output: { file: 'dist/cli/partnership-worksheets.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: false },
  },
];

/** Modules the code imports on demand (`import()`) that a one-file build carries inline (not the languages). */
const ON_DEMAND = ['src/core/embed-dialog.ts'];

/**
 * Keeps a one-file build one file: its entry also imports the modules of ON_DEMAND statically, so that Rollup puts
 * them in the same file and their `import()` resolves to it without a fetch. The loader and the library leave them
 * to a chunk of their own, fetched the first time they are needed.
 */
function inlineOnDemand() {
  const PREFIX = '\0one-file:';
  return {
    name: 'inline-on-demand',
    async resolveId(source, importer, options) {
      // What the wrapper imports keeps what an entry keeps (every statement): the entry itself, whose side effects
      // define the elements, and the on-demand modules, imported for their place in the file rather than a binding.
      if (importer?.startsWith(PREFIX)) return { id: source, moduleSideEffects: true };
      if (!options.isEntry || source.startsWith(PREFIX)) return null;
      const entry = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Another plugin may have resolved the entry through this hook already: one prefix, not two.
      return entry && !entry.external ? `${PREFIX}${entry.id.replace(PREFIX, '')}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const entry = JSON.stringify(id.slice(PREFIX.length));
      return [`export * from ${entry};`, ...ON_DEMAND.map((m) => `import ${JSON.stringify(resolve(m))};`)].join('\n');
    },
  };
}

/**
 * The loader's chunks: Lit, valibot, d3-array (the shared scales' ticks), src/core and the shared models in `core`,
 * except the "Embed code…" dialog (`embed-code`, which only an author opens); each worksheet's models in
 * `<kind>-model` (its element and the playbook use them); d3-shape and d3-path in `d3`; the rest (each element) in the chunk
 * of the one worksheet that uses it.
 */
function loaderChunks(id) {
  const path = id.replace(/\\/g, '/');
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|valibot|d3-array)\//.test(path)) return 'core';
  if (/\/src\/core\/embed-(dialog|code)\.ts$/.test(path)) return 'embed-code'; // an author's tool, fetched when opened
  if (/\/src\/(core|locales|models\/shared)\//.test(path)) return 'core';
  if (/\/node_modules\/d3-[a-z]+\//.test(path) || /\/src\/shapes\.ts$/.test(path)) return 'd3'; // the charts' shapes: three worksheets share them
  const kind = /\/src\/models\/([a-z-]+)\//.exec(path)?.[1];
  return kind ? `${kind}-model` : undefined;
}

/**
 * In a one-worksheet file, the languages are not chunks of its own: `import('./de.js')` in src/locales/index.ts
 * becomes `import('./partnership-worksheets.bundle.de.js')`, the plain-data language file the full bundle writes
 * beside it, so all of them share one copy of each language. `folder` is where that file is seen from the output
 * (`../` from the loader's folder).
 */
function sharedLanguageFiles(folder = './') {
  return {
    name: 'shared-language-files',
    resolveId(source, importer) {
      const lang = /^\.\/([a-z]{2,3})\.js$/.exec(source)?.[1];
      if (!lang || !importer || !/[\\/]src[\\/]locales[\\/]index\.ts$/.test(importer)) return null;
      return { id: `${folder}partnership-worksheets.bundle.${lang}.js`, external: 'absolute' };
    },
  };
}

/** Copies static files that sit next to a page's script in src/ into its output folder. */
/**
 * dist/embed/<kind>.html for every worksheet: index.html with a `<link rel="modulepreload">` for the code that kind
 * runs (its own file; for a playbook the loader and the loader's core), before the page's own script. The page then
 * fetches that code beside its script instead of after it: a round trip sooner (the "Embed code…" dialog links to
 * these pages). A host without that file loses a failed request or two, and the page falls back as index.html does.
 */
function embedPagePerKind(template) {
  const SCRIPT = '<script type="module" src="embed.js"></script>';
  const kinds = defineEntries.map((f) => f.replace(/^src\/define\/(.+)\.ts$/, '$1'));
  return {
    name: 'embed-page-per-kind',
    buildStart() {
      this.addWatchFile(template);
    },
    generateBundle() {
      const html = readFileSync(template, 'utf8');
      if (!html.includes(SCRIPT)) this.error(`${template} has no ${SCRIPT}`);
      for (const kind of kinds) {
        const files = kind === 'playbook' ? ['partnership-worksheets.loader.js', 'loader/core.js'] : [`partnership-worksheets.${kind}.js`];
        const links = files.map((f) => `<link rel="modulepreload" href="../${f}" />\n    `).join('');
        this.emitFile({ type: 'asset', fileName: `${kind}.html`, source: html.replace(SCRIPT, () => `${links}${SCRIPT}`) });
      }
    },
  };
}

function staticAssets(dir, files) {
  return {
    name: 'static-assets',
    buildStart() {
      for (const f of files) this.addWatchFile(`${dir}/${f}`);
    },
    generateBundle() {
      for (const f of files) this.emitFile({ type: 'asset', fileName: f, source: readFileSync(`${dir}/${f}`) });
    },
  };
}
