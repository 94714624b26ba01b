import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { MessageKey, Translate } from '../../core/i18n.js';
import { WorksheetElement, type WorksheetDocument } from '../../core/worksheet-element.js';
import type { KindSpec } from '../../models/shared/kind.js';
import { checkSections } from '../../models/playbook/spec.js';
import type { PlaybookDocument, PlaybookSection } from '../../models/playbook/types.js';
import { playbookSpec, specFor } from '../../models/registry.js';
import './messages.js';

type Doc = PlaybookDocument;
type Section = WorksheetElement<WorksheetDocument> & HTMLElement;

/** A worksheet element is any custom element whose class is a WorksheetElement (tag `pw-<kind>`). */
const isWorksheet = (el: Element): el is Section => el instanceof WorksheetElement && !(el instanceof PwPlaybook);

/** What each kind is called in the table of contents. */
const KIND_KEY: Record<string, MessageKey> = {
  'segmentation-matrix': 'playbook.kind.segmentation-matrix',
  'deal-comparator': 'playbook.kind.deal-comparator',
  'okr-builder': 'playbook.kind.okr-builder',
  'risk-register': 'playbook.kind.risk-register',
  'governance-charter': 'playbook.kind.governance-charter',
};

const kindLabel = (t: Translate, kind: unknown): string | undefined =>
  typeof kind === 'string' && Object.hasOwn(KIND_KEY, kind) ? t(KIND_KEY[kind]!) : undefined;

/** A section's name: its own title, else what its kind is called, else its place. */
const sectionName = (t: Translate, section: { kind?: unknown; title?: unknown }, index: number): string =>
  (typeof section.title === 'string' && section.title.trim()) || kindLabel(t, section.kind) || t('playbook.section.numbered', { n: index + 1 });

/**
 * A section has been started when its worksheet has been given or has made a document that differs from a new,
 * empty one of its kind (the title aside): as the models write it, or as its worksheet starts it in the page's
 * language (`emptyValue`).
 */
function started(section: PlaybookSection, el?: Element): boolean {
  if ((el as { untouched?: boolean } | undefined)?.untouched) return false;
  const empties = [specFor(section.kind)?.empty(), (el as { emptyValue?: unknown } | undefined)?.emptyValue].filter((d) => d !== undefined);
  if (!empties.length) return true;
  const key = (doc: unknown) => JSON.stringify({ ...(doc as object), title: '' });
  return !empties.some((empty) => key(empty) === key(section));
}

/**
 * A partnership strategy playbook: the worksheet elements placed inside it, gathered into one document with
 * a table of contents, one autosave, whole-playbook exports and a print-ready view.
 *
 * @summary Gathers worksheet elements into one playbook document with a table of contents, exports and print view.
 *
 * @slot - The worksheet elements, in playbook order (`<pw-segmentation-matrix>`, `<pw-risk-register>` …), and any instructions.
 *
 * @csspart contents - The table of contents.
 * @csspart section-link - One entry of the table of contents.
 */
export class PwPlaybook extends WorksheetElement<Doc> {
  static override styles = [
    ...WorksheetElement.styles,
    css`
      nav {
        border: 1px solid var(--_pw-border);
        border-radius: var(--_pw-radius);
        background: var(--_pw-raised);
        padding: var(--_pw-space) calc(var(--_pw-space) * 1.5);
        margin-bottom: calc(var(--_pw-space) * 2);
      }
      nav h3 {
        margin: 0 0 0.35rem;
        font-size: 1em;
      }
      nav ol {
        margin: 0;
        padding-inline-start: 1.4em;
        display: grid;
        gap: 0.2rem;
      }
      nav button {
        border: 0;
        background: none;
        padding: 0.1rem 0;
        min-height: 0;
        text-align: start;
        color: var(--_pw-accent);
        text-decoration: underline;
      }
      .state {
        margin-inline-start: 0.5em;
        font-size: 0.8em;
        padding: 0.05em 0.5em;
        border-radius: 999px;
        border: 1px solid var(--_pw-border);
        color: var(--_pw-muted);
      }
      .state[data-started] {
        color: var(--_pw-text);
        font-weight: 600;
      }
      ::slotted(*) {
        margin-bottom: calc(var(--_pw-space) * 3);
      }
      @media print {
        nav {
          break-after: page;
        }
        ::slotted(*) {
          break-before: page;
        }
      }
    `,
  ];

