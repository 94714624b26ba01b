import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { validateWith, type KindSpec } from '../models/shared/kind.js';
import { setDocumentTitle } from '../models/shared/ops.js';
import { voiceFrom, type ReportVoice } from '../models/shared/report.js';
import type { ValidationError, ValidationResult } from '../models/shared/result.js';
import { fingerprint } from '../models/shared/text.js';
import { AutosaveController, type AutosaveHost } from './autosave.js';
import { changeEvent, PwInvalidEvent, PwStorageEvent, type InvalidSource, type StorageState } from './events.js';
import type { EmbedDialogController } from './embed-dialog.js';
import { defaultActivityId, XAPI_EXTENSION, XapiController, type XapiSubject } from './xapi.js';
import { download, fileName, MAX_IMPORT_BYTES } from './files.js';
import { commitOnEnter } from './fields.js';
import { History } from './history.js';
import { icons } from './icons.js';
import { baseStyles, tokens } from './styles.js';
import { formatNumber, isRtl, langOf, localeReady, messagesRevision, onLocaleChange, resolveLocale, translator, type MessageKey, type MessageOverrides, type Translate } from './i18n.js';
import './messages.js';

export interface WorksheetDocument {
  kind: string;
  version: number;
  title: string;
  [extra: string]: unknown;
}

interface Notice {
  tone: 'error' | 'warning';
  /** The message, written when it is shown (in the locale of that moment). */
  text: string;
  errors?: ValidationError[];
  actions?: Array<{ label: string; run: () => void }>;
}

/** How many errors a message lists before it summarises the rest. */
const LISTED_ERRORS = 8;

const isTextEntry = (el: Element | undefined): el is HTMLInputElement | HTMLTextAreaElement =>
  !!el && (el.localName === 'textarea' || (el.localName === 'input' && !['checkbox', 'radio', 'button', 'range'].includes((el as HTMLInputElement).type)));

/** JSON text of any value, or undefined when it cannot be written (cycles, BigInt). */
function safeStringify(input: unknown): string | undefined {
  try {
    return JSON.stringify(input);
  } catch {
    return undefined;
  }
}

/**
 * A text's length and 53-bit fingerprint: enough to tell a document from an edited copy of it without keeping the
 * text, which for 1,000 risks is half a megabyte.
 */
const printOf = (text: string): string => `${text.length}:${fingerprint(text)}`;

/**
 * The face every worksheet shares: `value`, `toJSON()`, undo/redo, `readonly`, `storage-key` autosave, form
 * association, the initial document from a child `<script type="application/json">`, the toolbar, messages
 * and announcements. A worksheet supplies its kind's spec and renders its body with `renderWorksheet()`.
 *
 * @slot - Instructions shown above the worksheet (for example the assignment prompt).
 *
 * @fires {Event} change - After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`.
 * @fires {Event} input - While a gesture (a drag) is under way; `change` follows when it ends.
 * @fires {PwInvalidEvent} pw-invalid - A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged.
 * @fires {PwStorageEvent} pw-storage - Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`.
 * @fires {PwXapiEvent} pw-xapi - An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON.
 *
 * @csspart header - The title and toolbar row.
 * @csspart title - The document title field.
 * @csspart toolbar - Undo, redo, import and export actions.
 * @csspart message - A message about refused input or storage.
 *
 * @cssprop --pw-font-family - Font of the worksheet.
 * @cssprop --pw-font-size - Base font size.
 * @cssprop --pw-color-text - Text colour.
 * @cssprop --pw-color-muted - Secondary text colour.
 * @cssprop --pw-color-surface - Background.
 * @cssprop --pw-color-surface-raised - Background of panels, buttons and table headers.
 * @cssprop --pw-color-surface-sunken - Background of hovered rows and filter bars.
 * @cssprop --pw-color-border - Borders.
 * @cssprop --pw-color-accent - Accent (primary buttons, selection).
 * @cssprop --pw-color-on-accent - Text on the accent colour.
 * @cssprop --pw-color-focus - Focus ring.
 * @cssprop --pw-color-danger - Errors and overdue flags.
 * @cssprop --pw-color-danger-surface - Background of error messages.
 * @cssprop --pw-color-warning-surface - Background of warnings.
 * @cssprop --pw-radius - Corner radius.
 * @cssprop --pw-space - Base spacing unit.
 */
