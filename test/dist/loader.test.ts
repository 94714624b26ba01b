/**
 * The loader (dist/partnership-worksheets.loader.js) in Chromium, under the strict CSP the README gives: a page
 * fetches the shared core once and the files of the worksheets it shows, no others; an element added later is
 * defined when it arrives; a playbook gathers its sections; a missing folder is reported, not silent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as models from '../../src/models/index.js';
import { BUILT, CHROME, DIST, launch, ROOT, serve, watchedPage, type StaticServer } from './harness.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const TAGS = ['pw-risk-register', 'pw-segmentation-matrix', 'pw-deal-comparator', 'pw-okr-builder', 'pw-governance-charter', 'pw-playbook'];

let server: StaticServer;
let browser: Browser;

/** A page with the loader from `src` and `body`, its errors and CSP violations collected. */
async function open(body: string, { lang = 'en', src = ['/dist/partnership-worksheets.loader.js'] as string | string[] } = {}) {
  const { page, errors } = await watchedPage(browser);
  // What the page asked for and when each answer had arrived, in order.
  const events: string[] = [];
  page.on('request', (r) => events.push(`asked ${new URL(r.url()).pathname}`));
  page.on('requestfinished', (r) => events.push(`arrived ${new URL(r.url()).pathname}`));
  const first = server.requests.length;
  const query = new URLSearchParams({ body, lang });
  for (const s of [src].flat()) query.append('src', s);
  await page.goto(`${server.base}/page.html?${query}`);
  const fetched = () => server.requests.slice(first).filter((r) => r.startsWith('/dist/')).sort();
  return { page, errors, fetched, events };
}

const defined = (page: Page) => page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
const violations = (page: Page) => page.evaluate(() => (window as any).__violations as string[]);

