// Renders worksheets in headless Chromium and saves PNGs: `npm run screenshot [-- outDir [name]]`.
// The README's picture is docs/risk-register.png; the others are for looking at layouts and themes.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './chrome.js';

const outDir = process.argv[2] ?? 'docs';
const only = process.argv[3];
mkdirSync(outDir, { recursive: true });

const bundle = await build({
  stdin: { contents: "import * as pw from './src/index.ts'; window.pw = pw;", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
});
// SCREENSHOT_BUNDLE=dist/partnership-worksheets.bundle.js pictures the built one-file bundle instead of the sources
// (to compare the two: minified templates must look exactly as written). Its language files are not reachable from
// the page, so use it for the English pictures.
const code = process.env.SCREENSHOT_BUNDLE
  ? `window.pw = await import(URL.createObjectURL(new Blob([${JSON.stringify(readFileSync(process.env.SCREENSHOT_BUNDLE, 'utf8'))}], { type: 'text/javascript' })));`
  : bundle.outputFiles[0].text;

const RR = { tag: 'pw-risk-register', sample: 'sampleRiskRegister' };
const SM = { tag: 'pw-segmentation-matrix', sample: 'sampleSegmentationMatrix' };
const DC = { tag: 'pw-deal-comparator', sample: 'sampleDealComparator' };
const OK = { tag: 'pw-okr-builder', sample: 'sampleOkrBuilder' };
const GC = { tag: 'pw-governance-charter', sample: 'sampleGovernanceCharter' };
const shots = [
  { ...RR, name: 'risk-register', width: 1440, attrs: 'today="2026-11-25"', body: '', maxHeight: 960 },
  { ...RR, name: 'risk-register-narrow', width: 380, attrs: 'today="2026-11-25"', body: '', maxHeight: 1100 },
  { ...RR, name: 'risk-register-dark', width: 1440, attrs: 'today="2026-11-25" theme="dark"', body: 'background:#0b0d12' },
  { ...RR, name: 'risk-register-readonly', width: 1200, attrs: 'today="2026-11-25" readonly', body: '' },
  { ...RR, name: 'risk-register-empty', width: 900, attrs: '', body: '', empty: true },
  { ...SM, name: 'segmentation-matrix', width: 1280, attrs: '', body: '', maxHeight: 1000 },
  { ...SM, name: 'segmentation-matrix-narrow', width: 380, attrs: '', body: '', maxHeight: 1300 },
  { ...SM, name: 'segmentation-matrix-dark', width: 1280, attrs: 'theme="dark"', body: 'background:#0b0d12', maxHeight: 1000 },
  { ...SM, name: 'segmentation-matrix-readonly', width: 1100, attrs: 'readonly', body: '', maxHeight: 1000 },
  { ...SM, name: 'segmentation-matrix-empty', width: 900, attrs: '', body: '', empty: true },
  { ...DC, name: 'deal-comparator', width: 1400, attrs: '', body: '' },
  { ...DC, name: 'deal-comparator-narrow', width: 380, attrs: '', body: '', maxHeight: 1400 },
  { ...DC, name: 'deal-comparator-dark', width: 1400, attrs: 'theme="dark"', body: 'background:#0b0d12' },
  { ...OK, name: 'okr-builder', width: 1400, attrs: '', body: '', maxHeight: 1600 },
  { ...OK, name: 'okr-builder-narrow', width: 380, attrs: '', body: '', maxHeight: 1400 },
  { ...GC, name: 'governance-charter', width: 1280, attrs: '', body: '' },
  { ...GC, name: 'governance-charter-narrow', width: 380, attrs: '', body: '', maxHeight: 1400 },
  { ...GC, name: 'governance-charter-readonly', width: 1100, attrs: 'readonly theme="dark"', body: 'background:#0b0d12' },
  // Languages and right to left: the page's lang and dir, as a course page sets them.
  { ...RR, name: 'risk-register-de', width: 1280, attrs: 'today="2026-11-25"', body: '', lang: 'de', maxHeight: 960 },
  { ...RR, name: 'risk-register-rtl', width: 1280, attrs: 'today="2026-11-25"', body: '', dir: 'rtl', maxHeight: 960 },
  { ...SM, name: 'segmentation-matrix-rtl', width: 1280, attrs: '', body: '', dir: 'rtl', maxHeight: 1000 },
  { ...SM, name: 'segmentation-matrix-es', width: 1280, attrs: '', body: '', lang: 'es', maxHeight: 1000 },
  { ...DC, name: 'deal-comparator-es', width: 1400, attrs: '', body: '', lang: 'es' },
  { ...DC, name: 'deal-comparator-rtl', width: 1400, attrs: '', body: '', dir: 'rtl' },
  { ...OK, name: 'okr-builder-de', width: 1400, attrs: '', body: '', lang: 'de', maxHeight: 1600 },
  { ...RR, name: 'risk-register-de-narrow', width: 380, attrs: 'today="2026-11-25"', body: '', lang: 'de', maxHeight: 1100 },
  { ...DC, name: 'deal-comparator-de-narrow', width: 380, attrs: '', body: '', lang: 'de', maxHeight: 1400 },
  { ...OK, name: 'okr-builder-de-narrow', width: 380, attrs: '', body: '', lang: 'de', maxHeight: 1400 },
  { ...GC, name: 'governance-charter-de-rtl', width: 1280, attrs: '', body: '', lang: 'de', dir: 'rtl' },
];

const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  for (const shot of shots.filter((s) => !only || s.name.startsWith(only))) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => console.error(`${shot.name}: ${e.message}`));
    await page.setContent(
      `<!doctype html><html lang="${shot.lang ?? 'en'}" dir="${shot.dir ?? 'ltr'}"><body style="margin:16px;font-family:system-ui;${shot.body}">` +
        `<${shot.tag} ${shot.attrs}></${shot.tag}></body></html>`,
    );
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction((tag) => customElements.get(tag) && window.pw, shot.tag);
    if (!shot.empty) await page.evaluate(({ tag, sample }) => (document.querySelector(tag).value = window.pw[sample]()), shot);
    await page.waitForTimeout(150);
    const el = page.locator(shot.tag);
    const box = await el.boundingBox();
    await page.setViewportSize({ width: shot.width, height: Math.ceil(box.y + box.height + 16) });
    const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, shot.maxHeight ?? Infinity) };
    await page.screenshot({ path: `${outDir}/${shot.name}.png`, clip });
    console.log(`${outDir}/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
