/**
 * The built embed page (dist/embed/index.html) in Chromium, inside a host page as an LMS would show it: the
 * document from `#doc=` and from `?src=`, the options, resize messages and the resizer script, resuming after a
 * reload, xAPI statements forwarded to the host, clear messages for every failure, and the page's own strict
 * CSP (with Trusted Types) never violated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocument } from '../../src/core/embed-code.js';
import { sampleOkrBuilder, samplePlaybook, sampleRiskRegister } from '../../src/models/index.js';
import { BUILT, CHROME, launch, recordViolations, ROOT, serve, type StaticServer } from './harness.js';

const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title>
<script src="/dist/embed/resizer.js"></script></head><body><h1>Week 3</h1></body></html>`;

let server: StaticServer;
let browser: Browser;
const ready = BUILT && CHROME !== undefined;

beforeAll(async () => {
  if (!ready) return;
  // /bundle-only/: a host that uploaded the embed folder and the full bundle, without the one-worksheet files.
  const file = (type: string, ...parts: string[]) => (_req: unknown, res: import('node:http').ServerResponse) =>
    void res.writeHead(200, { 'content-type': type }).end(readFileSync(path.join(ROOT, 'dist', ...parts)));
  server = await serve({
    routes: {
      '/host.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HOST),
      '/bundle-only/embed/index.html': file('text/html', 'embed', 'index.html'),
      '/bundle-only/embed/risk-register.html': file('text/html', 'embed', 'risk-register.html'),
      '/bundle-only/embed/embed.js': file('text/javascript', 'embed', 'embed.js'),
      '/bundle-only/embed/embed.css': file('text/css', 'embed', 'embed.css'),
      '/bundle-only/partnership-worksheets.bundle.js': file('text/javascript', 'partnership-worksheets.bundle.js'),
    },
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A host page with the resizer, and one iframe of the embed page; messages from the frame are recorded. */
async function host(url: string, page?: Page): Promise<{ page: Page; frame: () => Promise<Frame> }> {
  page ??= await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.addInitScript(recordViolations);
  await page.goto(`${server.base}/host.html`);
  await page.evaluate((src) => {
    (window as any).__messages = [];
    window.addEventListener('message', (e) => (window as any).__messages.push(e.data));
    const frame = document.createElement('iframe');
    frame.title = 'Worksheet';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.src = src;
    document.body.append(frame);
  }, url);
  const frame = async (): Promise<Frame> => {
    const handle = await page!.waitForSelector('iframe');
    return (await handle.contentFrame())!;
  };
  return { page, frame };
}

const messages = (page: Page, type: string): Promise<any[]> =>
  page.evaluate((t) => (window as any).__messages.filter((m: any) => m?.type === t), type);

/** The worksheet element's value, once the page has made one. */
async function worksheetValue(frame: Frame): Promise<any> {
  await frame.waitForFunction(() => (document.querySelector('#worksheet > *') as any)?.value !== undefined, undefined, { timeout: 15_000 });
  return frame.evaluate(() => (document.querySelector('#worksheet > *') as any).value);
}