describe.runIf(BUILT && !!CHROME)('the loader', () => {
  beforeAll(async () => {
    // An app that imports the package's loader entry, bundled with code splitting as an app's own build would be.
    const app = await build({
      stdin: { contents: "import 'partnership-worksheets/loader';", resolveDir: ROOT, loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: '/app',
      entryNames: 'app',
      write: false,
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const appFiles = Object.fromEntries(
      app.outputFiles.map((f) => [
        `/app/${path.basename(f.path)}`,
        (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(f.contents),
      ]),
    );
    server = await serve({
      headers: { 'content-security-policy': CSP },
      routes: {
        ...appFiles,
        '/page.html': (req, res) => {
          const url = new URL(req.url ?? '/', 'http://x');
          // Markup made by the test itself, never by a user: each test gives the page its worksheets.
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(
            `<!doctype html><html lang="${url.searchParams.get('lang')}"><head><meta charset="utf-8"><title>Loader</title>` +
              url.searchParams.getAll('src').map((s) => `<script type="module" src="${s}"></script>`).join('') +
              `</head><body>${url.searchParams.get('body')}</body></html>`,
          );
        },
        // The loader uploaded without its folder.
        '/alone/partnership-worksheets.loader.js': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(path.join(DIST, 'partnership-worksheets.loader.js')));
        },
      },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('defines only the worksheets on the page, from the core and their own files, and one added later when it arrives', async () => {
    const { page, errors, fetched, events } = await open('<pw-risk-register></pw-risk-register><section><pw-governance-charter></pw-governance-charter></section>');
    try {
      await page.waitForFunction(() => !!customElements.get('pw-risk-register') && !!customElements.get('pw-governance-charter'));
      expect(await defined(page)).toEqual(['pw-risk-register', 'pw-governance-charter']);
      await expect.poll(() => page.locator('pw-risk-register').getByRole('button', { name: 'Undo' }).count()).toBe(1);
      expect(fetched()).toEqual([
        '/dist/loader/core.js',
        '/dist/loader/governance-charter-model.js',
        '/dist/loader/governance-charter.js',
        '/dist/loader/risk-register-model.js',
        '/dist/loader/risk-register.js',
        '/dist/partnership-worksheets.loader.js',
      ]);
      // The core and the register's models are asked for with the register's chunk, not after it arrived.
      const at = (event: string) => {
        const i = events.indexOf(event);
        expect(i, event).toBeGreaterThan(-1);
        return i;
      };
      const arrived = at('arrived /dist/loader/risk-register.js');
      expect(at('asked /dist/loader/core.js')).toBeLessThan(arrived);
      expect(at('asked /dist/loader/risk-register-model.js')).toBeLessThan(arrived);

      // Added by a script after the page loaded, inside another element: defined, and it works.
      await page.evaluate((doc) => {
        const el = document.createElement('pw-segmentation-matrix') as HTMLElement & { value: unknown };
        el.value = doc; // set before the class arrives: kept, as for any custom element
        const wrap = document.createElement('div');
        wrap.append(el);
        document.body.append(wrap);
      }, models.sampleSegmentationMatrix());
      await page.waitForFunction(() => !!customElements.get('pw-segmentation-matrix'));
      const title = await page.evaluate(async () => {
        const el = document.querySelector('pw-segmentation-matrix') as HTMLElement & { value: { title: string }; updateComplete: Promise<unknown> };
        await el.updateComplete;
        return el.value.title;
      });
      expect(title).toBe(models.sampleSegmentationMatrix().title);
      expect(fetched()).toContain('/dist/loader/segmentation-matrix.js');
      expect(fetched()).toContain('/dist/loader/d3.js');
      // A chart's d3 chunk too is asked for with the chart's own chunk.
      expect(at('asked /dist/loader/d3.js')).toBeLessThan(at('arrived /dist/loader/segmentation-matrix.js'));
      expect(fetched().filter((f) => f === '/dist/loader/core.js')).toHaveLength(1);
      expect(fetched().some((f) => /deal|okr|playbook|bundle\.js/.test(f))).toBe(false);

      // The embed code, which a learner never opens, is fetched when an author first asks for it; it names the
      // loader, in the folder it was loaded from.
      expect(fetched()).not.toContain('/dist/loader/embed-code.js');
      const register = page.locator('pw-risk-register');
      await register.getByRole('button', { name: 'Embed code…' }).click();
      await expect.poll(() => register.getByRole('dialog').isVisible()).toBe(true);
      expect(fetched()).toContain('/dist/loader/embed-code.js');
      await expect
        .poll(() => register.locator('[data-snippet="script"] textarea').inputValue())
        .toContain(`<script type="module" src="${server.base}/dist/partnership-worksheets.loader.js"></script>`);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('gathers a playbook and its sections, and a German page loads the German language file once', async () => {
    const { page, errors, fetched } = await open(
      '<pw-playbook><pw-deal-comparator></pw-deal-comparator><pw-okr-builder></pw-okr-builder></pw-playbook>',
      { lang: 'de' },
    );
    try {
      await page.waitForFunction(() => ['pw-playbook', 'pw-deal-comparator', 'pw-okr-builder'].every((t) => customElements.get(t)));
      // The playbook counts its sections: both are worksheet elements of the same core as it.
      const kinds = await page.evaluate(async () => {
        const playbook = document.querySelector('pw-playbook') as HTMLElement & { value: { sections: { kind: string }[] }; updateComplete: Promise<unknown> };
        await playbook.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        return playbook.value.sections.map((s) => s.kind);
      });
      expect(kinds).toEqual(['deal-comparator', 'okr-builder']);
      await expect.poll(() => page.locator('pw-deal-comparator').getByRole('button', { name: 'Rückgängig' }).count()).toBe(1);
      expect(fetched().filter((f) => f.includes('bundle'))).toEqual(['/dist/partnership-worksheets.bundle.de.js']);
      expect(fetched()).not.toContain('/dist/loader/risk-register.js');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('as the package entry `partnership-worksheets/loader`, leaves each worksheet to a chunk an app loads on demand', async () => {
    const { page, errors } = await open('<pw-okr-builder></pw-okr-builder>', { src: '/app/app.js' });
    try {
      await page.waitForFunction(() => !!customElements.get('pw-okr-builder'));
      expect(await defined(page)).toEqual(['pw-okr-builder']);
      await expect.poll(() => page.locator('pw-okr-builder').getByRole('button', { name: 'Undo' }).count()).toBe(1);
      // The worksheet came in a chunk of its own, after the app's file.
      const appRequests = server.requests.filter((r) => r.startsWith('/app/'));
      expect(appRequests[0]).toBe('/app/app.js');
      expect(appRequests.length).toBeGreaterThan(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says in the worksheet what to upload when the embed code cannot be fetched, and loses nothing', async () => {
    const { page, errors } = await open('<pw-governance-charter></pw-governance-charter>');
    try {
      await page.route('**/loader/embed-code.js', (route) => route.abort());
      const charter = page.locator('pw-governance-charter');
      await expect.poll(() => charter.getByRole('button', { name: 'Embed code…' }).count()).toBe(1);
      await charter.getByRole('button', { name: 'Embed code…' }).click();
      await expect.poll(() => charter.getByRole('alert').textContent()).toMatch(/The embed code could not be loaded \(.+\)\. Upload the loader\/ folder/);
      expect(await charter.getByRole('dialog').count()).toBe(0);
      // The worksheet stays, with its toolbar.
      expect(await charter.getByRole('button', { name: 'Undo' }).count()).toBe(1);
      expect(errors.filter((e) => !/Failed to load resource|embed-code/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('is harmless loaded twice, from two addresses, or beside the full bundle', async () => {
    for (const src of [
      ['/dist/partnership-worksheets.loader.js', '/dist/partnership-worksheets.loader.js?again'],
      ['/dist/partnership-worksheets.loader.js', '/dist/partnership-worksheets.bundle.js'],
    ]) {
      const { page, errors } = await open('<pw-risk-register></pw-risk-register><pw-okr-builder></pw-okr-builder>', { src });
      try {
        await page.waitForFunction(() => !!customElements.get('pw-risk-register') && !!customElements.get('pw-okr-builder'));
        for (const tag of ['pw-risk-register', 'pw-okr-builder']) {
          await expect.poll(() => page.locator(tag).getByRole('button', { name: 'Undo' }).count(), { message: `${tag} with ${src.join(' and ')}` }).toBe(1);
        }
        expect(errors, src.join(' and ')).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('says on the console what to upload when its folder is missing, and leaves the page working', async () => {
    const { page, errors } = await open('<pw-risk-register><p>Rate the risks.</p></pw-risk-register>', { src: '/alone/partnership-worksheets.loader.js' });
    try {
      await expect.poll(() => errors.join('\n')).toMatch(/<pw-risk-register> could not be loaded .*Upload the loader\/ folder next to partnership-worksheets\.loader\.js/);
      expect(await defined(page)).toEqual([]);
      // The element's own content (the instructions) stays visible.
      expect(await page.locator('pw-risk-register p').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