export abstract class WorksheetElement<D extends WorksheetDocument> extends LitElement implements AutosaveHost<D> {
  /** @internal */
  static formAssociated = true;
  static override styles = [tokens, baseStyles];

  /**
   * Checks a document (an object or JSON text) for this worksheet, without an element: the verdict setting `value`
   * would give (older versions migrated), the same as the models' `validate` for this kind, and a document of
   * another kind refused at `/kind`. For a page that has only this worksheet's code (through the loader, or its own
   * file), e.g. `customElements.get('pw-risk-register').validate(text)`.
   */
  static validate(input: unknown): ValidationResult<WorksheetDocument> {
    const spec = (this.prototype as unknown as { spec?: KindSpec<WorksheetDocument> }).spec;
    if (!spec) throw new TypeError('validate() needs a worksheet class');
    return validateWith(spec, input);
  }

  /** Review mode: everything is shown, nothing can be edited. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey: string | null = null;

  /** The form field name: inside a `<form>`, the form data holds the document as JSON under this name. */
  @property({ reflect: true }) name: string | null = null;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the system. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Learner view: hides the author's actions (the "Embed code…" dialog). The embed and SCORM pages set it. */
  @property({ type: Boolean, reflect: true }) learner = false;

  /** Offers a "Mark complete" toggle; turning it on fires a `completed` xAPI statement. */
  @property({ type: Boolean, reflect: true }) completable = false;

  /** Whether the learner has marked the work complete (with `completable`). Not part of the document. */
  @property({ type: Boolean, reflect: true }) complete = false;

  /** The xAPI activity IRI of this worksheet; by default the page's URL with the autosave key or the kind. */
  @property({ attribute: 'activity-id', reflect: true }) activityId: string | null = null;

  /**
   * Strings for this element only, by message key (see the README's "Languages" section): they win over the
   * page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code.
   */
  @property({ attribute: false }) messages: MessageOverrides | undefined;

  /**
   * The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and
   * dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`.
   */
  @property() locale: string | undefined;

  /** @internal Messages in this element's locale. */
  @state() t: Translate = translator('en');
  /** @internal True when the worksheet is laid out right to left (`dir="rtl"` on it or an ancestor). */
  @state() protected rtl = false;
  /** @internal Overrides from a child `<script data-messages>`. */
  private scriptMessages: MessageOverrides | undefined;
  private stopLocale: (() => void) | undefined;

  /** @internal What `t` was made from: a new `t` (which empties the caches keyed on it) only when this changes. */
  private madeFrom: { locale: string; messages: unknown; revision: number } | undefined;

  /** @internal The loading of this worksheet's language, while it lasts: updates wait for it (no English flash). */
  private pendingLocale: Promise<void> | undefined;

  /** @internal Re-reads `lang`, `dir` and the messages; called when any of them may have changed. */
  protected readonly refreshLocale = (): void => {
    const locale = resolveLocale(this.locale || langOf(this));
    const ready = localeReady(locale);
    if (ready) {
      // The words are on their way: keep the current ones, and render once they are here.
      this.pendingLocale ??= ready.then(() => {
        this.pendingLocale = undefined;
        this.refreshLocale();
      });
      this.requestUpdate();
      return;
    }
    const made = this.madeFrom;
    if (!made || made.locale !== locale || made.messages !== this.messages || made.revision !== messagesRevision()) {
      this.madeFrom = { locale, messages: this.messages, revision: messagesRevision() };
      this.t = translator(locale, { ...this.scriptMessages, ...this.messages });
      // A worksheet nobody has given a document or touched starts from the empty document in its own language.
      if (this.untouched) this.doc = this.initialDoc = this.localizeEmpty(this.spec.empty());
    }
    this.rtl = isRtl(this);
  };

  /** @internal The current document (immutable: every edit makes a new one). */
  @state() protected doc!: D;
  /** @internal */
  @state() private invalidNotice: Notice | undefined;
  /** @internal */
  @state() private storageNotice: Notice | undefined;
  /** @internal */
  @state() private saveState: StorageState | 'saving' | undefined;
  /** @internal */
  @state() private formDisabled = false;
  /** @internal */
  @state() protected announcement = '';

