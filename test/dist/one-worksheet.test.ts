/**
 * The one-worksheet files (dist/partnership-worksheets.<worksheet>.js) in Chromium: each defines its own element and
 * no other, works under the strict CSP the README gives (with Trusted Types), and a German page loads the German
 * language file that the full bundle writes beside it, never the full bundle itself.
 */
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as models from '../../src/models/index.js';
import { BUILT, CHROME, DIST, launch, serve, watchedPage, type StaticServer } from './harness.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const TAGS = ['pw-risk-register', 'pw-segmentation-matrix', 'pw-deal-comparator', 'pw-okr-builder', 'pw-governance-charter', 'pw-playbook'];
const SAMPLES: Record<string, () => unknown> = {
  'risk-register': models.sampleRiskRegister,
  'segmentation-matrix': models.sampleSegmentationMatrix,
  'deal-comparator': models.sampleDealComparator,
  'okr-builder': models.sampleOkrBuilder,
  'governance-charter': models.sampleGovernanceCharter,
};

/** The worksheets that have a file of their own, from dist/ (so a new one is tested without listing it here). */
const files = BUILT
  ? readdirSync(DIST)
      .map((f) => /^partnership-worksheets\.([a-z-]+)\.js$/.exec(f)?.[1])
      .filter((w): w is string => !!w && w !== 'bundle' && w !== 'loader')
  : [];

let server: StaticServer;
let browser: Browser;

describe.runIf(BUILT && !!CHROME)('one-worksheet files', () => {
  beforeAll(async () => {
    server = await serve({
      headers: { 'content-security-policy': CSP },
      routes: {
        '/page.html': (req, res) => {
          const url = new URL(req.url ?? '/', 'http://x');
          const worksheet = url.searchParams.get('w') ?? '';
          const lang = url.searchParams.get('lang') ?? 'en';
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(
            `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>One worksheet</title>` +
              `<script type="module" src="/dist/partnership-worksheets.${worksheet}.js"></script></head>` +
              `<body><pw-${worksheet}></pw-${worksheet}></body></html>`,
          );
        },
      },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('exist for every worksheet but the playbook, which gathers the others', () => {
    expect(files.sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const worksheet of Object.keys(SAMPLES)) {
    it(`${worksheet}: defines its element only, takes a document, and speaks German from the shared language file`, async () => {
      const { page, errors } = await watchedPage(browser);
      const first = server.requests.length;
      try {
        await page.goto(`${server.base}/page.html?w=${worksheet}&lang=de`);
        const tag = `pw-${worksheet}`;
        await page.waitForFunction((t) => !!customElements.get(t), tag);
        expect(await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS)).toEqual([tag]);
        await expect.poll(() => page.locator(tag).getByRole('button', { name: 'Rückgängig' }).count()).toBe(1);
        const sample = SAMPLES[worksheet]!();
        const kind = await page.evaluate(
          ({ t, doc }) => {
            const el = document.querySelector(t) as HTMLElement & { value: { kind: string; title: string } };
            el.value = doc as never;
            return [el.value.kind, el.value.title];
          },
          { t: tag, doc: sample },
        );
        expect(kind).toEqual([(sample as { kind: string }).kind, (sample as { title: string }).title]);
        const fetched = server.requests.slice(first).filter((r) => r.startsWith('/dist/'));
        expect(fetched).toEqual([`/dist/partnership-worksheets.${worksheet}.js`, '/dist/partnership-worksheets.bundle.de.js']);
        // The embed code names this file, in the folder it was loaded from.
        await page.locator(tag).getByRole('button', { name: 'Einbettungscode…' }).click();
        await expect
          .poll(() => page.locator(tag).locator('[data-snippet="script"] textarea').inputValue())
          .toContain(`<script type="module" src="${server.base}/dist/partnership-worksheets.${worksheet}.js"></script>`);
        expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
