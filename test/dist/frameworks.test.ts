/**
 * The framework examples against the built package, in Chromium: the React 19 app in examples/react (bundled here
 * with esbuild, as an app's own build would) and the plain page in examples/html (the bundle, no build at all).
 * What matters is what a framework does with a custom element: `value` arrives as a property, `change` reaches
 * `onChange`, and `pw-invalid` reaches `onpw-invalid`. Small Vue 3 and Svelte 5 apps, compiled here, check what
 * docs/frameworks.md tells their users (Vue: `:value.prop`, `@change`, `@pw-invalid`; Svelte: `onpw-invalid`).
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';
import { compileTemplate } from 'vue/compiler-sfc';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, CHROME, launch, ROOT, serve, type StaticServer } from './harness.js';

/** The document the React example starts with. */
const initialRegister = JSON.parse(readFileSync(path.join(ROOT, 'examples/react/src/register.json'), 'utf8'));

let server: StaticServer;
let browser: Browser;
const ready = BUILT && CHROME !== undefined;

/** Bundles an app for the browser, in memory: the test writes nothing into the repository. */
async function bundle(options: BuildOptions): Promise<string> {
  const result = await build({
    bundle: true,
    format: 'esm',
    write: false,
    outfile: 'app.js',
    logLevel: 'error',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    ...options,
  });
  return result.outputFiles![0]!.text;
}

/** A Vue 3 template, compiled here as a Vue build would, with the bindings docs/frameworks.md gives. */
const VUE_TEMPLATE = `
<p><strong id="title">{{ doc.title }}</strong>: <span id="count">{{ doc.risks.length }}</span> risks, <span id="edits">{{ edits }}</span> edits</p>
<button type="button" @click="input = broken">Load a broken register</button>
<p v-if="problem" role="alert">{{ problem }}</p>
<pw-risk-register
  :value.prop="input"
  @change="doc = $event.target.value; edits++"
  @pw-invalid="problem = $event.detail.errors.map((e) => e.path).join(' ')"
></pw-risk-register>`;

const VUE_APP = `
import 'partnership-worksheets/risk-register.js';
import { createApp, ref } from 'vue';
import { render } from 'virtual:risks.vue';
const start = JSON.parse(document.getElementById('start').textContent);
createApp({
  render,
  setup: () => ({ broken: BROKEN, input: ref(start), doc: ref(start), edits: ref(0), problem: ref('') }),
}).mount('#app');`;

/** A Svelte 5 component, compiled here as a Svelte build would. */
const SVELTE_COMPONENT = `<script>
  let { start, broken } = $props();
  let input = $state.raw(start);
  let doc = $state(start);
  let edits = $state(0);
  let problem = $state('');
</script>
<p><strong id="title">{doc.title}</strong>: <span id="count">{doc.risks.length}</span> risks, <span id="edits">{edits}</span> edits</p>
<button type="button" onclick={() => (input = broken)}>Load a broken register</button>
{#if problem}<p role="alert">{problem}</p>{/if}
<pw-risk-register
  value={input}
  onchange={(event) => { doc = event.target.value; edits++; }}
  onpw-invalid={(event) => (problem = event.detail.errors.map((e) => e.path).join(' '))}
></pw-risk-register>`;

const SVELTE_APP = `
import 'partnership-worksheets/risk-register.js';
import { mount } from 'svelte';
import Risks from 'virtual:risks.svelte';
const start = JSON.parse(document.getElementById('start').textContent);
mount(Risks, { target: document.getElementById('app'), props: { start, broken: BROKEN } });`;

