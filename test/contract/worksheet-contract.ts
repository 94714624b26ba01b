/**
 * The one contract every worksheet element passes: value and JSON, lossless round trip, invalid input,
 * change on user edits only, undo/redo, readonly, autosave (restore, corrupt, quota, stale tab, pagehide),
 * form association, axe and keyboard reachability. Each worksheet calls it from test/contract/<kind>.contract.test.ts.
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { WorksheetElement, WorksheetDocument } from '../../src/core/worksheet-element.js';
import type { PwInvalidEvent, PwStorageEvent } from '../../src/core/events.js';
import { i18nDiagnostics, messagesOf } from '../../src/core/i18n.js';
import { toMarkdown } from '../../src/models/index.js';
import { captureDownloads } from '../elements/downloads.js';

export interface InvalidCase {
  name: string;
  input: unknown;
  /** The JSON Pointer the first error must name. */
  path: string;
}

export interface WorksheetUnderTest {
  tag: string;
  kind: string;
  sample: () => WorksheetDocument;
  /** Invalid documents specific to this kind (the generic ones are added here). */
  invalid: (sample: WorksheetDocument) => InvalidCase[];
  /** Makes one real edit through the element's own controls (not through `value`). */
  edit: (el: Element) => Promise<void>;
}

type El = WorksheetElement<WorksheetDocument> & HTMLElement;

const shadow = (el: Element) => el.shadowRoot!;

/** Adds unknown fields at the top level and inside every item of every top-level list. */
export function withUnknownFields(doc: WorksheetDocument): WorksheetDocument {
  const copy = structuredClone(doc) as Record<string, unknown>;
  copy['x-course'] = { module: 4, tags: ['partnerships', 'ü', '日本語', '🚀'], nested: { deep: [null, true, 1.5] } };
  for (const value of Object.values(copy)) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object' && !Array.isArray(item)) (item as Record<string, unknown>)['x-note'] = { i, text: 'kept “as is” <b>' };
      });
    }
  }
  return copy as WorksheetDocument;
}

/** Sets a text field's value as a person would and commits it. */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  // A native change event bubbles but does not leave the shadow root.
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The title edit every worksheet shares. */
export async function editTitle(el: Element, title: string): Promise<void> {
  await typeInto(shadow(el).querySelector<HTMLTextAreaElement>('[part="title"]')!, title);
  await (el as El).updateComplete;
}

const genericInvalid = (sample: WorksheetDocument): InvalidCase[] => [
  { name: 'malformed JSON text', input: '{"kind": "x",', path: '' },
  { name: 'an array', input: [sample], path: '' },
  { name: 'a wrong kind', input: { ...sample, kind: sample.kind === 'playbook' ? 'risk-register' : 'playbook' }, path: '/kind' },
  { name: 'a newer version', input: { ...sample, version: 99 }, path: '/version' },
  { name: 'a fractional version', input: { ...sample, version: 1.5 }, path: '/version' },
  { name: 'a __proto__ key', input: `{"__proto__": {"polluted": true}, ${JSON.stringify(sample).slice(1)}`, path: '/__proto__' },
  { name: 'a 10 MB document', input: JSON.stringify({ ...sample, padding: 'x'.repeat(10_000_000) }), path: '' },
  { name: 'a title that is not text', input: { ...sample, title: 42 }, path: '/title' },
];

/**
 * Every enabled control a person could use to edit. Controls marked `data-view` change only what is shown
 * (a filter, a show/hide toggle) and stay usable in review mode; the test below proves they edit nothing.
 */
const editControls = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('input:not([data-view]), select:not([data-view]), textarea, [contenteditable="true"]')].filter(
    (c) => !(c as HTMLInputElement).disabled && !(c as HTMLInputElement).hidden && (c as HTMLInputElement).type !== 'hidden',
  );

