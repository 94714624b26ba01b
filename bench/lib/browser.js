// Headless Chromium for the benchmarks: the system browser (never downloaded), one fresh page per scenario,
// and the DevTools-protocol calls the harness needs (garbage collection, heap usage).
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/chrome.js';

export async function launch() {
  return chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
}

/**
 * A blank page with the two bundles injected as module scripts (no server: setContent + addScriptTag).
 * Page errors and console errors are collected in `problems` so the report can show them.
 */
export async function openPage(browser, { packageCode, harnessCode }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /dev mode/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  await page.setContent('<!doctype html><html lang="en"><body style="margin:16px;font-family:system-ui"><div id="stage"></div></body></html>');
  await page.addScriptTag({ type: 'module', content: packageCode });
  await page.addScriptTag({ type: 'module', content: harnessCode });
  await page.waitForFunction(() => window.pw && window.bench, null, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp, problems };
}

/** A full, synchronous garbage collection in the page's isolate. */
export const collectGarbage = (cdp) => cdp.send('HeapProfiler.collectGarbage');

/** Heap in bytes: `js` is the V8 heap, `dom` the embedder (Blink/Oilpan) heap where DOM nodes live. */
export async function heapUsage(cdp) {
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? NaN };
}

export const browserVersion = (browser) => browser.version();