  /** @internal True while the document is being gathered from the children, so it is not handed back to them. */
  private fromChildren = false;
  /** @internal Bumped when a child changes, to redraw the table of contents. */
  @state() private childRevision = 0;
  /** @internal */
  private observer?: MutationObserver;
  /** @internal Sections that were given the playbook's `locale` (and only those lose it when it is cleared). */
  private readonly givenLocale = new WeakSet<Section>();

  /** @internal */
  protected override get spec(): KindSpec<Doc> {
    return playbookSpec as KindSpec<Doc>;
  }
  /** @internal */
  protected override get untitled(): string {
    return this.t('playbook.untitled');
  }
  /** @internal */
  protected override get extraExports() {
    return [{ label: this.t('playbook.print'), run: () => window.print() }];
  }

  /** @internal The worksheet elements inside, in order. */
  private sectionElements(): Section[] {
    return [...this.children].filter(isWorksheet);
  }

  override connectedCallback(): void {
    this.addEventListener('change', this.onSectionChange);
    this.addEventListener('input', this.onSectionInput);
    // The playbook speaks for its sections in xAPI too: one activity, its own statements.
    this.addEventListener('pw-xapi', this.onSectionStatement);
    super.connectedCallback();
    // Authors may add or remove worksheets by hand (or a framework may): gather again.
    this.observer = new MutationObserver(() => {
      this.syncChildren();
      this.gather('children');
    });
    this.observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** With no document of its own, the playbook starts from what its children hold. */
  private gatherInitial(): void {
    if (!this.doc.sections.length && this.sectionElements().length) this.gather('children');
  }

  /** Reads the sections from the children into the document (no undo step: the child keeps its own). */
  private gather(reason: 'children' | 'edit', previous?: Doc): void {
    const sections = this.sectionElements().map((el) => el.value as PlaybookSection);
    const next: Doc = { ...this.doc, sections };
    if (JSON.stringify(next.sections) === JSON.stringify(this.doc.sections)) return;
    this.fromChildren = true;
    if (reason === 'edit' && previous) this.commit(next, this.t('playbook.sectionEdited'), previous);
    else {
      this.doc = next;
      this.autosave.schedule();
    }
    this.childRevision++;
  }

  /** A child's committed edit becomes one playbook edit: a single `change` from the playbook, one undo step here. */
  private onSectionChange = (e: Event): void => {
    if (e.target === this || !isWorksheet(e.target as Element)) return;
    e.stopPropagation();
    this.gather('edit', this.doc);
  };

  private onSectionStatement = (e: Event): void => {
    if (e.target !== this) e.stopPropagation();
  };

  /** A child's gesture in progress (a drag) keeps `value` current without an undo step. */
  private onSectionInput = (e: Event): void => {
    if (e.target === this || !isWorksheet(e.target as Element)) return;
    this.fromChildren = true;
    this.doc = { ...this.doc, sections: this.sectionElements().map((el) => el.value as PlaybookSection) };
  };

  /** Hands each section to the matching child, creating missing children and removing extra ones. */
  private distribute(sections: readonly PlaybookSection[]): void {
    this.observer?.disconnect();
    const existing = this.sectionElements();
    let at = 0;
    for (const section of sections) {
      let el: Section | undefined = existing[at];
      if (el && el.localName !== `pw-${section.kind}`) el = undefined;
      if (el) at++;
      else {
        el = document.createElement(`pw-${section.kind}`) as Section;
        this.insertBefore(el, existing[at] ?? null);
      }
      // A new object each time: setting the very same object again is a no-op by design (frameworks re-set
      // properties on every render), but here it means "go back to this", e.g. on undo.
      el.value = { ...section };
    }
    for (const extra of existing.slice(at)) extra.remove();
    this.syncChildren();
    this.observer?.observe(this, { childList: true });
  }

  /**
   * Review mode and the theme reach every section. Sections hide their author actions: the playbook's own
   * "Embed code…" embeds the whole playbook. Sections find the language as the playbook does (the nearest
   * `lang`); only a `locale` set on the playbook itself is handed on, since they cannot see it.
   */
  private syncChildren(): void {
    for (const el of this.sectionElements()) {
      el.toggleAttribute('readonly', this.isReadonly);
      el.toggleAttribute('learner', true);
      if (this.theme !== 'light') el.setAttribute('theme', this.theme);
      else el.removeAttribute('theme');
      if (this.locale) {
        el.locale = this.locale;
        this.givenLocale.add(el);
      } else if (this.givenLocale.has(el)) {
        el.locale = undefined;
        this.givenLocale.delete(el);
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('doc' as keyof PwPlaybook)) {
      // A playbook that starts with no document of its own takes its sections from the worksheets inside it.
      if (!this.hasUpdated && !this.doc.sections.length) queueMicrotask(() => this.gatherInitial());
      else if (!this.fromChildren) this.distribute(this.doc.sections);
      this.fromChildren = false;
    }
    if (changed.has('readonly') || changed.has('theme') || changed.has('locale') || !this.hasUpdated) this.syncChildren();
  }

  /** @internal Importing a playbook loads every valid section and names the invalid ones. */
  protected override async importText(text: string, name = 'file'): Promise<boolean> {
    const whole = this.check(text);
    if (whole.ok) return super.importText(text, name);
    let data: { kind?: unknown; sections?: unknown } | undefined;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (!data || data.kind !== 'playbook' || !Array.isArray(data.sections)) return super.importText(text, name);
    const t = this.t;
    const checks = checkSections(data.sections, specFor);
    const good = checks.flatMap((c) => (c.result.ok ? [c.result.value as PlaybookSection] : []));
    const bad = checks.filter((c) => !c.result.ok);
    if (!good.length) return super.importText(text, name);
    this.commit({ ...this.doc, ...(typeof (data as { title?: unknown }).title === 'string' ? { title: (data as { title: string }).title } : {}), sections: good }, t('core.imported', { name }));
    this.refuse(
      bad.map((c) => ({
        path: `/sections/${c.index}`,
        message: t('playbook.import.sectionRefused', {
          section: sectionName(t, (data.sections as unknown[])[c.index] ?? {}, c.index),
          reason: c.result.ok ? '' : c.result.errors[0]!.message,
        }),
      })),
      'import',
      t('playbook.import.partial', { name, count: bad.length }),
    );
    return true;
  }

  private scrollToSection(i: number): void {
    const el = this.sectionElements()[i];
    el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    el?.focus({ preventScroll: true });
    el?.shadowRoot?.querySelector<HTMLElement>('[part="title"], h2')?.focus();
  }

  /** @internal The table of contents, above the worksheets. */
  protected override renderBeforeSlot(): TemplateResult {
    void this.childRevision;
    const t = this.t;
    const sections = this.doc.sections;
    const elements = this.sectionElements();
    if (!sections.length) {
      return html`<p class="empty">${t('playbook.empty')}</p>`;
    }
    return html`<nav part="contents" aria-labelledby="contents-title">
      <h3 id="contents-title">${t('playbook.contents')}</h3>
      <ol>
        ${sections.map(
          (s, i) => html`<li part="section-link">
            <button type="button" data-view @click=${() => this.scrollToSection(i)}>${sectionName(t, s, i)}</button>
            <span class="visually-hidden">${t('playbook.section.kind', { kind: kindLabel(t, s.kind) ?? s.kind })}</span>
            ${started(s, elements[i])
              ? html`<span class="state" data-started>${t('playbook.section.started')}</span>`
              : html`<span class="state">${t('playbook.section.empty')}</span>`}
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  /** @internal The worksheets themselves are the slotted children. */
  protected override renderWorksheet(): TemplateResult {
    return html``;
  }
}

