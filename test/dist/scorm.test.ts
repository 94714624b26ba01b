/**
 * SCORM packages as an LMS runs them (issue 7). The CLI builds real packages from dist/; `unzip` opens them; a
 * host page plays the LMS with scorm-again's run-time API (SCORM 1.2 `window.API`, 2004 `window.API_1484_11`) and
 * launches the SCO in an iframe, as an LMS player does. "Relaunch" is a fresh API loaded with what the previous
 * session left (suspend_data, status, entry = resume), in a fresh browser profile, so nothing comes from the
 * browser's own storage unless the test says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, CHROME, DIST, launch, ROOT, serve, type StaticServer } from './harness.js';

const CLI = path.join(DIST, 'cli/partnership-worksheets.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
const HAS_UNZIP = spawnSync('unzip', ['-v']).status === 0;
const ready = BUILT && !!CHROME && HAS_UNZIP;

type Version = '1.2' | '2004';

/** The data-model names of each version, and scorm-again's event names. */
const MODEL = {
  '1.2': { status: 'cmi.core.lesson_status', exit: 'cmi.core.exit', entry: 'cmi.core.entry', time: 'cmi.core.session_time', set: 'LMSSetValue', finish: 'LMSFinish', commit: 'LMSCommit', api: 'API', ctor: 'Scorm12API' },
  '2004': { status: 'cmi.completion_status', exit: 'cmi.exit', entry: 'cmi.entry', time: 'cmi.session_time', set: 'SetValue', finish: 'Terminate', commit: 'Commit', api: 'API_1484_11', ctor: 'Scorm2004API' },
} as const;

/** What the LMS keeps between sessions (one learner, one SCO). */
interface Stored {
  suspend_data: string;
  status: string;
  exit: string;
}

