#!/usr/bin/env node
// `node bench/profile.js <scenario-id> [ours|vanilla] [--runs N]`: a CPU profile of one scenario's timed part,
// with the same bundles, page and set-up as `npm run bench`. Prints the functions with the most self time and
// writes bench/results/<id>.<impl>.cpuprofile (open it in the browser's performance tools).
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './lib/browser.js';
import { bundleHarness, bundlePackage } from './lib/bundle.js';
import { writeText } from './lib/report.js';
import { takeOption } from './lib/args.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));

const args = process.argv.slice(2);
const runs = Number(takeOption(args, '--runs', 3));
const [id, impl = 'ours'] = args;
if (!id) {
  console.error('Usage: node bench/profile.js <scenario-id> [ours|vanilla] [--runs N]');
  process.exit(2);
}

const bundles = { packageCode: await bundlePackage(ROOT), harnessCode: await bundleHarness(ROOT) };
const browser = await launch();
try {
  const { page, cdp } = await openPage(browser, bundles);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const nodes = new Map();
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    await page.evaluate(([s, m]) => window.bench.setup(s, m), [id, impl]);
    if (i > 0) await cdp.send('Profiler.start'); // the first run warms up
    const { ms } = await page.evaluate(() => window.bench.run());
    if (i === 0) continue;
    times.push(ms);
    const { profile } = await cdp.send('Profiler.stop');
    if (i === runs) writeText(`${RESULTS}${id}.${impl}.cpuprofile`, JSON.stringify(profile));
    const dt = new Map();
    profile.samples.forEach((n, k) => dt.set(n, (dt.get(n) ?? 0) + (profile.timeDeltas[k + 1] ?? 0)));
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:` : ''}${f.lineNumber + 1}`;
      nodes.set(key, (nodes.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
    }
  }
  await page.evaluate(() => window.bench.teardown());
  const total = [...nodes.values()].reduce((a, b) => a + b, 0);
  console.log(`${id} (${impl}): runs ${times.map((t) => t.toFixed(1)).join(', ')} ms; profiled ${(total / runs).toFixed(1)} ms per run\n`);
  for (const [key, ms] of [...nodes].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(ms / runs).toFixed(2).padStart(8)} ms  ${key}`);
} finally {
  await browser.close();
}
