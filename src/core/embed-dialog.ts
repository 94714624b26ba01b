import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  embedSrcUrl,
  embedUrl,
  iframeSnippet,
  LOADER_FILE,
  MAX_EMBED_URL,
  normaliseBase,
  packDocument,
  scriptSnippet,
  type EmbedOptions,
} from './embed-code.js';
import { download, fileName } from './files.js';
import { formatNumber, isRtl, type MessageKey, type MessageParams, type Translate } from './i18n.js';

/** Shown when the page gives no clue where the bundle is hosted. */
export const PLACEHOLDER_BASE = 'https://example.org/partnership-worksheets/';

const SCRIPT_FILE = /^(.*\/)(partnership-worksheets\.[a-z-]+\.js)(?:[?#].*)?$/;

/**
 * Where the worksheets' script is hosted and which file it is, when the page tells: this code's own address (the
 * loader's `loader/core.js`, the bundle, a worksheet's own file), or a `<script src>` of the page. Otherwise the
 * placeholder folder, with the loader.
 */
export function hostedScript(): { base: string; file: string } {
  const here = import.meta.url;
  if (/\/loader\/core\.js(?:[?#].*)?$/.test(here)) return { base: new URL('../', here).href, file: LOADER_FILE };
  const own = SCRIPT_FILE.exec(here);
  if (own) return { base: own[1]!, file: own[2]! };
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src*="partnership-worksheets."]')) {
    const found = SCRIPT_FILE.exec(script.src);
    if (found) return { base: found[1]!, file: found[2]! };
  }
  return { base: PLACEHOLDER_BASE, file: LOADER_FILE };
}

/** What the dialog needs from its worksheet. */
export interface EmbedSource extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The current document (a fresh copy). */
  readonly value: { kind: string; title: string };
  /** Messages in the worksheet's locale. */
  readonly t: Translate;
  /** The title to show when the document has none. */
  readonly embedTitle: string;
}

type Snippet = 'iframe' | 'script' | 'src';

/**
 * The "Embed code…" dialog: the `<iframe>` snippet (the document packed into `#doc=`), the script-tag snippet, and
 * the `?src=` form when the packed link would be too long for an LMS editor. It only reads the document.
 */
export class EmbedDialogController implements ReactiveController {
  private readonly script = hostedScript();
  private base = this.script.base;
  private storageKey = '';
  private srcFile = '';
  private packed: string | undefined;
  private copied: Partial<Record<Snippet, MessageKey>> = {};
  private opener: HTMLElement | undefined;
  /** The document as it was when the dialog opened (a modal dialog: it cannot change meanwhile). */
  private doc: { kind: string; title: string } | undefined;

  constructor(private readonly host: EmbedSource) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.embed');
  }

  /** Opens the dialog; focus returns to `opener` when it closes. */
  async open(opener?: HTMLElement): Promise<void> {
    const doc = (this.doc = this.host.value);
    this.opener = opener;
    this.packed = undefined;
    this.copied = {};
    const slug = fileName(doc.title, doc.kind, 'json');
    this.storageKey ||= this.host.getAttribute('storage-key') || `${doc.kind}/${slug.replace(/\.json$/, '')}`;
    this.srcFile = slug;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog?.isConnected && !dialog.open) dialog.showModal(); // not if the worksheet left the page meanwhile
    this.packed = await packDocument(doc);
    this.host.requestUpdate();
  }

  close(): void {
    this.dialog?.close();
  }

  private readonly onClose = (): void => {
    this.doc = undefined;
    this.host.requestUpdate();
    this.opener?.focus();
    this.opener = undefined;
  };

  private options(): EmbedOptions {
    return { storageKey: this.storageKey.trim() || undefined, lang: this.host.t.locale, dir: isRtl(this.host) ? 'rtl' : undefined, kind: this.doc?.kind };
  }

  /** The iframe URL with the packed document, or undefined while packing. */
  get iframeUrl(): string | undefined {
    return this.packed === undefined ? undefined : embedUrl(this.base, this.packed, this.options());
  }

  private async copy(which: Snippet, e: Event): Promise<void> {
    const field = (e.target as HTMLElement).closest('.snippet')!.querySelector('textarea')!;
    try {
      await navigator.clipboard.writeText(field.value);
      this.copied = { [which]: 'core.embed.copied' };
    } catch {
      field.focus();
      field.select();
      this.copied = { [which]: 'core.embed.copyBlocked' };
    }
    this.host.requestUpdate();
  }

  private field(label: MessageKey, value: string, set: (v: string) => void, hint?: MessageKey, params?: MessageParams): TemplateResult {
    return html`<label class="embed-field"
      ><span>${this.host.t(label, params)}</span>
      <input type="text" spellcheck="false" .value=${value} @input=${(e: Event) => (set((e.target as HTMLInputElement).value), this.host.requestUpdate())} />
      ${hint ? html`<small>${this.host.t(hint)}</small>` : nothing}
    </label>`;
  }

  private snippet(which: Snippet, label: MessageKey, text: string | undefined): TemplateResult {
    const id = `embed-${which}`;
    const t = this.host.t;
    return html`<div class="snippet" data-snippet=${which}>
      <label for=${id}>${t(label)}</label>
      <textarea id=${id} readonly rows=${which === 'script' ? 8 : 4} spellcheck="false" .value=${text ?? t('core.embed.preparing')}></textarea>
      <div class="snippet-actions">
        <button type="button" ?disabled=${text === undefined} @click=${(e: Event) => this.copy(which, e)}>${t('core.embed.copy')}</button>
        <span role="status">${this.copied[which] ? t(this.copied[which]) : ''}</span>
      </div>
    </div>`;
  }

  /** The dialog, closed until `open()`; the worksheet renders it in author mode only. */
  render(): TemplateResult {
    return html`<dialog class="embed" aria-labelledby="embed-heading" @close=${this.onClose}>${this.doc ? this.content(this.doc) : nothing}</dialog>`;
  }

  private content(doc: { kind: string; title: string }): TemplateResult {
    const title = doc.title || this.host.embedTitle;
    const base = normaliseBase(this.base || PLACEHOLDER_BASE);
    const url = this.iframeUrl;
    const tooLong = url !== undefined && url.length > MAX_EMBED_URL;
    const t = this.host.t;
    const srcUrl = embedSrcUrl(base, new URL(this.srcFile || 'worksheet.json', base).href, this.options());
    return html`<h2 id="embed-heading">${t('core.embed.heading')}</h2>
      <p>${t('core.embed.intro')}</p>
      ${this.field('core.embed.base', this.base, (v) => (this.base = v), base === PLACEHOLDER_BASE ? 'core.embed.baseHint' : undefined, { file: this.script.file })}
      ${this.field('core.embed.storageKey', this.storageKey, (v) => (this.storageKey = v))}
      <h3>${t('core.embed.iframeHeading')}</h3>
      ${tooLong
        ? html`<p class="embed-warning" role="alert">
            ${t('core.embed.tooLong', { length: formatNumber(t.locale, url!.length), max: formatNumber(t.locale, MAX_EMBED_URL) })}
          </p>`
        : nothing}
      ${this.snippet('iframe', tooLong ? 'core.embed.iframeTooLong' : 'core.embed.iframe', url === undefined ? undefined : iframeSnippet(url, title))}
      ${tooLong
        ? html`${this.field('core.embed.srcFile', this.srcFile, (v) => (this.srcFile = v))}
            <p><button type="button" @click=${() => download(this.srcFile || 'worksheet.json', `${JSON.stringify(doc, null, 2)}\n`, 'application/json')}>${t('core.embed.download')}</button></p>
            ${this.snippet('src', 'core.embed.srcIframe', iframeSnippet(srcUrl, title))}`
        : nothing}
      <h3>${t('core.embed.scriptHeading')}</h3>
      ${this.snippet('script', 'core.embed.script', scriptSnippet(base, this.host.localName, doc, this.options(), this.script.file))}
      <p>${t('core.embed.resizerBefore')} <code>${base}embed/resizer.js</code> ${t('core.embed.resizerAfter')}</p>
      <div class="embed-close"><button type="button" class="primary" @click=${() => this.close()}>${t('core.embed.close')}</button></div>`;
  }
}