/** An esbuild plugin that serves `virtual:<name>` from memory (a compiled component). */
const virtual = (name: string, code: string): Plugin => ({
  name: `virtual-${name}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`^virtual:${name.replace('.', '\\.')}$`) }, () => ({ path: name, namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: code, resolveDir: ROOT, loader: 'js' }));
  },
});

/** A host page for an app: the starting document in a JSON script, as a server would render it. */
const hostPage = (script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Risks</title></head>
<body><main id="app"></main><script type="application/json" id="start">${JSON.stringify(initialRegister)}</script>
<script type="module" src="${script}"></script></body></html>`;

const BROKEN = JSON.stringify(JSON.stringify({ ...initialRegister, risks: [{ ...initialRegister.risks[0], likelihood: 9 }] }));

beforeAll(async () => {
  if (!ready) return;
  const react = await bundle({ entryPoints: [path.join(ROOT, 'examples/react/src/main.tsx')], jsx: 'automatic' });
  const vueTemplate = compileTemplate({
    source: VUE_TEMPLATE,
    filename: 'risks.vue',
    id: 'risks',
    compilerOptions: { isCustomElement: (tag) => tag.startsWith('pw-') },
  }).code;
  const vue = await bundle({ stdin: { contents: VUE_APP, resolveDir: ROOT, loader: 'js' }, define: { BROKEN }, plugins: [virtual('risks.vue', vueTemplate)] });
  const svelteComponent = compile(SVELTE_COMPONENT, { generate: 'client', name: 'Risks' }).js.code;
  const svelte = await bundle({ stdin: { contents: SVELTE_APP, resolveDir: ROOT, loader: 'js' }, define: { BROKEN }, plugins: [virtual('risks.svelte', svelteComponent)] });
  const send = (type: string, body: string) => (_req: unknown, res: ServerResponse) => res.writeHead(200, { 'content-type': type }).end(body);
  server = await serve({
    routes: {
      '/examples/react/build/app.js': send('text/javascript', react),
      '/vue.html': send('text/html', hostPage('/vue.js')),
      '/vue.js': send('text/javascript', vue),
      '/svelte.html': send('text/html', hostPage('/svelte.js')),
      '/svelte.js': send('text/javascript', svelte),
    },
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page at `url` that records uncaught errors. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.base}${url}`);
  return { page, errors };
}

const text = (page: Page, selector: string): Promise<string | null> => page.locator(selector).textContent();

/** Types a new worksheet title and commits it with Enter, as a learner does. */
async function renameTitle(page: Page, title: string): Promise<void> {
  const field = page.getByLabel('Worksheet title');
  await field.fill(title);
  await field.press('Enter');
}

const APPS = [
  { name: 'examples/react (React 19: onChange, onpw-invalid)', url: '/examples/react/index.html' },
  { name: 'a Vue 3 app (:value.prop, @change, @pw-invalid)', url: '/vue.html' },
  { name: 'a Svelte 5 app (onchange, onpw-invalid)', url: '/svelte.html' },
];

describe.skipIf(!ready).each(APPS)('$name', ({ url }) => {
  it('renders the worksheet with the document set as a property', async () => {
    const { page, errors } = await open(url);
    try {
      await page.getByLabel('Worksheet title').waitFor();
      const seen = await page.evaluate(() => {
        const el = document.querySelector('pw-risk-register') as HTMLElement & { value: unknown };
        return {
          upgraded: el instanceof customElements.get('pw-risk-register')!,
          value: el.value,
          attribute: el.getAttribute('value'),
          title: (el.shadowRoot!.querySelector('[part=title]') as HTMLTextAreaElement).value,
          rows: el.shadowRoot!.querySelectorAll('tbody tr').length,
        };
      });
      expect(seen.upgraded).toBe(true);
      // A property, not "[object Object]" in an attribute: the element holds exactly the object the app passed.
      expect(seen.value).toEqual(initialRegister);
      expect(seen.attribute).toBeNull();
      expect(seen.title).toBe(initialRegister.title);
      expect(seen.rows).toBe(initialRegister.risks.length);
      expect(await text(page, '#title')).toBe(initialRegister.title);
      expect(await text(page, '#count')).toBe('2');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a user edit fires change, and the app shows the title and count read from event.target.value', async () => {
    const { page, errors } = await open(url);
    try {
      await renameTitle(page, 'Alliance risks, week 3');
      await page.waitForFunction(() => document.querySelector('#edits')?.textContent === '1');
      expect(await text(page, '#title')).toBe('Alliance risks, week 3');
      expect(await text(page, '#count')).toBe('2');

      await page.getByRole('button', { name: 'Add risk' }).click();
      await page.waitForFunction(() => document.querySelector('#edits')?.textContent === '2');
      expect(await text(page, '#count')).toBe('3');
      // What the app shows is the element's document, not a copy of its own.
      const value = await page.evaluate(() => (document.querySelector('pw-risk-register') as any).value);
      expect(value.title).toBe('Alliance risks, week 3');
      expect(value.risks).toHaveLength(3);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a refused document reaches the pw-invalid handler, and the worksheet keeps its state', async () => {
    const { page, errors } = await open(url);
    try {
      await page.getByLabel('Worksheet title').waitFor();
      await page.getByRole('button', { name: 'Load a broken register' }).click();
      // The app's alert, not the element's own message: the handler ran.
      const alert = page.locator('main > p[role=alert]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('/risks/0/likelihood');
      const value = await page.evaluate(() => (document.querySelector('pw-risk-register') as any).value);
      expect(value).toEqual(initialRegister);
      // Setting `value` from code is not a user edit: no change event.
      expect(await text(page, '#edits')).toBe('0');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!ready)('examples/html (the bundle, no build)', () => {
  it('renders the worksheet from its JSON child and takes an edit', async () => {
    const { page, errors } = await open('/examples/html/index.html');
    try {
      await page.waitForFunction(() => document.querySelector('#count')?.textContent === '1');
      expect(await text(page, '#title')).toBe('Cloud alliance risks');
      expect(await page.locator('pw-risk-register tbody tr').count()).toBe(1);

      await renameTitle(page, 'Renamed in plain HTML');
      await page.waitForFunction(() => document.querySelector('#title')?.textContent === 'Renamed in plain HTML');
      await page.getByRole('button', { name: 'Add risk' }).click();
      await page.waitForFunction(() => document.querySelector('#count')?.textContent === '2');
      const value = await page.evaluate(() => (document.querySelector('pw-risk-register') as any).value);
      expect(value.title).toBe('Renamed in plain HTML');
      expect(value.risks).toHaveLength(2);
      // The page loaded the one bundle and nothing else from the package.
      expect(server.requests.filter((r) => r.startsWith('/dist/'))).toEqual(['/dist/partnership-worksheets.bundle.js']);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
