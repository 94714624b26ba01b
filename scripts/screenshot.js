// Renders worksheets in headless Chromium and saves PNGs: `npm run screenshot [-- outDir [name]]`.
// The README's picture is docs/risk-register.png; the others are for looking at layouts and themes.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
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
const code = bundle.outputFiles[0].text;

const shots = [
  { name: 'risk-register', width: 1440, attrs: 'today="2026-11-25"', body: '', maxHeight: 960 },
  { name: 'risk-register-narrow', width: 380, attrs: 'today="2026-11-25"', body: '', maxHeight: 1100 },
  { name: 'risk-register-dark', width: 1440, attrs: 'today="2026-11-25" theme="dark"', body: 'background:#0b0d12' },
  { name: 'risk-register-readonly', width: 1200, attrs: 'today="2026-11-25" readonly', body: '' },
  { name: 'risk-register-empty', width: 900, attrs: '', body: '', empty: true },
];

const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  for (const shot of shots.filter((s) => !only || s.name === only)) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => console.error(`${shot.name}: ${e.message}`));
    await page.setContent(
      `<!doctype html><html lang="en"><body style="margin:16px;font-family:system-ui;${shot.body}">` +
        `<pw-risk-register ${shot.attrs}></pw-risk-register></body></html>`,
    );
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction(() => customElements.get('pw-risk-register'));
    if (!shot.empty) await page.evaluate(() => (document.querySelector('pw-risk-register').value = window.pw.sampleRiskRegister()));
    await page.waitForTimeout(150);
    const el = page.locator('pw-risk-register');
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