export const embedDialogStyles = css`
  dialog.embed {
    width: min(46rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    box-sizing: border-box;
    padding: calc(var(--_pw-space) * 3);
    color: var(--_pw-text);
    background: var(--_pw-surface);
    border: 1px solid var(--_pw-border);
    border-radius: calc(var(--_pw-radius) * 1.5);
  }
  dialog.embed::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog.embed h2 {
    margin: 0 0 var(--_pw-space);
    font-size: 1.25em;
  }
  dialog.embed h3 {
    margin: calc(var(--_pw-space) * 2.5) 0 var(--_pw-space);
    font-size: 1em;
  }
  .embed-field,
  .snippet {
    display: grid;
    gap: calc(var(--_pw-space) / 2);
    margin-block: var(--_pw-space);
  }
  .embed-field small {
    color: var(--_pw-muted);
  }
  .snippet textarea {
    width: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    resize: vertical;
    word-break: break-all;
  }
  .snippet-actions {
    display: flex;
    align-items: center;
    gap: var(--_pw-space);
  }
  .embed-warning {
    padding: var(--_pw-space);
    border-radius: var(--_pw-radius);
    background: var(--_pw-warning-surface);
  }
  dialog.embed code {
    overflow-wrap: anywhere;
  }
  .embed-close {
    display: flex;
    justify-content: flex-end;
    margin-top: calc(var(--_pw-space) * 2);
  }
`;
