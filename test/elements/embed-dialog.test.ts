// The "Embed code…" dialog's long-link case and its keyboard round trip, in a page of their own (embed.test.ts has the
// rest): under the test runner's puppeteer, a test that follows an Escape-closed modal dialog loses the browser.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/risk-register.js';
import type { PwRiskRegister } from '../../src/index.js';
import { sampleRiskRegister, type RiskRegisterDocument } from '../../src/models/index.js';
import { MAX_EMBED_URL, packedFromHash, unpackDocument } from '../../src/core/embed-code.js';
import { PLACEHOLDER_BASE } from '../../src/core/embed-dialog.js';

/** Text no compressor can shrink much, so that the packed link grows with the document. */
const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 2654435761) >>> 7).toString(36)).join(' ');
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const embedButton = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Embed code…');
const snippet = (el: Element, which: string) => $<HTMLTextAreaElement>(el, `[data-snippet="${which}"] textarea`);
async function register(doc: RiskRegisterDocument = sampleRiskRegister(), attrs = ''): Promise<PwRiskRegister> {
  const el = await fixture<PwRiskRegister>(html`<pw-risk-register></pw-risk-register>`);
  if (attrs) el.setAttribute(attrs, '');
  el.value = doc;
  await el.updateComplete;
  return el;
}
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
async function openWithKeyboard(el: PwRiskRegister): Promise<HTMLDialogElement> {
  embedButton(el)!.focus();
  await sendKeys({ press: 'Enter' });
  // The dialog's module is loaded the first time it is asked for: it is rendered once that has arrived.
  const dialog = () => $<HTMLDialogElement>(el, 'dialog.embed') as HTMLDialogElement | null;
  await waitUntil(() => dialog()?.open && snippet(el, 'iframe')?.value.includes('#doc='), 'the embed dialog did not open');
  return dialog()!;
}
const iframeSrc = (text: string) => new DOMParser().parseFromString(text, 'text/html').querySelector('iframe')!.getAttribute('src')!;