  /** @internal */
  protected abstract get spec(): KindSpec<D>;
  /** @internal The worksheet's own view, below the toolbar. */
  protected abstract renderWorksheet(): TemplateResult;
  /** @internal What to call an untitled document, e.g. "Untitled risk register". */
  protected abstract get untitled(): string;
  /** @internal Content above the slotted children (a playbook's table of contents). */
  protected renderBeforeSlot(): TemplateResult | typeof nothing {
    return nothing;
  }
  /**
   * @internal Further export formats of a worksheet (e.g. a chart as SVG), shown after the shared ones. The toolbar
   * renders again only when what it shows changes (the language among it), so a label may depend on `t` alone.
   */
  protected get extraExports(): Array<{ label: string; run: () => void }> {
    return [];
  }

  /**
   * @internal The empty document in the worksheet's language: the names it starts with (default segments, teams).
   * English as the models write it, unless a worksheet says otherwise.
   */
  protected localizeEmpty(doc: D): D {
    return doc;
  }
  /** @internal The empty document this worksheet starts from, in its language (a playbook compares with it). */
  get emptyValue(): D {
    return this.localizeEmpty(this.spec.empty());
  }
  /** @internal True while nobody has given this worksheet a document or edited it. */
  get untouched(): boolean {
    return this.pristine && this.doc === this.initialDoc;
  }
  /** @internal True until the worksheet is given a document (value, script, autosave) or edited. */
  private pristine = true;

  /** @internal What the embed snippets call an untitled document. */
  get embedTitle(): string {
    return this.untitled;
  }

  /** @internal */
  protected readonly history = new History<D>(100);
  /** @internal */
  protected readonly autosave = new AutosaveController<D>(this);
  /**
   * @internal The "Embed code…" dialog (author mode), with its styles: loaded the first time it is asked for, since
   * a learner never opens it (a page through the loader fetches it then; the one-file builds carry it inline).
   */
  protected embedDialog: EmbedDialogController | undefined;

