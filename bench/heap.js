#!/usr/bin/env node
// `node bench/heap.js [scenario-id] [ours|vanilla] [--root DIR]`: after one run of a scenario (default: the 1,000-risk
// memory scenario, ours), a forced garbage collection and a heap snapshot, the JS heap by constructor: self size and
// count, largest first. Lit's production build names its classes with single letters: in lit-html 3, H is the
// attribute part, and I, L and z, which extend it, the property, boolean-attribute and event parts.
// `--root` measures another checkout (a worktree of an older commit) with this harness, to compare the two.
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './lib/browser.js';
import { bundleHarness, bundlePackage } from './lib/bundle.js';
import { takeOption } from './lib/args.js';

const args = process.argv.slice(2);
const root = takeOption(args, '--root', fileURLToPath(new URL('..', import.meta.url)));
const [id = 'risk-memory-1000', impl = 'ours'] = args;

const bundles = { packageCode: await bundlePackage(root), harnessCode: await bundleHarness(root) };
const browser = await launch();
try {
  const { page, cdp } = await openPage(browser, bundles);
  await page.evaluate(([s, m]) => window.bench.setup(s, m), [id, impl]);
  await page.evaluate(() => window.bench.run());
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const [type, name, self] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const types = snap.snapshot.meta.node_types[0];
  const by = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const t = types[snap.nodes[i + type]];
    if (t === 'native') continue; // the DOM: Blink's heap, not V8's
    const key = t === 'object' || t === 'closure' ? `${t} ${snap.strings[snap.nodes[i + name]]}`.slice(0, 70) : `(${t})`;
    const entry = by.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += snap.nodes[i + self];
    entry.count++;
    by.set(key, entry);
  }
  const all = [...by.values()].reduce((a, e) => a + e.bytes, 0);
  console.log(`${id} (${impl}), ${root}: JS heap objects ${(all / 1024 / 1024).toFixed(2)} MB (self sizes)\n`);
  for (const [key, e] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25)) {
    console.log(`${(e.bytes / 1024).toFixed(0).padStart(8)} KB  ${String(e.count).padStart(7)}  ${key}`);
  }
} finally {
  await browser.close();
}