describe('the “Embed code…” dialog with a long document', () => {
  it('says the link is too long for an LMS editor and offers the ?src= form', async () => {
    const doc = sampleRiskRegister();
    doc.risks = doc.risks.map((r, i) => ({ ...r, description: noise(60 + i) }));
    const el = await fixture<PwRiskRegister>(html`<pw-risk-register></pw-risk-register>`);
    el.value = doc;
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Embed code…')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLTextAreaElement>(el, '[data-snippet="iframe"] textarea')?.value.includes('#doc='));
    const url = iframeSrc($<HTMLTextAreaElement>(el, '[data-snippet="iframe"] textarea').value);
    expect(url.length).to.be.greaterThan(MAX_EMBED_URL);
    expect($(el, '.embed-warning').textContent).to.contain(`${url.length.toLocaleString('en')} characters`);
    const srcUrl = new URL(iframeSrc($<HTMLTextAreaElement>(el, '[data-snippet="src"] textarea').value));
    expect(srcUrl.searchParams.get('src')).to.match(/^https:\/\/example\.org\/partnership-worksheets\/.+\.json$/);
    expect(srcUrl.hash).to.equal('');
    // The kind's own page, which asks for the worksheet's code beside its script.
    expect(srcUrl.pathname.endsWith('/embed/risk-register.html')).to.equal(true);
    $<HTMLDialogElement>(el, 'dialog').close();
  });

  it('copies with the clipboard, and selects the text when copying is blocked', async () => {
    const el = await register();
    await openWithKeyboard(el);
    const clipboard = navigator.clipboard;
    let written = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (written = t) } });
    try {
      $<HTMLButtonElement>(el, '[data-snippet="iframe"] button').click();
      await waitUntil(() => $(el, '[data-snippet="iframe"] [role="status"]').textContent === 'Copied.');
      expect(written).to.equal(snippet(el, 'iframe').value);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
      $<HTMLButtonElement>(el, '[data-snippet="script"] button').click();
      await waitUntil(() => $(el, '[data-snippet="script"] [role="status"]').textContent!.includes('selected'));
      const field = snippet(el, 'script');
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(field.value.length);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    $<HTMLDialogElement>(el, 'dialog').close();
  });

  it('is not offered in readonly mode', async () => {
    const el = await register(sampleRiskRegister(), 'readonly');
    expect(embedButton(el) === undefined, 'no embed button').to.equal(true);
    expect($(el, 'dialog') === null, 'no dialog').to.equal(true);
  });

  it('gives an iframe snippet whose #doc= decodes to the document, with the autosave key in the query', async () => {
    const sample = sampleRiskRegister();
    const el = await register({ ...sample, risks: sample.risks.slice(0, 2) }); // a short link
    await openWithKeyboard(el);
    const iframe = new DOMParser().parseFromString(snippet(el, 'iframe').value, 'text/html').querySelector('iframe')!;
    const src = new URL(iframe.getAttribute('src')!);
    // The kind's own page, which asks for the worksheet's code beside its script.
    expect(src.href.startsWith(`${PLACEHOLDER_BASE}embed/risk-register.html?`)).to.equal(true);
    expect(src.searchParams.get('storage-key')).to.match(/^risk-register\//);
    expect(iframe.title).to.equal(el.value.title);
    expect(JSON.parse(await unpackDocument(packedFromHash(src.hash)!))).to.deep.equal(el.value);
    // A short link needs no ?src= form.
    // (Booleans: a failing assertion on an element makes the runner format the whole node tree.)
    expect($(el, '.embed-warning')?.textContent ?? 'none').to.equal('none');
    expect($(el, '[data-snippet="src"]') === null, 'no ?src= form').to.equal(true);
    $<HTMLDialogElement>(el, 'dialog').close();
  });

  it('follows the base URL and autosave key fields', async () => {
    const el = await register();
    await openWithKeyboard(el);
    const [base, key] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('dialog .embed-field input')];
    base!.value = 'https://lms.example.edu/files/pw';
    base!.dispatchEvent(new Event('input'));
    key!.value = '';
    key!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(snippet(el, 'iframe').value).to.contain('src="https://lms.example.edu/files/pw/embed/risk-register.html#doc=');
    // No script of the package on the test page: the snippet names the loader, which the README recommends.
    expect(snippet(el, 'script').value).to.contain('<script type="module" src="https://lms.example.edu/files/pw/partnership-worksheets.loader.js"></script>');
    expect(el.shadowRoot!.querySelector('dialog .embed-field span')!.textContent).to.contain('partnership-worksheets.loader.js and embed/');
    expect(snippet(el, 'script').value).to.contain('<pw-risk-register>');
    $<HTMLDialogElement>(el, 'dialog').close();
  });

  it('gives a script snippet whose JSON is the document, safe inside <script>', async () => {
    const doc = { ...sampleRiskRegister(), title: 'Risks </script><b>not bold</b>' };
    const el = await register(doc);
    await openWithKeyboard(el);
    const text = snippet(el, 'script').value;
    expect(text).to.contain('<\\/script>');
    const parsed = new DOMParser().parseFromString(text, 'text/html');
    const host = parsed.querySelector('pw-risk-register')!;
    expect(host.getAttribute('storage-key')).to.match(/^risk-register\//);
    expect(parsed.querySelector('b')).to.equal(null);
    expect(JSON.parse(host.querySelector('script[type="application/json"]')!.textContent!)).to.deep.equal(doc);
    $<HTMLDialogElement>(el, 'dialog').close();
  });

  it('speaks the worksheet’s language and gives snippets that keep it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de" dir="rtl"><pw-risk-register></pw-risk-register></div>`);
    const el = wrapper.querySelector<PwRiskRegister>('pw-risk-register')!;
    el.value = sampleRiskRegister();
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, 'button[aria-haspopup="dialog"]');
    expect(button.textContent!.trim()).to.equal('Einbettungscode…');
    button.click();
    await waitUntil(() => snippet(el, 'iframe')?.value.includes('#doc='), 'the embed dialog did not open');
    expect($(el, '#embed-heading').textContent).to.equal('Dieses Arbeitsblatt einbetten');
    const url = new URL(iframeSrc(snippet(el, 'iframe').value));
    expect(url.searchParams.get('lang')).to.equal('de');
    expect(url.searchParams.get('dir')).to.equal('rtl');
    expect(snippet(el, 'script').value).to.contain('<pw-risk-register lang="de" dir="rtl"');
    $<HTMLDialogElement>(el, 'dialog').close();
  });

  it('is axe-clean while open', async () => {
    const el = await register();
    await openWithKeyboard(el);
    await expect(el).to.be.accessible();
  });

  // Keep this test last in the file (see the note at the top).
  it('opens a labelled dialog from the keyboard, moves focus into it, and Escape returns focus', async () => {
    const el = await register();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const before = el.value;
    const dialog = await openWithKeyboard(el);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('embed-heading');
    expect($(el, '#embed-heading').textContent).to.equal('Embed this worksheet');
    expect(dialog.contains(deepActive())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(deepActive()).to.equal(embedButton(el));
    expect(el.value).to.deep.equal(before);
    expect(changes).to.equal(0);
    el.undo();
    expect(el.value).to.deep.equal(before);
  });
});