  /** @internal Opens the "Embed code…" dialog; focus returns to `opener` when it closes. */
  protected async openEmbedDialog(opener: HTMLElement): Promise<void> {
    if (!this.embedDialog) {
      let loaded: typeof import('./embed-dialog.js');
      try {
        loaded = await import('./embed-dialog.js');
      } catch (e) {
        this.invalidNotice = { tone: 'error', text: this.t('core.embed.unavailable', { reason: e instanceof Error ? e.message : String(e) }) };
        return;
      }
      if (!this.embedDialog) {
        // Its styles join the worksheet's (a constructed sheet: no inline style for the page's CSP to refuse).
        const root = this.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, loaded.embedDialogStyles.styleSheet!];
        this.embedDialog = new loaded.EmbedDialogController(this);
      }
    }
    await this.embedDialog.open(opener);
  }
  /** @internal xAPI statements as `pw-xapi` events. */
  protected readonly xapi = new XapiController(this);

  /** @internal What the xAPI statements are about. */
  get xapiSubject(): XapiSubject {
    return {
      kind: this.spec.kind,
      title: this.doc.title || this.untitled,
      activityId: this.activityId || defaultActivityId(this.spec.kind, this.storageKey, location.href),
      document: this.doc,
    };
  }

  /** Marks the work complete (or not) as the learner's toggle does; `completed` is sent when it turns on. */
  markComplete(complete = true): void {
    if (complete === this.complete) return;
    this.complete = complete;
    if (complete) this.xapi.send('completed', { completion: true });
    this.announce(this.t(complete ? 'core.markedComplete' : 'core.notComplete'));
  }
  /** @internal */
  private readonly internals: ElementInternals;
  private initialDoc!: D;
  private initialised = false;
  private valueFromCode = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.doc = this.initialDoc = this.emptyDocument();
    this.addEventListener('keydown', this.onHostKeyDown);
    // A property set before the element was upgraded shadows the accessor; route it through the setter.
    if (Object.hasOwn(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early;
    }
  }

  /**
   * The current document, as a fresh plain object. Setting it accepts a document object or JSON text:
   * a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires
   * `pw-invalid`. Never throws.
   */
  get value(): D {
    return JSON.parse(JSON.stringify(this.doc)) as D;
  }
  set value(input: unknown) {
    // Frameworks set properties again on every render: the very same object (or text), unchanged since it
    // was set, is not a new document and must not throw away the learner's edits and undo history.
    // An object is remembered weakly (holding it would keep the caller's whole copy of the document alive, about as
    // much memory as the worksheet's own), with a fingerprint of its JSON then, to tell "the same object, unchanged"
    // from "changed". Text is remembered by its fingerprint too; neither copy of a large document is kept.
    const isObject = typeof input === 'object' && input !== null;
    const json = isObject ? safeStringify(input) : undefined;
    const print = json !== undefined ? printOf(json) : typeof input === 'string' ? printOf(input) : undefined;
    const last = this.lastSet;
    if (
      last &&
      (isObject
        ? last.object?.deref() === input && print === last.print
        : !last.object && (print === undefined ? input === last.input : print === last.print))
    ) {
      return;
    }
    this.lastSet = isObject ? { object: new WeakRef(input), print } : print === undefined ? { input } : { print };
    const result = this.check(input);
    if (!result.ok) {
      this.refuse(result.errors, 'value', this.t('core.refused.value'));
      return;
    }
    this.invalidNotice = undefined;
    this.pristine = false;
    this.doc = result.value;
    this.history.clear();
    if (!this.initialised) {
      this.initialDoc = result.value;
      this.valueFromCode = true;
      return;
    }
    this.autosave.schedule();
    this.syncForm();
  }

  /**
   * @internal What `value` was last set to: an object (weakly) and the fingerprint of its JSON then, the fingerprint
   * of a text, or any other value itself.
   */
  private lastSet: { object?: WeakRef<object>; print?: string; input?: unknown } | undefined;

  /** The document, so that `JSON.stringify(element)` writes it. */
  toJSON(): D {
    return this.value;
  }

  /** Steps back through the user's edits. */
  undo(): void {
    this.step('undo');
  }

  /** Steps forward again through undone edits. */
  redo(): void {
    this.step('redo');
  }

  /** @internal True when nothing may be edited (the `readonly` attribute or a disabled fieldset). */
  protected get isReadonly(): boolean {
    return this.readonly || this.formDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopLocale = onLocaleChange(this.refreshLocale);
    if (!this.initialised) this.readMessages();
    this.refreshLocale();
    if (this.initialised) return;
    this.initialised = true;
    if (!this.valueFromCode && !this.readScript() && document.readyState === 'loading') {
      // Upgraded while the page is still parsing: the script child may not exist yet.
      document.addEventListener('DOMContentLoaded', () => this.history.canUndo || this.valueFromCode || this.readScript(), { once: true });
    }
    this.autosave.attach(this.storageKey);
    this.syncForm();
  }

  /** @internal An update waits for the messages of the worksheet's language, the first time that language is used. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.pendingLocale ? this.pendingLocale.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLocale?.();
  }

  /** Reads author strings from a child `<script type="application/json" data-messages>`; bad JSON is reported. */
  private readMessages(): void {
    const script = this.querySelector(':scope > script[type="application/json"][data-messages]');
    if (!script) return;
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        this.scriptMessages = Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string' || (v && typeof v === 'object')));
        return;
      }
      console.warn(`<${this.localName}>: the data-messages script must hold an object of message keys and strings.`);
    } catch (e) {
      console.warn(`<${this.localName}>: the data-messages script is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('messages') || changed.has('locale')) && this.isConnected) this.refreshLocale();
    if (changed.has('storageKey') && this.initialised && changed.get('storageKey') !== undefined) {
      this.autosave.attach(this.storageKey);
    }
  }

  /** Reads the initial document from a child `<script type="application/json">`; true when one was found. */
  private readScript(): boolean {
    const script = this.querySelector(':scope > script[type="application/json"]:not([data-messages])');
    if (!script) return false;
    const result = this.check(script.textContent ?? '');
    if (result.ok) {
      this.pristine = false;
      this.doc = this.initialDoc = result.value;
      this.syncForm();
    } else {
      this.refuse(result.errors, 'script', this.t('core.refused.script'));
    }
    return true;
  }

  /** @internal The subclass's spec lives on its prototype, so it can be read here even during construction. */
  private emptyDocument(): D {
    return this.spec.empty();
  }

  /** @internal Parse → migrate → validate against this worksheet's kind. */
  protected check(input: unknown): ValidationResult<D> {
    return validateWith(this.spec, input);
  }

  /** @internal Shows refused input in the message region and fires `pw-invalid`. */
  protected refuse(errors: ValidationError[], source: InvalidSource, text: string): void {
    this.invalidNotice = { tone: 'error', text, errors };
    this.dispatchEvent(new PwInvalidEvent({ errors, source }));
  }

  /**
   * @internal Applies a user edit: one undo step, autosave, form value, an announcement and a `change` event.
   */
  protected commit(next: D, announcement: string, previous: D = this.doc): void {
    if (this.isReadonly || next === previous) return;
    this.pristine = false;
    this.history.record(previous, announcement);
    this.doc = next;
    this.edited(announcement);
  }

  /**
   * @internal Shows an edit in progress (a drag) without committing it: the view and `value` follow, an
   * `input` event fires, and the gesture ends with `commit(this.doc, label, startDocument)`: one undo step.
   */
  protected preview(next: D): void {
    if (this.isReadonly || next === this.doc) return;
    this.pristine = false;
    this.doc = next;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private edited(announcement: string): void {
    this.autosave.schedule();
    if (this.storageKey && !this.autosave.conflict) this.saveState = 'saving';
    this.syncForm();
    this.announce(announcement);
    this.dispatchEvent(changeEvent());
    this.xapi.edited();
  }

  private step(direction: 'undo' | 'redo'): void {
    if (this.isReadonly) return;
    const step = direction === 'undo' ? this.history.undo(this.doc) : this.history.redo(this.doc);
    if (!step) return;
    this.doc = step.state;
    this.edited(this.t(direction === 'undo' ? 'core.undone' : 'core.redone', { label: step.label }));
  }

  /** @internal Says something to screen-reader users through the polite live region. */
  protected announce(text: string): void {
    // A repeated message must still be read out, so alternate a trailing no-break space.
    this.announcement = text === this.announcement.trimEnd() && !this.announcement.endsWith('\u00a0') ? `${text}\u00a0` : text;
  }

  /** @internal A pending form-value update (outside a form). */
  private formSync: ReturnType<typeof setTimeout> | undefined;

  private syncForm(): void {
    clearTimeout(this.formSync);
    const write = () => {
      this.formSync = undefined;
      this.internals.setFormValue(JSON.stringify(this.doc));
    };
    // A form reads the value synchronously (FormData, submit): keep it exact there. Outside a form only state
    // restoration reads it, so a burst of edits to a large document is written out once, after the burst.
    if (this.internals.form) write();
    else this.formSync = setTimeout(write, 250);
  }

  /** @internal Joined or left a form: write the value now. */
  formAssociatedCallback(): void {
    this.syncForm();
  }

  /** @internal */
  formResetCallback(): void {
    this.doc = this.initialDoc;
    this.history.clear();
    this.autosave.schedule();
    this.syncForm();
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ── autosave host ────────────────────────────────────────────────

  /** @internal */
  get autosaveDocument(): D {
    return this.doc;
  }

  /** @internal */
  checkStored(input: unknown): ValidationResult<D> {
    return this.check(input);
  }

  /** @internal */
  restoreStored(doc: D): void {
    this.pristine = false;
    this.doc = doc;
    this.history.clear();
    this.syncForm();
  }

  /** @internal */
  reportStorage(state: StorageState, message: string): void {
    this.saveState = state;
    const tone = state === 'quota' || state === 'unavailable' ? 'error' : 'warning';
    if (state === 'saved' || state === 'restored' || state === 'synced') {
      this.storageNotice = undefined;
      if (state !== 'saved') this.announce(message);
    } else if (state === 'conflict') {
      this.storageNotice = {
        tone,
        text: message,
        actions: [
          { label: this.t('core.storage.loadNewer'), run: () => this.autosave.loadNewer() },
          { label: this.t('core.storage.keepThis'), run: () => this.autosave.overwrite() },
        ],
      };
    } else {
      this.storageNotice = { tone, text: message };
    }
    this.dispatchEvent(new PwStorageEvent({ key: this.storageKey ?? '', state, message }));
  }

  // ── keyboard ─────────────────────────────────────────────────────

  private readonly onHostKeyDown = (e: KeyboardEvent): void => {
    // A worksheet nested in a playbook has already answered the shortcut.
    if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
    const undo = key === 'z' && !e.shiftKey;
    if (!undo && !redo) return;
    // Text being typed but not yet committed keeps the browser's own undo.
    const target = e.composedPath()[0] as Element | undefined;
    if (isTextEntry(target) && target.dataset.dirty === 'true') return;
    e.preventDefault();
    this.step(undo ? 'undo' : 'redo');
  };

  /** @internal Marks a text field as holding uncommitted text, for the undo shortcut above. */
  protected markDirty = (e: Event): void => {
    (e.target as HTMLElement).dataset.dirty = 'true';
  };

  /** @internal Reads a committed text field and clears its dirty mark. */
  protected committedText(e: Event): string {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement;
    delete el.dataset.dirty;
    return el.value;
  }

  // ── files ────────────────────────────────────────────────────────

  private exportAs(format: 'json' | 'csv' | 'md'): void {
    const { title } = this.doc;
    const base = this.spec.kind;
    if (format === 'json') download(fileName(title, base, 'json'), `${JSON.stringify(this.doc, null, 2)}\n`, 'application/json');
    else if (format === 'csv') download(fileName(title, base, 'csv'), this.spec.toCSV!(this.doc), 'text/csv;charset=utf-8');
    else download(fileName(title, base, 'md'), this.spec.toMarkdown(this.doc, this.reportVoice()), 'text/markdown;charset=utf-8');
    this.announce(this.t('core.exported', { format: format === 'md' ? 'Markdown' : format.toUpperCase() }));
    this.xapi.send('answered', { extensions: { [XAPI_EXTENSION.format]: format } });
  }

  /**
   * The Markdown report in the worksheet's language: each sentence from its `report.<English>` message (or the
   * worksheet message the report names), English when there is none; numbers in the worksheet's locale.
   */
  protected reportVoice(): ReportVoice {
    const t = this.t;
    return voiceFrom(t.locale, (key, params) => (t.has(key as MessageKey) ? t(key as MessageKey, params) : undefined));
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const errors = (text: string): void => this.refuse([{ path: '', message: text }], 'import', this.t('core.refused.import', { name: file.name }));
    if (file.size > MAX_IMPORT_BYTES) {
      const size = formatNumber(this.t.locale, file.size / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return errors(this.t('core.import.tooLarge', { size, limit: MAX_IMPORT_BYTES / 1e6 }));
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      return errors(this.t('core.import.unreadable', { reason: err instanceof Error ? err.message : String(err) }));
    }
    await this.importText(text, file.name);
  }

  /** @internal Imports a document as one undoable user edit; also used by tests and drop targets. */
  protected async importText(text: string, name = 'file'): Promise<boolean> {
    const result = this.check(text);
    if (!result.ok) {
      this.refuse(result.errors, 'import', this.t('core.refused.import', { name }));
      return false;
    }
    this.invalidNotice = undefined;
    this.commit(result.value, this.t('core.imported', { name }));
    return true;
  }

  // ── rendering ────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const ro = this.isReadonly;
    return html`
      <div class="header" part="header">
        <h2 class="doc-title">
          ${ro
            ? this.doc.title || this.untitled
            : html`<textarea
                part="title"
                rows="1"
                aria-label=${this.t('core.title.label')}
                placeholder=${this.untitled}
                .value=${this.doc.title}
                @input=${this.markDirty}
                @keydown=${commitOnEnter}
                @change=${(e: Event) => this.commit(setDocumentTitle(this.doc, this.committedText(e)), this.t('core.title.changed'))}
              ></textarea>`}
        </h2>
        ${guard(
          // Everything the toolbar shows: an edit in a long worksheet does not walk it again.
          [ro, this.t, this.history.canUndo, this.history.canRedo, this.learner, this.completable, this.complete, this.storageKey, this.saveState],
          () => this.renderToolbar(ro),
        )}
      </div>
      ${ro || this.learner || !this.embedDialog ? nothing : this.embedDialog.render()}
      ${this.renderBeforeSlot()}
      <slot></slot>
      <div role="alert">${this.renderNotice(this.invalidNotice, () => (this.invalidNotice = undefined))}${this.renderNotice(this.storageNotice)}</div>
      ${this.renderWorksheet()}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  private renderToolbar(ro: boolean): TemplateResult {
    return html`
      <div part="toolbar" role="group" aria-label=${this.t('core.toolbar.label')}>
        ${ro
          ? nothing
          : html`<span class="group">
              <!-- aria-disabled, not disabled: focus stays on the button when the history runs out -->
              <button type="button" class="icon" aria-label=${this.t('core.undo')} title=${this.t('core.undo.hint')} aria-disabled=${String(!this.history.canUndo)} @click=${this.undo}>
                ${icons.undo}
              </button>
              <button type="button" class="icon" aria-label=${this.t('core.redo')} title=${this.t('core.redo.hint')} aria-disabled=${String(!this.history.canRedo)} @click=${this.redo}>
                ${icons.redo}
              </button>
              <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>
                ${icons.upload} ${this.t('core.import')}
              </button>
              <input type="file" accept=".json,application/json" hidden @change=${this.importFile} />
            </span>`}
        <span class="group">
          <span class="group-label" id="export-label">${this.t('core.export')}</span>
          <button type="button" aria-describedby="export-label" @click=${() => this.exportAs('json')}>JSON</button>
          ${this.spec.toCSV ? html`<button type="button" aria-describedby="export-label" @click=${() => this.exportAs('csv')}>CSV</button>` : nothing}
          <button type="button" aria-describedby="export-label" @click=${() => this.exportAs('md')}>Markdown</button>
          ${this.extraExports.map((x) => html`<button type="button" aria-describedby="export-label" @click=${x.run}>${x.label}</button>`)}
        </span>
        ${ro || this.learner ? nothing : html`<button type="button" aria-haspopup="dialog" @click=${(e: Event) => this.openEmbedDialog(e.currentTarget as HTMLElement)}>${this.t('core.embedCode')}</button>`}
        ${this.completable && !ro
          ? html`<button type="button" class="complete" aria-pressed=${String(this.complete)} @click=${() => this.markComplete(!this.complete)}>
              ${this.complete ? html`${icons.check} ${this.t('core.completed')}` : this.t('core.markComplete')}
            </button>`
          : nothing}
        ${this.storageKey && !ro ? html`<span class="save-state" data-state=${this.saveState ?? 'idle'}>${this.saveLabel()}</span>` : nothing}
      </div>
    `;
  }

  private saveLabel(): string {
    switch (this.saveState) {
      case 'saving':
        return this.t('core.save.saving');
      case 'quota':
      case 'unavailable':
        return this.t('core.save.failed');
      case 'conflict':
        return this.t('core.save.conflict');
      case undefined:
        return this.t('core.save.on');
      default:
        return this.t('core.save.saved');
    }
  }

  /**
   * @internal A validation error in the worksheet's language. English shows the model's own words (the most
   * precise: they name the field and what was found), and so does a language without a message for the problem's
   * code; the shipped languages say each code in their words.
   */
  protected errorText(e: ValidationError): string {
    if (!e.code || this.t.locale.split('-')[0] === 'en' || !this.t.has(`core.error.${e.code}`)) return e.message;
    const params = { ...e.params };
    if (e.code === 'type' && typeof params.expected === 'string') {
      params.expected = this.t(`core.type.${params.expected as 'text' | 'number' | 'boolean' | 'list' | 'object'}`);
    }
    const text = this.t(`core.error.${e.code}`, params);
    // A playbook's section names itself before its problem, as the English message does.
    return typeof params.section === 'string' ? `${params.section}: ${text}` : text;
  }

  private renderNotice(notice: Notice | undefined, dismiss?: () => void): TemplateResult | typeof nothing {
    if (!notice) return nothing;
    const errors = notice.errors ?? [];
    return html`
      <div part="message" data-tone=${notice.tone}>
        <p>${notice.text}</p>
        ${errors.length
          ? html`<ul>
              ${errors.slice(0, LISTED_ERRORS).map((e) => html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${this.errorText(e)}</li>`)}
              ${errors.length > LISTED_ERRORS ? html`<li>${this.t('core.notice.more', { count: errors.length - LISTED_ERRORS })}</li>` : nothing}
            </ul>`
          : nothing}
        ${notice.actions || dismiss
          ? html`<div class="message-actions">
              ${notice.actions?.map((a) => html`<button type="button" @click=${a.run}>${a.label}</button>`)}
              ${dismiss ? html`<button type="button" @click=${dismiss}>${this.t('core.notice.dismiss')}</button>` : nothing}
            </div>`
          : nothing}
      </div>
    `;
  }
}