const HOST_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again/scorm12.js"></script><script src="/scorm-again/scorm2004.js"></script></head>
<body><h1>Test LMS</h1></body></html>`;

let server: StaticServer;
let browser: Browser;
let work = '';
const zips: Record<Version, string> = { '1.2': '', '2004': '' };

beforeAll(async () => {
  if (!ready) return;
  work = mkdtempSync(path.join(tmpdir(), 'pw-scorm-'));
  for (const version of ['1.2', '2004'] as const) {
    const zip = path.join(work, `course-${version}.zip`);
    execFileSync(process.execPath, [CLI, 'scorm', path.join(FIXTURES, 'risks.json'), path.join(FIXTURES, 'deal.json'), '-o', zip, '--version', version], { stdio: 'pipe' });
    execFileSync('unzip', ['-q', zip, '-d', path.join(work, `v${version}`)]);
    zips[version] = zip;
  }
  // A playbook, alone in its package: its sections are of every kind.
  const book = path.join(work, 'playbook.zip');
  execFileSync(process.execPath, [CLI, 'scorm', path.join(FIXTURES, 'playbook.json'), '-o', book, '--version', '2004'], { stdio: 'pipe' });
  execFileSync('unzip', ['-q', book, '-d', path.join(work, 'vplaybook')]);
  const scormAgain = path.join(ROOT, 'node_modules/scorm-again/dist');
  const js = (file: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
    void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
  server = await serve({
    root: work,
    routes: {
      '/host.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOST_HTML),
      '/scorm-again/scorm12.js': js(path.join(scormAgain, 'scorm12.js')),
      '/scorm-again/scorm2004.js': js(path.join(scormAgain, 'scorm2004.js')),
    },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Problems the page reports: script errors, and console errors (CSP violations are logged there). */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/**
 * Opens the LMS page with a fresh API holding `stored` (nothing on a first launch), then the SCO in an iframe.
 * Every SetValue, Commit and Finish the SCO makes is recorded in `window.__calls`.
 */
async function launchSco(context: BrowserContext, version: Version, sco: string, stored?: Stored, folder = `v${version}`): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(`${server.base}/host.html`);
  const m = MODEL[version];
  await page.evaluate(
    ({ m, version, stored }) => {
      const w = window as any;
      const api = new w[m.ctor]({ logLevel: 5, autocommit: false });
      // What an LMS knows before launch: the learner, and what the last session left.
      const entry = stored?.exit === 'suspend' ? 'resume' : '';
      const learner: Record<string, unknown> =
        version === '1.2'
          ? { core: { student_id: 'learner-7', student_name: 'Learner, Test', ...(stored ? { lesson_status: stored.status, entry } : {}) } }
          : { learner_id: 'learner-7', learner_name: 'Learner, Test', ...(stored ? { completion_status: stored.status, entry } : {}) };
      api.loadFromJSON(stored ? { ...learner, suspend_data: stored.suspend_data } : learner);
      w.__calls = [];
      api.on(`${m.set}.cmi.*`, (element: string, value: string) => w.__calls.push([m.set, element, value]));
      api.on(m.commit, () => w.__calls.push([m.commit]));
      api.on(m.finish, () => w.__calls.push([m.finish]));
      w[m.api] = api;
    },
    { m, version, stored },
  );
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.id = 'sco';
    iframe.title = 'Activity';
    iframe.style.cssText = 'width: 1200px; height: 900px; border: 0';
    iframe.src = src;
    document.body.append(iframe);
  }, `/${folder}/${sco}`);
  const handle = await page.waitForSelector('#sco');
  const frame = (await handle.contentFrame())!;
  await frame.waitForFunction(() => document.getElementById('connection')?.textContent?.includes('Connected'), undefined, { timeout: 20_000 });
  await frame.waitForFunction(() => (document.querySelector('main > *') as any)?.shadowRoot?.childElementCount > 0);
  return { page, frame, errors };
}

/** The LMS's view of the session. */
async function lms(page: Page, version: Version) {
  return page.evaluate(
    ({ m }) => {
      const w = window as any;
      const api = w[m.api];
      const cmi = JSON.parse(JSON.stringify(api.cmi));
      return {
        suspend_data: cmi.suspend_data as string,
        status: (m.api === 'API' ? cmi.core.lesson_status : cmi.completion_status) as string,
        exit: (m.api === 'API' ? cmi.core.exit : cmi.exit) as string,
        time: (m.api === 'API' ? cmi.core.session_time : cmi.session_time) as string,
        terminated: api.isTerminated() as boolean,
        calls: w.__calls as string[][],
      };
    },
    { m: MODEL[version] },
  );
}

/** Closes the SCO as an LMS does when the learner leaves the activity: the iframe goes away. */
async function close(page: Page): Promise<void> {
  await page.evaluate(() => document.getElementById('sco')!.remove());
}

async function editTitle(frame: Frame, text: string): Promise<void> {
  const title = frame.locator('textarea[part="title"]').first();
  await title.fill(text);
  await title.press('Enter');
}

const worksheetTitle = (frame: Frame): Promise<string> => frame.evaluate(() => (document.querySelector('main > *') as any).value.title);
const suspendSets = (calls: string[][]) => calls.filter((c) => c[1] === 'cmi.suspend_data').map((c) => c[2]!);

describe.skipIf(!ready)('a SCORM package', () => {
  it.each(['1.2', '2004'] as const)('SCORM %s: opens with unzip and has a well-formed manifest whose files are all in the zip', async (version) => {
    const test = spawnSync('unzip', ['-t', zips[version]], { encoding: 'utf8' });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    const listing = spawnSync('unzip', ['-Z1', zips[version]], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(listing[0]).toBe('imsmanifest.xml');

    const xml = readFileSync(path.join(work, `v${version}`, 'imsmanifest.xml'), 'utf8');
    const page = await browser.newPage();
    try {
      await page.goto(`${server.base}/host.html`);
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const all = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
        const scormType = (r: Element) => r.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype') ?? r.getAttributeNS('http://www.adlnet.org/xsd/adlcp_v1p3', 'scormType');
        return {
          parseErrors: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.namespaceURI,
          schemaversion: all('schemaversion')[0]?.textContent,
          items: all('item').map((i) => ({ ref: i.getAttribute('identifierref'), title: i.getElementsByTagNameNS('*', 'title')[0]?.textContent })),
          resources: all('resource').map((r) => ({ id: r.getAttribute('identifier'), href: r.getAttribute('href'), type: scormType(r) })),
          files: all('file').map((f) => f.getAttribute('href')!),
        };
      }, xml);
      expect(parsed.parseErrors).toBe(0);
      expect(parsed.root).toBe(version === '1.2' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1');
      expect(parsed.schemaversion).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
      expect(parsed.items.map((i) => i.title)).toEqual([
        JSON.parse(readFileSync(path.join(FIXTURES, 'risks.json'), 'utf8')).title,
        JSON.parse(readFileSync(path.join(FIXTURES, 'deal.json'), 'utf8')).title,
      ]);
      const scos = parsed.resources.filter((r) => r.type === 'sco');
      expect(scos).toHaveLength(2);
      for (const item of parsed.items) expect(scos.map((r) => r.id)).toContain(item.ref);
      for (const ref of [...scos.map((r) => r.href!), ...parsed.files]) expect(listing, ref).toContain(decodeURI(ref.split('?')[0]!));
      expect(parsed.resources.find((r) => r.type === 'asset')).toBeTruthy();
    } finally {
      await page.close();
    }
  });

  it.each(['1.2', '2004'] as const)('SCORM %s: launch, edit, complete, close, relaunch: the work and completion come back from the LMS', async (version) => {
    const m = MODEL[version];
    const first = await browser.newContext();
    let stored: Stored;
    try {
      const { page, frame, errors } = await launchSco(first, version, 'scorm/risks.html');
      let state = await lms(page, version);
      expect(state.status, 'first launch marks the activity started').toBe('incomplete');
      expect(state.exit).toBe('suspend');
      expect(await frame.locator('#complete').isVisible()).toBe(true);

      // An edit reaches the LMS about a second later (debounced), compressed, and is committed.
      await editTitle(frame, `Edited in SCORM ${version} — ünïcode ✓`);
      await page.waitForFunction(() => (window as any).__calls.some((c: string[]) => c[1] === 'cmi.suspend_data'), undefined, { timeout: 5000 });
      state = await lms(page, version);
      expect(state.suspend_data.startsWith('pw1:')).toBe(true);
      expect(state.calls.findIndex((c) => c[0] === m.commit)).toBeGreaterThan(-1);
      await expect.poll(() => frame.locator('#save-state').textContent()).toBe('Saved to the course.');

      // "Mark as complete" from the keyboard.
      await frame.locator('#complete').focus();
      await frame.locator('#complete').press('Enter');
      await expect.poll(() => frame.locator('#completion').textContent()).toContain('Marked as complete');
      expect(await frame.locator('#complete').getAttribute('aria-disabled')).toBe('true');
      expect((await lms(page, version)).status).toBe('completed');

      // One more edit, then the learner leaves at once (before the debounce): pagehide must save it.
      await editTitle(frame, `Last edit before closing (${version})`);
      await frame.waitForTimeout(300); // long enough to compress, well short of the 1 s debounce
      await close(page);
      state = await lms(page, version);
      expect(state.terminated, `${m.finish} was called`).toBe(true);
      expect(state.exit).toBe('suspend');
      expect(state.time).toMatch(version === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/ : /^PT/);
      const finishAt = state.calls.findIndex((c) => c[0] === m.finish);
      expect(state.calls.findLastIndex((c) => c[1] === 'cmi.suspend_data')).toBeLessThan(finishAt);
      for (const value of suspendSets(state.calls)) expect(value.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
      expect(errors).toEqual([]);
      stored = { suspend_data: state.suspend_data, status: state.status, exit: state.exit };
    } finally {
      await first.close();
    }

    // Relaunch: another browser profile (nothing in localStorage), the LMS's data only.
    const second = await browser.newContext();
    try {
      const { page, frame, errors } = await launchSco(second, version, 'scorm/risks.html', stored);
      expect(await worksheetTitle(frame)).toBe(`Last edit before closing (${version})`);
      expect(await frame.locator('#complete').getAttribute('aria-disabled')).toBe('true');
      expect(await frame.locator('#complete').textContent()).toBe('Marked as complete');
      const state = await lms(page, version);
      expect(state.status, 'completion is not undone on relaunch').toBe('completed');
      expect(suspendSets(state.calls), 'nothing is written until the learner edits').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('fetches the worksheets its document holds through the loader, with one shared core, and never the bundle', async () => {
    const context = await browser.newContext();
    try {
      let first = server.requests.length;
      const risks = await launchSco(context, '2004', 'scorm/risks.html');
      let fetched = server.requests.slice(first).filter((r) => r.endsWith('.js') && !r.startsWith('/scorm-again/'));
      expect(fetched.sort()).toEqual(
        ['/v2004/loader/core.js', '/v2004/loader/risk-register-model.js', '/v2004/loader/risk-register.js', '/v2004/partnership-worksheets.loader.js', '/v2004/scorm/launch.js'].sort(),
      );
      expect(risks.errors).toEqual([]);
      // The launch page asks for them all beside the document, so none waits for the file that imports it.
      const preloads = [...readFileSync(path.join(work, 'v2004/scorm/risks.html'), 'utf8').matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
      expect(preloads.sort()).toEqual(['../loader/core.js', '../loader/risk-register-model.js', '../loader/risk-register.js', '../partnership-worksheets.loader.js']);

      first = server.requests.length;
      const book = await launchSco(context, '2004', 'scorm/playbook.html', undefined, 'vplaybook');
      fetched = server.requests.slice(first).filter((r) => r.endsWith('.js') && !r.startsWith('/scorm-again/'));
      const doc = JSON.parse(readFileSync(path.join(FIXTURES, 'playbook.json'), 'utf8')) as { sections: Array<{ kind: string }> };
      for (const kind of ['playbook', ...doc.sections.map((s) => s.kind)]) expect(fetched).toContain(`/vplaybook/loader/${kind}.js`);
      expect(fetched.filter((r) => r === '/vplaybook/loader/core.js')).toHaveLength(1);
      expect(fetched.filter((r) => /bundle\.js$/.test(r))).toEqual([]);
      expect(await book.frame.evaluate(() => document.querySelector('main > pw-playbook')!.children.length)).toBe(doc.sections.length);
      expect(await book.frame.evaluate(() => [...document.querySelector('main > pw-playbook')!.children].every((c) => customElements.get(c.localName)))).toBe(true);
      expect(book.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('SCORM 1.2: work larger than 4,096 characters is kept in the browser and the learner is told; it is never cut', async () => {
    const version = '1.2';
    const context = await browser.newContext();
    try {
      const { page, frame, errors } = await launchSco(context, version, 'scorm/deal.html');
      await editTitle(frame, 'Fits');
      await page.waitForFunction(() => (window as any).__calls.some((c: string[]) => c[1] === 'cmi.suspend_data'), undefined, { timeout: 5000 });
      const fitting = (await lms(page, version)).suspend_data;

      // Text that does not compress (random letters) pushes the document past the limit.
      let random = '';
      for (let i = 0; i < 4500; i++) random += 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(Math.random() * 62)];
      await editTitle(frame, random);
      const alert = frame.locator('#alerts[role="alert"] [data-note="too-large"]');
      await alert.waitFor({ state: 'visible', timeout: 5000 });
      expect(await alert.textContent()).toMatch(/larger than this course can store \([\d,]+ characters; the limit is 4,096\)\. It is kept in this browser only/);
      expect(await frame.locator('#save-state').textContent()).toMatch(/^Kept in this browser only \([\d,]+ of 4,096 characters\)\.$/);
      let state = await lms(page, version);
      expect(state.suspend_data, 'the LMS keeps the last work that fitted, not a cut copy').toBe(fitting);
      const kept = await frame.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw-scorm:learner-7:')));
      expect(kept).toHaveLength(1);
      expect(JSON.parse((await frame.evaluate((k) => localStorage.getItem(k), kept[0]!))!).document.title).toBe(random);

      await close(page);
      state = await lms(page, version);
      expect(state.terminated).toBe(true);
      for (const value of suspendSets(state.calls)) expect(value.length).toBeLessThanOrEqual(4096);
      expect(state.suspend_data).toBe(fitting);
      expect(errors).toEqual([]);

      // Relaunch in the same browser: the larger work comes back from the browser, and the learner is told again.
      const stored = { suspend_data: state.suspend_data, status: state.status, exit: state.exit };
      const again = await launchSco(context, version, 'scorm/deal.html', stored);
      expect(await worksheetTitle(again.frame)).toBe(random);
      await again.frame.locator('#notes [data-note="restored"]').waitFor();
      await again.frame.locator('#alerts [data-note="too-large"]').waitFor({ timeout: 5000 });

      // Shortening the work lets the LMS store it again, and the browser copy is dropped.
      await editTitle(again.frame, 'Short again');
      await again.page.waitForFunction(() => (window as any).__calls.some((c: string[]) => c[1] === 'cmi.suspend_data'), undefined, { timeout: 5000 });
      await again.frame.locator('#notes [data-note="fits"]').waitFor();
      expect(await again.frame.locator('#alerts [data-note="too-large"]').count()).toBe(0);
      expect(await again.frame.evaluate((k) => localStorage.getItem(k), kept[0]!)).toBeNull();
      expect(again.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('SCORM 2004: saved data it cannot read, and a browser copy the course has moved past, are kept and the learner told', async () => {
    const version = '2004';
    const context = await browser.newContext();
    try {
      // Suspend data from some other content: shown as unreadable, kept in the browser, the packaged document shown.
      const first = await launchSco(context, version, 'scorm/risks.html', { suspend_data: 'slide=4;seen=1,2,3', status: 'incomplete', exit: 'suspend' });
      const alert = first.frame.locator('#alerts [data-note="unreadable"]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('could not be read (it was not written by this worksheet page)');
      expect(await worksheetTitle(first.frame)).toBe(JSON.parse(readFileSync(path.join(FIXTURES, 'risks.json'), 'utf8')).title);
      const keys = await first.frame.evaluate(() => Object.keys(localStorage));
      const unreadable = keys.find((k) => k.endsWith('.unreadable'))!;
      expect(await first.frame.evaluate((k) => localStorage.getItem(k), unreadable)).toBe('slide=4;seen=1,2,3');
      await first.page.close();

      // A browser copy made on top of other suspend data than the LMS now holds: the LMS's work wins, the copy is offered.
      const key = unreadable.replace(/\.unreadable$/, '');
      const second = await launchSco(context, version, 'scorm/risks.html');
      await second.frame.evaluate((k) => localStorage.setItem(k, JSON.stringify({ format: 'partnership-worksheets/scorm-local', base: 'old', savedAt: new Date().toISOString(), document: { ...(document.querySelector('main > *') as any).value, title: 'Browser copy' } })), key);
      await second.page.close();
      const third = await launchSco(context, version, 'scorm/risks.html', { suspend_data: '', status: 'incomplete', exit: 'suspend' });
      await third.frame.locator('#notes [data-note="superseded"] button').waitFor();
      expect(await worksheetTitle(third.frame)).not.toBe('Browser copy');
      expect(await third.frame.evaluate((k) => JSON.parse(localStorage.getItem(`${k}.superseded`)!).document.title, key)).toBe('Browser copy');
      expect([...first.errors, ...second.errors, ...third.errors]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says what is wrong with a document it cannot show: an unknown kind, an invalid document', async () => {
    // The launch page as built, beside a package's files, given the document by ?doc= (as when trying it by hand).
    const folder = path.join(work, 'v2004');
    copyFileSync(path.join(DIST, 'scorm/index.html'), path.join(folder, 'scorm/try.html'));
    writeFileSync(path.join(folder, 'documents/crystal.json'), JSON.stringify({ kind: 'crystal-ball', version: 1, title: 'Crystal' }));
    copyFileSync(path.join(FIXTURES, 'invalid-risks.json'), path.join(folder, 'documents/invalid.json'));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      for (const [doc, message] of [
        ['crystal.json', /kind is not a worksheet this version knows: "crystal-ball"/],
        ['invalid.json', /not a valid worksheet \(\/risks\/3\/likelihood /],
      ] as const) {
        await page.goto(`${server.base}/v2004/scorm/try.html?doc=../documents/${doc}`);
        const alert = page.locator('#alerts [data-note="load"]');
        await alert.waitFor();
        expect(await alert.textContent()).toMatch(message);
        expect(await page.evaluate(() => [...document.querySelectorAll('main > *')].filter((e) => e.localName.startsWith('pw-')).length), doc).toBe(0);
      }
    } finally {
      await context.close();
    }
  });

  it('without an LMS, says so and keeps the work in the browser', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watch(page);
      await page.goto(`${server.base}/v1.2/scorm/risks.html`);
      await page.waitForFunction(() => (document.querySelector('main > *') as any)?.shadowRoot?.childElementCount > 0);
      expect(await page.locator('#connection').textContent()).toContain('No course connection (LMS) was found');
      expect(await page.locator('#complete').isHidden()).toBe(true);
      await editTitle(page.mainFrame(), 'Saved without an LMS');
      await page.waitForTimeout(600); // the element's own autosave delay
      await page.reload();
      await page.waitForFunction(() => (document.querySelector('main > *') as any)?.value?.title === 'Saved without an LMS', undefined, { timeout: 10_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
