// Bundles, in memory, what the benchmark page runs: the package (as scripts/screenshot.js does) and the in-page
// harness with its scenarios and vanilla baselines. Both get the same esbuild settings (ES2022, not minified)
// so that neither side gets a compiler advantage; Lit is resolved to its production build (dev mode off).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const COMMON = {
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
  platform: 'browser',
  // Lit's exports map sends the `development` condition to its dev build (extra checks and warnings).
  conditions: ['production', 'browser', 'module'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
};

/**
 * The package as `window.pw`. With `includeUnexported`, every src/define/*.ts is imported too, so an element
 * that is defined but not yet exported from src/index.ts can be measured.
 */
export async function bundlePackage(root, { includeUnexported = false } = {}) {
  let contents = "import * as pw from './src/index.ts'; window.pw = pw;";
  if (includeUnexported) {
    const defines = readdirSync(join(root, 'src/define')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    contents += defines.map((f) => `\nimport './src/define/${f}';`).join('');
  }
  const result = await build({
    ...COMMON,
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    tsconfig: join(root, 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

/** The in-page harness (bench/page/harness.js), which imports the scenarios, fixtures and baselines. */
export async function bundleHarness(root) {
  const result = await build({ ...COMMON, entryPoints: [join(root, 'bench/page/harness.js')] });
  return result.outputFiles[0].text;
}