describe.skipIf(!ready)('dist/embed/index.html in an iframe', () => {
  it('shows the document from #doc=, with the options, posts its height, and the resizer sizes the iframe', async () => {
    const doc = sampleOkrBuilder();
    const { page, frame } = await host(`/dist/embed/index.html?readonly&theme=dark#doc=${await packDocument(doc)}`);
    try {
      const f = await frame();
      expect(await worksheetValue(f)).toEqual(doc);
      const el = f.locator('pw-okr-builder');
      expect(await el.getAttribute('readonly')).toBe('');
      expect(await el.getAttribute('theme')).toBe('dark');
      expect(await el.getAttribute('learner')).toBe('');
      expect(await f.title()).toBe(doc.title);
      // The last height posted is the page's height, and the host's iframe took it.
      await page.waitForFunction(() => {
        const sizes = (window as any).__messages.filter((m: any) => m?.type === 'pw-resize');
        return sizes.length > 0 && document.querySelector('iframe')!.style.height === `${sizes.at(-1).height}px`;
      });
      const heights = (await messages(page, 'pw-resize')).map((m) => m.height);
      const inner = await f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(heights.at(-1)).toBe(inner);
      expect(inner).toBeGreaterThan(400);
      expect(await f.evaluate(() => (window as any).__violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('speaks the language given by ?lang= and mirrors with ?dir=rtl', async () => {
    const { page, frame } = await host(`/dist/embed/index.html?lang=de&dir=rtl#doc=${await packDocument(sampleOkrBuilder())}`);
    try {
      const f = await frame();
      await worksheetValue(f);
      expect(await f.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['de', 'rtl']);
      const label = await f.evaluate(() => document.querySelector('pw-okr-builder')!.shadowRoot!.querySelector('#export-label')!.textContent!.trim());
      expect(label).toBe('Exportieren');
      expect(await f.evaluate(() => getComputedStyle(document.querySelector('pw-okr-builder')!).direction)).toBe('rtl');
      expect(await f.evaluate(() => (window as any).__violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('loads ?src=, saves under storage-key, resumes after a reload, and forwards xAPI statements', async () => {
    const url = '/dist/embed/index.html?src=/test/fixtures/embed/risk-register.json&storage-key=embed-test&completable';
    const { page, frame } = await host(url);
    try {
      let f = await frame();
      const fixture = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/embed/risk-register.json'), 'utf8'));
      expect(await worksheetValue(f)).toEqual(fixture);
      // The learner types a title and adds a risk, through the element's own controls.
      const title = f.locator('pw-risk-register textarea[part="title"]');
      await title.fill('My register, week 3');
      await title.press('Enter');
      await f.locator('pw-risk-register button.add').first().click();
      const edited = await worksheetValue(f);
      expect(edited.title).toBe('My register, week 3');
      expect(edited.risks.length).toBe(fixture.risks.length + 1);
      // No author actions for a learner; a "Mark complete" toggle because of `completable`.
      expect(await f.locator('pw-risk-register').getByRole('button', { name: 'Embed code…' }).count()).toBe(0);
      await f.locator('pw-risk-register').getByRole('button', { name: 'Mark complete' }).click();

      // xAPI: `completed` at once; `progressed` when the page hides (the reload below), with the document.
      await page.waitForFunction(() => (window as any).__messages.some((m: any) => m?.type === 'pw-xapi'));
      const completed = (await messages(page, 'pw-xapi')).map((m) => m.statement).find((s) => s.verb.display['en-US'] === 'completed');
      expect(completed.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
      expect(completed.result.completion).toBe(true);
      expect(JSON.parse(completed.result.response)).toEqual(edited);
      expect(completed.object.definition.name['en-US']).toBe('My register, week 3');
      expect(completed.object.id).toMatch(/#pw-embed-test$/);
      expect(completed.actor).toBeUndefined();

      await page.waitForTimeout(400); // one autosave debounce
      await f.evaluate(() => location.reload());
      f = await frame();
      await f.waitForFunction(() => (document.querySelector('pw-risk-register') as any)?.value?.title === 'My register, week 3', undefined, { timeout: 15_000 });
      expect(await worksheetValue(f)).toEqual(edited);
      const progressed = (await messages(page, 'pw-xapi')).map((m) => m.statement).filter((s) => s.verb.display['en-US'] === 'progressed');
      expect(progressed.length).toBeGreaterThan(0);
      expect(JSON.parse(progressed.at(-1).result.response)).toEqual(edited);
      expect(await f.evaluate(() => (window as any).__violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('loads the worksheet’s own file, not the full bundle; the full bundle when a host uploaded only that', async () => {
    const doc = sampleRiskRegister();
    const fetched = async (url: string) => {
      const first = server.requests.length;
      const { page, frame } = await host(url);
      try {
        const f = await frame();
        expect(await worksheetValue(f)).toEqual(doc);
        expect(await f.evaluate(() => (window as any).__violations)).toEqual([]);
        return server.requests.slice(first).filter((r) => r.endsWith('.js') && !r.endsWith('resizer.js'));
      } finally {
        await page.close();
      }
    };
    const packed = await packDocument(doc);
    expect(await fetched(`/dist/embed/index.html#doc=${packed}`)).toEqual(['/dist/embed/embed.js', '/dist/partnership-worksheets.risk-register.js']);
    expect(await fetched(`/bundle-only/embed/index.html#doc=${packed}`)).toEqual([
      '/bundle-only/embed/embed.js',
      '/bundle-only/partnership-worksheets.risk-register.js',
      '/bundle-only/partnership-worksheets.bundle.js',
    ]);
    // The kind's own page asks for that file ahead; it is not there either (the import asks once more), and the
    // page falls back the same way.
    expect([...new Set(await fetched(`/bundle-only/embed/risk-register.html#doc=${packed}`))].sort()).toEqual([
      '/bundle-only/embed/embed.js',
      '/bundle-only/partnership-worksheets.bundle.js',
      '/bundle-only/partnership-worksheets.risk-register.js',
    ]);
  });

  it('asks for what it will need at once: the language file with the code, and on a kind’s page the code with its script', async () => {
    const doc = sampleRiskRegister();
    const packed = await packDocument(doc);
    /** The worksheet's value and Export label, and the page's requests for code, in the order they came in. */
    const load = async (url: string) => {
      const first = server.requests.length;
      const { page, frame } = await host(url);
      try {
        const f = await frame();
        const value = await worksheetValue(f);
        await f.waitForFunction(() => document.querySelector('#worksheet > *')?.shadowRoot?.querySelector('#export-label'));
        const exportLabel = await f.evaluate(() => document.querySelector('#worksheet > *')!.shadowRoot!.querySelector('#export-label')!.textContent!.trim());
        expect(await f.evaluate(() => (window as any).__violations)).toEqual([]);
        const requests = server.requests.slice(first).filter((r) => r.endsWith('.js') && !r.endsWith('resizer.js'));
        return { value, requests, exportLabel };
      } finally {
        await page.close();
      }
    };

    // German: the messages are asked for before the worksheet's code, not once it has run; each file once.
    const german = await load(`/dist/embed/index.html?lang=de-AT#doc=${packed}`);
    expect(german.value).toEqual(doc);
    expect(german.exportLabel).toBe('Exportieren');
    expect(german.requests).toEqual(['/dist/embed/embed.js', '/dist/partnership-worksheets.bundle.de.js', '/dist/partnership-worksheets.risk-register.js']);

    // The kind's own page: its HTML asks for the worksheet's code, so the code is asked for before anything the
    // page's script asks for (here the German messages); each file once.
    const ownPage = await load(`/dist/embed/risk-register.html?lang=de#doc=${packed}`);
    expect(ownPage.value).toEqual(doc);
    expect(ownPage.exportLabel).toBe('Exportieren');
    expect([...ownPage.requests].sort()).toEqual(['/dist/embed/embed.js', '/dist/partnership-worksheets.bundle.de.js', '/dist/partnership-worksheets.risk-register.js']);
    expect(ownPage.requests.at(-1)).toBe('/dist/partnership-worksheets.bundle.de.js');

    // A document of another kind on that page costs a file: the document's own kind decides what is shown.
    const okrs = sampleOkrBuilder();
    const otherKind = await load(`/dist/embed/risk-register.html#doc=${await packDocument(okrs)}`);
    expect(otherKind.value).toEqual(okrs);
    expect([...otherKind.requests].sort()).toEqual(['/dist/embed/embed.js', '/dist/partnership-worksheets.okr-builder.js', '/dist/partnership-worksheets.risk-register.js']);
  });

  it('has a page for every kind, each asking for the code that kind runs and otherwise the same as index.html', () => {
    const index = readFileSync(path.join(ROOT, 'dist/embed/index.html'), 'utf8');
    const kinds = readdirSync(path.join(ROOT, 'src/define')).map((f) => f.replace(/\.ts$/, ''));
    expect(kinds.length).toBe(6);
    for (const kind of kinds) {
      const page = readFileSync(path.join(ROOT, `dist/embed/${kind}.html`), 'utf8');
      const links = [...page.matchAll(/<link rel="modulepreload" href="([^"]+)" \/>\s*/g)];
      const files = kind === 'playbook' ? ['../partnership-worksheets.loader.js', '../loader/core.js'] : [`../partnership-worksheets.${kind}.js`];
      expect(links.map((m) => m[1])).toEqual(files);
      for (const file of files) expect(existsSync(path.join(ROOT, 'dist/embed', file)), file).toBe(true);
      expect(links.reduce((text, m) => text.replace(m[0], ''), page)).toBe(index);
    }
  });

  it('shows a playbook with every section, and its sections offer no embed code of their own', async () => {
    const doc = samplePlaybook();
    const first = server.requests.length;
    const { page, frame } = await host(`/dist/embed/index.html#doc=${await packDocument(doc)}`);
    try {
      const f = await frame();
      expect(await worksheetValue(f)).toEqual(doc);
      // A playbook and its sections come from the loader, which shares one core between them; not the full bundle.
      const fetched = server.requests.slice(first).filter((r) => /^\/dist\/(partnership-worksheets\.|loader\/)/.test(r));
      expect(fetched).toContain('/dist/partnership-worksheets.loader.js');
      expect(fetched).toContain('/dist/loader/playbook.js');
      for (const kind of new Set(doc.sections.map((s) => s.kind))) expect(fetched).toContain(`/dist/loader/${kind}.js`);
      expect(fetched.filter((r) => r.startsWith('/dist/partnership-worksheets.'))).toEqual(['/dist/partnership-worksheets.loader.js']);
      expect(await f.evaluate(() => document.querySelector('pw-playbook')!.children.length)).toBe(doc.sections.length);
      expect(await f.getByRole('button', { name: 'Embed code…' }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('shows a playbook from the full bundle when a host uploaded only that', async () => {
    const doc = samplePlaybook();
    const first = server.requests.length;
    const { page, frame } = await host(`/bundle-only/embed/index.html#doc=${await packDocument(doc)}`);
    try {
      const f = await frame();
      expect(await worksheetValue(f)).toEqual(doc);
      const fetched = server.requests.slice(first).filter((r) => r.endsWith('.js') && !r.endsWith('resizer.js'));
      expect(fetched).toEqual(['/bundle-only/embed/embed.js', '/bundle-only/partnership-worksheets.loader.js', '/bundle-only/partnership-worksheets.bundle.js']);
      expect(await f.evaluate(() => document.querySelector('pw-playbook')!.children.length)).toBe(doc.sections.length);
    } finally {
      await page.close();
    }
  });

  it('says clearly what is wrong: no document, HTTP error, invalid JSON, network failure, unknown kind, damaged link', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/dist/embed/index.html', /No worksheet to show/],
      ['/dist/embed/index.html?src=/test/fixtures/embed/missing.json', /HTTP 404/],
      ['/dist/embed/index.html?src=/test/fixtures/embed/broken.json', /not valid JSON/],
      ['/dist/embed/index.html?src=https://127.0.0.1:9/doc.json', /CORS/],
      [`/dist/embed/index.html#doc=${await packDocument({ kind: 'crystal-ball', version: 1 })}`, /kind is not a worksheet.*"crystal-ball"/],
      ['/dist/embed/index.html#doc=AAAA', /damaged/],
      [`/dist/embed/index.html#doc=${await packDocument({ ...sampleRiskRegister(), risks: 'many' })}`, /risks/],
    ];
    const page = await browser.newPage();
    try {
      for (const [url, message] of cases) {
        const { frame } = await host(url, page);
        const f = await frame();
        const text = await f
          .locator('.status.error, pw-risk-register')
          .first()
          .evaluate((el) => (el.localName === 'pw-risk-register' ? el.shadowRoot!.querySelector('[role="alert"]')!.textContent! : el.textContent!), undefined, { timeout: 15_000 });
        expect(text, url).toMatch(message);
        expect(await f.evaluate(() => (window as any).__violations), url).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
