#!/usr/bin/env node
// `node bench/phases.js <scenario-id> [--runs N]`: where one scenario's time goes, on both sides. Each run sets the
// scenario up as `npm run bench` does, forces a garbage collection, and times the work once in three parts: the work
// itself (for an element, its event handler), the element's update, and the layout after it. Prints the median of
// each part over N runs (default 15), alternating ours and vanilla. Only one repetition per run: a figure to find
// what to work on, not a ratio to report (that is `npm run bench`).
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './lib/browser.js';
import { bundleHarness, bundlePackage } from './lib/bundle.js';
import { median } from './lib/stats.js';
import { takeOption } from './lib/args.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(takeOption(args, '--runs', 15));
const [id] = args;
if (!id || !(runs > 0)) {
  console.error('Usage: node bench/phases.js <scenario-id> [--runs N]');
  process.exit(2);
}

const browser = await launch();
try {
  const { page, cdp } = await openPage(browser, { packageCode: await bundlePackage(ROOT), harnessCode: await bundleHarness(ROOT) });
  const sides = { ours: [], vanilla: [] };
  for (let i = 0; i < runs; i++) {
    for (const impl of Object.keys(sides)) {
      const { skip } = await page.evaluate(([s, m]) => window.bench.setup(s, m), [id, impl]);
      if (skip) throw new Error(`${id} (${impl}) cannot run: ${skip}`);
      await cdp.send('HeapProfiler.collectGarbage');
      sides[impl].push(await page.evaluate(() => window.bench.phases()));
      const problem = await page.evaluate(() => window.bench.verify());
      if (problem) throw new Error(`${id} (${impl}): ${problem}`);
      await page.evaluate(() => window.bench.teardown());
    }
  }
  const ms = (v) => `${v.toFixed(2)} ms`.padStart(9);
  console.log(`${id}: medians of ${runs} runs per side\n`);
  console.log(`${'side'.padEnd(8)} ${'work'.padStart(9)} ${'update'.padStart(9)} ${'layout'.padStart(9)} ${'total'.padStart(9)}`);
  for (const [impl, rows] of Object.entries(sides)) {
    const parts = [0, 1, 2].map((k) => median(rows.map((r) => r[k])));
    console.log(`${impl.padEnd(8)} ${parts.map(ms).join(' ')} ${ms(median(rows.map((r) => r[0] + r[1] + r[2])))}`);
  }
} finally {
  await browser.close();
}
