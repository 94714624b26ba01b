#!/usr/bin/env node
// `npm run bench`: each scenario runs our element and a hand-written vanilla DOM baseline doing the same work,
// alternately in the same page of headless Chromium, and reports medians, the ratio ours ÷ vanilla and a 95%
// bootstrap interval for it. Absolute times on a shared machine are noise; the ratios are the figures.
// Benchmarks are not pass/fail: the exit code is 0 unless the harness itself breaks. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, selected, USAGE } from './lib/args.js';
import { browserVersion, collectGarbage, heapUsage, launch, openPage } from './lib/browser.js';
import { bundleHarness, bundlePackage } from './lib/bundle.js';
import { markdownTable, notes, targetText, textTable, verdict, writeJson, writeText } from './lib/report.js';
import { median, pairedRatio } from './lib/stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const IMPLS = ['ours', 'vanilla'];
/** No single step of a scenario may take longer than this (a hung page must not hang CI). */
const STEP_TIMEOUT_MS = 300_000;
const MB = 1024 * 1024;

/** Calls window.bench[name](...args) in the page, with a timeout. */
async function step(page, name, ...args) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench.${name}() took over ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([page.evaluate(([n, a]) => window.bench[n](...a), [name, args]), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function gc(cdp) {
  // Twice: the first pass can leave objects that only become unreachable once weak callbacks have run.
  await collectGarbage(cdp);
  await collectGarbage(cdp);
}

/** One time sample: untimed setup, GC, the timed run; on the first round, a check that the work happened. */
async function timeSample(ctx, meta, impl, first) {
  const { page, cdp, opts } = ctx;
  const setup = await step(page, 'setup', meta.id, impl);
  if (setup.skip) return { skip: `${impl}: ${setup.skip}` };
  if (opts.gc) await gc(cdp);
  const { ms } = await step(page, 'run');
  const extra = {};
  if (first) {
    const problem = await step(page, 'verify');
    if (problem) throw new Error(`${impl} did not do the work: ${problem}`);
    extra.elements = await step(page, 'count');
  }
  await step(page, 'teardown');
  return { value: ms, ...extra };
}

/** One memory sample: GC, heap, create (untimed), settle, GC, heap; the difference is what the creation retained. */
async function memorySample(ctx, meta, impl, first) {
  const { page, cdp } = ctx;
  const setup = await step(page, 'setup', meta.id, impl);
  if (setup.skip) return { skip: `${impl}: ${setup.skip}` };
  await gc(cdp);
  const before = await heapUsage(cdp);
  await step(page, 'run');
  await step(page, 'settle');
  await gc(cdp);
  const after = await heapUsage(cdp);
  const extra = first ? { elements: await step(page, 'count') } : {};
  await step(page, 'teardown');
  return { value: (after.js - before.js) / MB, dom: (after.dom - before.dom) / MB, ...extra };
}

/** Runs warm-ups then measured samples, alternating ours and vanilla (A B A B …). */
async function measure(ctx, meta) {
  const { opts } = ctx;
  const sample = meta.kind === 'memory' ? memorySample : timeSample;
  const out = Object.fromEntries(IMPLS.map((i) => [i, { samples: [], dom: [], elements: null }]));
  for (let round = 0; round < opts.warmup + opts.samples; round++) {
    for (const impl of IMPLS) {
      const s = await sample(ctx, meta, impl, round === 0);
      if (s.skip) return { skip: s.skip };
      if (s.elements !== undefined) out[impl].elements = s.elements;
      if (round < opts.warmup) continue;
      out[impl].samples.push(s.value);
      if (s.dom !== undefined) out[impl].dom.push(s.dom);
    }
  }
  return out;
}

function summarise(meta, measured, opts) {
  const side = (m) => ({
    median: median(m.samples),
    samples: m.samples.map((v) => Math.round(v * 1000) / 1000),
    elements: m.elements,
    ...(m.dom.length ? { domMedian: median(m.dom), domSamples: m.dom.map((v) => Math.round(v * 1000) / 1000) } : {}),
  });
  const ours = side(measured.ours);
  const vanilla = side(measured.vanilla);
  const result = {
    ...meta,
    status: 'ok',
    unit: meta.kind === 'memory' ? 'MB' : 'ms',
    ours,
    vanilla,
    ...pairedRatio(measured.ours.samples, measured.vanilla.samples, { seed: opts.seed }),
    // For reference: the plain ratio of the two medians (not paired, so drift in load can move it).
    ratioOfMedians: ours.median / vanilla.median,
  };
  result.verdict = verdict(result);
  return result;
}

async function runScenario(browser, bundles, meta, opts) {
  const started = Date.now();
  let opened;
  try {
    opened = await openPage(browser, bundles);
    const measured = await measure({ ...opened, opts }, meta);
    const result = measured.skip ? { ...meta, status: 'skipped', note: measured.skip } : summarise(meta, measured, opts);
    return { ...result, problems: [...new Set(opened.problems)], seconds: (Date.now() - started) / 1000 };
  } catch (e) {
    return { ...meta, status: 'error', note: e.message.split('\n')[0], problems: [...new Set(opened?.problems ?? [])], seconds: (Date.now() - started) / 1000 };
  } finally {
    await opened?.page.close().catch(() => {});
  }
}

function progressLine(r) {
  const name = `${r.group}: ${r.title}`;
  if (r.status !== 'ok') return `${r.status === 'skipped' ? '–' : '✗'} ${name}: ${r.status}: ${r.note}`;
  const unit = r.unit === 'MB' ? ' MB' : ' ms';
  const f = (v) => v.toFixed(2) + unit;
  return `✓ ${name}: ours ${f(r.ours.median)}, vanilla ${f(r.vanilla.median)}, ${r.ratio.toFixed(2)}× [${r.ci[0].toFixed(2)}–${r.ci[1].toFixed(2)}] (${r.seconds.toFixed(0)} s)`;
}

/** The commit measured, and whether src/ had uncommitted changes (read-only git calls; none if git is absent). */
function sourceVersion() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit: git('rev-parse', '--short', 'HEAD'), srcChanged: git('status', '--porcelain', '--', 'src') !== '' };
  } catch {
    return { commit: 'unknown', srcChanged: false };
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  opts.seed = 20260101;

  const t0 = Date.now();
  const date = new Date(t0).toISOString(); // when the run started
  const source = sourceVersion(); // before bundling: this is the source measured
  const bundles = {
    packageCode: await bundlePackage(ROOT, { includeUnexported: opts.includeUnexported }),
    harnessCode: await bundleHarness(ROOT),
  };
  const browser = await launch();
  try {
    const version = await browserVersion(browser);
    const lister = await openPage(browser, bundles);
    const all = await step(lister.page, 'list');
    await lister.page.close();
    const chosen = all.filter((s) => selected(s, opts));
    if (!chosen.length) {
      console.error(`No scenario matches ${opts.only.map((o) => JSON.stringify(o)).join(', ')}. Scenarios:\n${all.map((s) => `  ${s.id}  (${s.group}: ${s.title})${s.optIn ? '  [opt-in: needs --all]' : ''}`).join('\n')}`);
      return 2;
    }
    const load = loadavg()[0];
    console.log(`Chromium ${version}, ${cpus().length} CPUs, load ${load.toFixed(2)}; ${opts.samples} samples + ${opts.warmup} warm-up per side, ${chosen.length} scenarios\n`);

    const results = [];
    for (const meta of chosen) {
      const r = await runScenario(browser, bundles, meta, opts);
      console.log(progressLine(r));
      results.push(r);
    }

    console.log(`\n${textTable(results)}\n`);
    for (const line of notes(results)) console.log(`  ${line}`);
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageAtStart: load, loadAverageAtEnd: loadavg()[0], node: process.version, chromium: version, platform: process.platform };
    const data = { date, source, machine, options: { samples: opts.samples, warmup: opts.warmup, gc: opts.gc, only: opts.only, includeUnexported: opts.includeUnexported, bootstrap: { paired: true, resamples: 1000, seed: opts.seed, level: 0.95 } }, seconds: (Date.now() - t0) / 1000, results: results.map((r) => ({ ...r, targetText: targetText(r.target) })) };
    writeJson(`${RESULTS}latest.json`, data);
    const header = `Measured ${date.slice(0, 16).replace('T', ' ')} UTC at ${source.commit}${source.srcChanged ? ' (src/ with uncommitted changes)' : ''}: Chromium ${version}, ${cpus().length} CPUs (load ${load.toFixed(2)}), ${opts.samples} samples + ${opts.warmup} warm-up per side.`;
    writeText(`${RESULTS}latest.md`, `${header}\n\n${markdownTable(results)}\n${notes(results).map((l) => `\n- ${l}`).join('')}\n`);
    console.log(`\nWrote bench/results/latest.json and latest.md (${((Date.now() - t0) / 1000).toFixed(0)} s).`);
    return 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    // Only a broken harness gets here (bundling, browser launch): scenario failures are reported in the table.
    console.error(`bench: ${e.stack ?? e}`);
    process.exit(1);
  },
);