function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export function runWorksheetContract(w: WorksheetUnderTest): void {
  const tag = unsafeStatic(w.tag);
  const make = async (doc: unknown = w.sample(), attrs = ''): Promise<El> => {
    const el = (await fixture(staticHtml`<${tag}></${tag}>`)) as El;
    if (attrs) for (const a of attrs.split(' ')) el.setAttribute(a, '');
    el.value = doc;
    await el.updateComplete;
    return el;
  };

  describe(`<${w.tag}> contract`, () => {
    afterEach(() => localStorage.clear());

    describe('value and JSON', () => {
      it('reads back what it was given, as a fresh object', async () => {
        const sample = w.sample();
        const el = await make(sample);
        expect(el.value).to.deep.equal(sample);
        const first = el.value as Record<string, unknown>;
        first.title = 'mutated';
        expect(el.value.title).to.equal(sample.title);
        expect(el.value).not.to.equal(el.value);
      });

      it('serialises to the document with JSON.stringify and toJSON()', async () => {
        const el = await make();
        expect(JSON.parse(JSON.stringify(el))).to.deep.equal(w.sample());
        expect(el.toJSON()).to.deep.equal(w.sample());
      });

      it('accepts JSON text as well as an object', async () => {
        const el = await make(JSON.stringify(w.sample()));
        expect(el.value).to.deep.equal(w.sample());
      });

      it('keeps unknown fields at every level (lossless round trip)', async () => {
        const doc = withUnknownFields(w.sample());
        const el = await make(doc);
        expect(el.value).to.deep.equal(doc);
        const again = await make(JSON.stringify(el.value));
        expect(again.value).to.deep.equal(doc);
      });

      it('keeps unknown fields through a user edit', async () => {
        const doc = withUnknownFields(w.sample());
        const el = await make(doc);
        await w.edit(el);
        expect((el.value as Record<string, unknown>)['x-course']).to.deep.equal(doc['x-course']);
      });

      it('reads its initial document from a child <script type="application/json">', async () => {
        const doc = withUnknownFields(w.sample());
        const host = await fixture(html`<div></div>`);
        const el = document.createElement(w.tag) as El;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(doc);
        el.append(script);
        host.append(el);
        await el.updateComplete;
        expect(el.value).to.deep.equal(doc);
      });

      it('takes a value set before the element is defined or connected', async () => {
        const el = document.createElement(w.tag) as El;
        el.value = w.sample();
        const host = await fixture(html`<div></div>`);
        host.append(el);
        await el.updateComplete;
        expect(el.value).to.deep.equal(w.sample());
      });
    });

    describe('invalid input', () => {
      const sample = w.sample();
      for (const c of [...genericInvalid(sample), ...w.invalid(sample)]) {
        it(`refuses ${c.name}: state unchanged, message shown, pw-invalid fired`, async () => {
          const el = await make();
          const before = el.value;
          const fired = oneEvent(el, 'pw-invalid') as Promise<PwInvalidEvent>;
          expect(() => {
            el.value = c.input;
          }).not.to.throw();
          const event = await fired;
          await el.updateComplete;
          expect(el.value).to.deep.equal(before);
          expect(event.detail.errors.length).to.be.greaterThan(0);
          expect(event.detail.errors[0]!.path).to.equal(c.path);
          expect(event.bubbles && event.composed).to.equal(true);
          const alert = shadow(el).querySelector('[role="alert"]')!;
          expect(alert.textContent).to.contain(event.detail.errors[0]!.message);
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        });
      }

      it("gives the same verdicts through the class's validate(), without an element", () => {
        type Checker = { validate(input: unknown): { ok: boolean; value?: unknown; errors?: Array<{ path: string }> } };
        const cls = customElements.get(w.tag) as unknown as Checker;
        const good = cls.validate(JSON.stringify(sample));
        expect(good.ok).to.equal(true);
        expect(good.value).to.deep.equal(sample);
        for (const c of [...genericInvalid(sample), ...w.invalid(sample)]) {
          const result = cls.validate(c.input);
          expect(result.ok, c.name).to.equal(false);
          expect(result.errors![0]!.path, c.name).to.equal(c.path);
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });

      it('shows an invalid initial script document and still works', async () => {
        const el = document.createElement(w.tag) as El;
        el.innerHTML = '<script type="application/json">{"kind": nope}</script>';
        const host = await fixture(html`<div></div>`);
        host.append(el);
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('not valid JSON');
        expect(el.value.kind).to.equal(w.kind);
      });
    });

    describe('change events', () => {
      it('does not fire change when value is set by code', async () => {
        const el = await make();
        let changes = 0;
        el.addEventListener('change', () => changes++);
        el.value = { ...w.sample(), title: 'Set by code' };
        await el.updateComplete;
        expect(changes).to.equal(0);
      });

      it('fires one bubbling, composed change per committed user edit', async () => {
        const el = await make();
        const events: Event[] = [];
        document.addEventListener('change', (e) => e.target === el && events.push(e));
        await editTitle(el, 'Edited by a learner');
        await w.edit(el);
        expect(events.length).to.equal(2);
        expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
        expect(el.value.title).to.equal('Edited by a learner');
      });
    });

    describe('undo and redo', () => {
      it('steps back and forward through edits', async () => {
        const el = await make();
        const start = el.value;
        await editTitle(el, 'One');
        await w.edit(el);
        const end = el.value;
        expect(end).not.to.deep.equal(start);
        el.undo();
        el.undo();
        expect(el.value).to.deep.equal(start);
        el.redo();
        el.redo();
        expect(el.value).to.deep.equal(end);
      });

      it('answers Ctrl+Z and Ctrl+Shift+Z inside the element', async () => {
        const el = await make();
        const start = el.value;
        await editTitle(el, 'Typed title');
        shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Undo"]')!.focus();
        await sendKeys({ down: 'Control' });
        await sendKeys({ press: 'z' });
        await sendKeys({ up: 'Control' });
        expect(el.value).to.deep.equal(start);
        await sendKeys({ down: 'Control' });
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Z' });
        await sendKeys({ up: 'Shift' });
        await sendKeys({ up: 'Control' });
        expect(el.value.title).to.equal('Typed title');
      });

      it('the same object set again unchanged (a framework re-render) keeps the edits and their history', async () => {
        const el = await make();
        const doc = w.sample();
        el.value = doc;
        await editTitle(el, 'Edited by the learner');
        el.value = doc; // what a framework does on its next render
        expect(el.value.title).to.equal('Edited by the learner');
        el.undo();
        expect(el.value).to.deep.equal(w.sample());
        // A changed object, or a new one, is a new document.
        (doc as { title: string }).title = 'Changed by the app';
        el.value = doc;
        expect(el.value.title).to.equal('Changed by the app');
        (doc as { title: string }).title = 'Changed by the apq'; // as long as before: its fingerprint tells it apart
        el.value = doc;
        expect(el.value.title).to.equal('Changed by the apq');
        // The same holds for JSON text, and an object after text (or text after an object) is always new.
        const text = JSON.stringify(w.sample());
        el.value = text;
        await editTitle(el, 'Edited again');
        el.value = text;
        expect(el.value.title).to.equal('Edited again');
        el.value = JSON.parse(text);
        expect(el.value).to.deep.equal(w.sample());
      });

      it('a new document from code starts a fresh history', async () => {
        const el = await make();
        await editTitle(el, 'Edited');
        el.value = w.sample();
        el.undo();
        expect(el.value).to.deep.equal(w.sample());
      });
    });

    describe('readonly', () => {
      it('shows the document with no enabled edit control, and nothing changes it', async () => {
        const el = await make(w.sample(), 'readonly');
        expect(editControls(el)).to.deep.equal([]);
        let changes = 0;
        el.addEventListener('change', () => changes++);
        const before = el.value;
        for (const b of shadow(el).querySelectorAll<HTMLElement>('button:not([disabled]), [data-view]')) {
          if (/^(JSON|CSV|Markdown|SVG|Print…)$/.test(b.textContent!.trim())) continue;
          b.click();
          await el.updateComplete;
        }
        el.undo();
        expect(el.value).to.deep.equal(before);
        expect(changes).to.equal(0);
        expect(shadow(el).textContent).to.contain(w.sample().title);
      });
    });

    describe('storage-key autosave', () => {
      const key = `contract-${w.kind}`;
      const withKey = async (doc: WorksheetDocument = w.sample()): Promise<El> => {
        const host = await fixture(html`<div></div>`);
        const el = document.createElement(w.tag) as El;
        el.setAttribute('storage-key', key);
        el.innerHTML = `<script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;
        host.append(el);
        await el.updateComplete;
        return el;
      };
      const stored = () => JSON.parse(localStorage.getItem(key)!).document as WorksheetDocument;

      it('saves each edit and restores it on load (saved work wins over the initial document)', async () => {
        const el = await withKey();
        await editTitle(el, 'Saved title');
        await aTimeout(400);
        expect(stored().title).to.equal('Saved title');
        const again = await withKey();
        expect(again.value.title).to.equal('Saved title');
      });

      it('flushes a pending edit on pagehide', async () => {
        const el = await withKey();
        await editTitle(el, 'Closing now');
        window.dispatchEvent(new Event('pagehide'));
        expect(stored().title).to.equal('Closing now');
      });

      it('keeps a corrupt stored value aside, reports it, and still works', async () => {
        localStorage.setItem(key, '{"not": json');
        const events: PwStorageEvent[] = [];
        document.addEventListener('pw-storage', (e) => events.push(e as PwStorageEvent));
        const el = await withKey();
        expect(el.value).to.deep.equal(w.sample());
        expect(localStorage.getItem(`${key}.corrupt`)).to.equal('{"not": json');
        expect(events.some((e) => e.detail.state === 'corrupt')).to.equal(true);
        expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(`${key}.corrupt`);
        await editTitle(el, 'Works after corruption');
        window.dispatchEvent(new Event('pagehide'));
        expect(stored().title).to.equal('Works after corruption');
      });

      it('reports a full quota without throwing or losing the edit, then retries', async () => {
        const el = await withKey();
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = function () {
          throw new DOMException('full', 'QuotaExceededError');
        };
        try {
          await editTitle(el, 'Kept in memory');
          await aTimeout(500);
          await el.updateComplete;
          expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('storage is full');
          expect(el.value.title).to.equal('Kept in memory');
        } finally {
          Storage.prototype.setItem = original;
        }
        await aTimeout(3200);
        expect(stored().title).to.equal('Kept in memory');
      });

      it('a stale page never overwrites newer work, and is told so', async () => {
        const a = await withKey();
        const b = await withKey();
        await editTitle(a, 'Newer work in A');
        window.dispatchEvent(new Event('pagehide'));
        await editTitle(b, 'Stale edit in B');
        window.dispatchEvent(new Event('pagehide'));
        await b.updateComplete;
        expect(stored().title).to.equal('Newer work in A');
        expect(shadow(b).querySelector('[role="alert"]')!.textContent).to.contain('another tab');
      });
    });

    describe('form association', () => {
      it('submits the document as JSON under its name, and resets', async () => {
        const form = (await fixture(html`<form></form>`)) as HTMLFormElement;
        const el = document.createElement(w.tag) as El;
        el.setAttribute('name', 'worksheet');
        el.value = w.sample();
        form.append(el);
        await el.updateComplete;
        expect(new FormData(form).get('worksheet')).to.equal(JSON.stringify(el.value));
        await editTitle(el, 'In a form');
        expect(JSON.parse(new FormData(form).get('worksheet') as string).title).to.equal('In a form');
        form.reset();
        expect(el.value).to.deep.equal(w.sample());
      });
    });

    describe('languages', () => {
      afterEach(() => {
        i18nDiagnostics.onMissing = undefined;
      });
      /** The element inside a wrapper with `lang` and `dir`, as on a course page. */
      const inPage = async (lang: string, dir = 'ltr', doc: unknown = w.sample()): Promise<El> => {
        const wrapper = await fixture(staticHtml`<div lang=${lang} dir=${dir}><${tag}></${tag}></div>`);
        const el = wrapper.firstElementChild as El;
        el.value = doc;
        await el.updateComplete;
        return el;
      };

      it('says every problem it refuses in German, never in the English of the models', async () => {
        const el = await inPage('de');
        const english: string[] = [];
        for (const c of [...genericInvalid(w.sample()), ...w.invalid(w.sample())]) {
          const fired = oneEvent(el, 'pw-invalid') as Promise<PwInvalidEvent>;
          el.value = c.input;
          const { detail } = await fired;
          await el.updateComplete;
          const shown = shadow(el).querySelector('[part="message"] li')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          const said = detail.errors[0]!.message.replace(/\s+/g, ' ').trim();
          if (!shown || shown.endsWith(said)) english.push(`${c.name}: ${said}`);
        }
        expect(english).to.deep.equal([]);
      });

      it('writes its Markdown report in German, not in the English of the models', async () => {
        const el = await inPage('de');
        const dl = captureDownloads();
        try {
          [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find((b) => b.textContent!.trim() === 'Markdown')!.click();
        } finally {
          dl.restore();
        }
        const german = (await dl.files[0]!.text).split('\n');
        const english = toMarkdown(w.sample()).split('\n');
        // Each report sentence that German says otherwise, as a whole line with any text in its placeholders (those
        // with few words of their own are left out: the samples' own English text could match them).
        const patterns = [...messagesOf('de')]
          .filter(([k, m]) => k.startsWith('report.') && typeof m === 'string' && m !== k.slice('report.'.length))
          .map(([k]) => k.slice('report.'.length))
          .filter((en) => en.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 6)
          .map((en) => new RegExp(`^${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+?')}$`));
        const inEnglish = patterns.filter((re) => english.some((line) => re.test(line)));
        expect(inEnglish.length, 'lines of the English report that German says otherwise').to.be.greaterThan(0);
        expect(inEnglish.filter((re) => german.some((line) => re.test(line))).map(String)).to.deep.equal([]);
        expect(german.join('\n')).to.not.equal(english.join('\n'));
      });

      const words = {
        de: { export: 'Exportieren', notJson: 'Dies ist kein gültiges JSON', required: '„kind“ ist erforderlich' },
        es: { export: 'Exportar', notJson: 'Esto no es JSON válido', required: '«kind» es obligatorio' },
      };
      for (const [lang, word] of Object.entries(words)) {
        it(`speaks ${lang} with no missing message, with the sample, empty, readonly and refusing input`, async () => {
          const missing: string[] = [];
          i18nDiagnostics.onMissing = (locale, key) => missing.push(`${locale}:${key}`);
          const el = await inPage(lang);
          expect(shadow(el).querySelector('#export-label')!.textContent!.trim()).to.equal(word.export);
          el.value = '{oops';
          await el.updateComplete;
          expect(shadow(el).querySelector('[part="message"]')!.textContent).to.contain(word.notJson);
          el.value = { title: 'no kind' };
          await el.updateComplete;
          expect(shadow(el).querySelector('[part="message"]')!.textContent).to.contain(word.required);
          el.readonly = true;
          await el.updateComplete;
          const empty = await inPage(lang, 'ltr', undefined);
          await empty.updateComplete;
          expect(missing).to.deep.equal([]);
          // The document is the same in every language.
          expect(el.value).to.deep.equal(w.sample());
        });
      }

      it('follows a change of lang at run time, and a locale attribute wins over lang', async () => {
        const el = await inPage('de');
        el.parentElement!.setAttribute('lang', 'es');
        await aTimeout(0);
        await el.updateComplete;
        expect(shadow(el).querySelector('#export-label')!.textContent!.trim()).to.equal('Exportar');
        el.locale = 'de-CH';
        await el.updateComplete;
        expect(shadow(el).querySelector('#export-label')!.textContent!.trim()).to.equal('Exportieren');
        el.locale = undefined;
        el.parentElement!.setAttribute('lang', 'fr');
        await aTimeout(0);
        await el.updateComplete;
        expect(shadow(el).querySelector('#export-label')!.textContent!.trim()).to.equal('Export');
      });

      it('is axe-clean in German, right to left', async () => {
        const el = await inPage('de', 'rtl');
        expect(getComputedStyle(el).direction).to.equal('rtl');
        await expect(el).to.be.accessible();
      });
    });

    describe('accessibility', () => {
      it('is axe-clean with the sample document', async () => {
        await expect(await make()).to.be.accessible();
      });
      it('is axe-clean when empty', async () => {
        const el = (await fixture(staticHtml`<${tag}></${tag}>`)) as El;
        await expect(el).to.be.accessible();
      });
      it('is axe-clean in readonly and dark mode', async () => {
        const el = await make(w.sample(), 'readonly');
        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
      it('is axe-clean while showing an error message', async () => {
        const el = await make();
        el.value = '{oops';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('reaches every enabled control with Tab', async () => {
        const el = await make();
        const focusable = [...shadow(el).querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]')].filter(
          (c) => c.tabIndex >= 0 && !(c as HTMLButtonElement).disabled && c.checkVisibility({ visibilityProperty: true }),
        );
        const reached = new Set<Element>();
        const before = await fixture(html`<button>before</button>`);
        (before as HTMLElement).focus();
        el.parentElement!.insertBefore(before, el);
        (before as HTMLElement).focus();
        // Date fields take several Tab presses (one per segment); stop when focus leaves the element.
        for (let i = 0; i < focusable.length * 4 + 5; i++) {
          await sendKeys({ press: 'Tab' });
          const a = deepActive();
          if (a && el.shadowRoot!.contains(a)) reached.add(a);
          else if (reached.size) break;
        }
        const missed = focusable.filter((c) => !reached.has(c)).map((c) => c.outerHTML.slice(0, 80));
        expect(missed).to.deep.equal([]);
      });
    });
  });
}
