import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Translate } from '../../core/i18n.js';
import { commitOnEnter } from '../../core/fields.js';
import { keyedRows } from '../../core/keyed-rows.js';
import { icons } from '../../core/icons.js';
import { WorksheetElement } from '../../core/worksheet-element.js';
import type { KindSpec } from '../../models/shared/kind.js';
import {
  addKeyResult,
  addObjective,
  addTeam,
  duplicateObjective,
  nextKeyResultId,
  nextObjectiveId,
  placeKeyResult,
  placeObjective,
  recordCheckIn,
  removeCheckIn,
  removeKeyResult,
  removeObjective,
  removeTeam,
  setObjectiveOwner,
  setPeriod,
  updateKeyResult,
  updateObjective,
  updateTeam,
  useSampleOkrs,
} from '../../models/okr-builder/ops.js';
import { coachNotes, filterObjectives, sheetSummary, teamSummaries, type ObjectiveFilter } from '../../models/okr-builder/selectors.js';
import { okrBuilderSpec } from '../../models/okr-builder/spec.js';
import type { KeyResult, Objective, OkrBuilderDocument } from '../../models/okr-builder/types.js';
import { krKey, type Direction, type OkrContext } from './context.js';
import { day, num, percent, withUnit } from './format.js';
import './messages.js';
import { renderObjectiveCard } from './objective-card.js';
import { okrBuilderStyles } from './okr-builder.styles.js';
import { renderSetup } from './sheet-setup.js';
import { renderTeamSummary } from './team-summary.js';

type Doc = OkrBuilderDocument;

/** Today as `YYYY-MM-DD` in local time. */
function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A drag in progress: what moves, the document it started from (one undo step), and the pointer. */
interface Drag {
  kind: 'objective' | 'key-result';
  id: string;
  objectiveId: string;
  start: Doc;
  pointerId: number;
  y0: number;
  moved: boolean;
}

/** Above this many shown objectives, off-screen cards are left unrendered by the browser until scrolled to. */
const LONG_LIST = 24;

/** A refused entry, written in the locale of whenever it is shown. */
type FieldError = NonNullable<OkrContext['fieldError']>;

/**
 * Joint OKRs for a partnership: objectives owned by one team or several, key results with an owner, a start, a
 * target and the current value, check-ins with a trend, coaching notes, and the score per team.
 *
 * @summary Joint OKR builder: progress bars with text, score bands in words, check-ins with a d3 trend, reorder by drag or keyboard, team filter and summary, CSV and Markdown export.
 *
 * @csspart setup - The period and the teams.
 * @csspart summary - The score per team.
 * @csspart filter - The bar with "Add objective", the team filter and the coaching count.
 * @csspart objectives - The list of objectives.
 * @csspart objective - One objective card.
 * @csspart score - An objective's score and band.
 * @csspart joint-badge - The "Joint" badge of an objective owned by several teams.
 * @csspart key-results - An objective's key-result table.
 * @csspart key-result - One key result's row.
 * @csspart meter - A key result's progress bar.
 * @csspart trend - A key result's trend chart.
 * @csspart check-in - The check-in form and history of a key result.
 * @csspart coach - An objective's coaching notes.
 *
 * @cssprop --pw-okr-green - Fill of the green band (on track); defaults to `--pw-band-low`.
 * @cssprop --pw-okr-yellow - Fill of the yellow band (needs attention); defaults to `--pw-band-medium`.
 * @cssprop --pw-okr-red - Fill of the red band (at risk); defaults to `--pw-band-critical`.
 * @cssprop --pw-okr-meter - Fill of the progress bars; defaults to the accent colour.
 * @cssprop --pw-band-text - Text on band fills.
 */
export class PwOkrBuilder extends WorksheetElement<Doc> {
  static override styles = [...WorksheetElement.styles, okrBuilderStyles];

  /** The date a new check-in starts with (`YYYY-MM-DD`); defaults to today. */
  @property() today: string | undefined;

  /** @internal Which objectives are shown (a view setting, not part of the document). */
  @state() private filter: ObjectiveFilter = 'all';
  /** @internal `objectiveId/keyResultId` of the open check-in panel. */
  @state() private openCheckIn: string | null = null;
  /** @internal */
  @state() private fieldError: FieldError | null = null;
  /** @internal */
  @state() private dragging: string | null = null;

  /** @internal */
  private drag?: Drag;

  /** @internal */
  protected override get spec(): KindSpec<Doc> {
    return okrBuilderSpec;
  }
  /** @internal */
  /** @internal The two starting teams in the worksheet's language. */
  protected override localizeEmpty(doc: OkrBuilderDocument): OkrBuilderDocument {
    const names: Record<string, string> = { ours: this.t('okr.team.ours'), partner: this.t('okr.team.partner') };
    return { ...doc, teams: doc.teams.map((team) => (names[team.id] ? { ...team, name: names[team.id]! } : team)) };
  }

  protected override get untitled(): string {
    return this.t('okr.untitled');
  }

  // ── edits ──────────────────────────────────────────────────────────

  /** @internal Commits an edit and clears a stale field error. */
  private edit(next: Doc, announcement: string): void {
    this.fieldError = null;
    this.commit(next, announcement);
  }

  private objectiveName(id: string): string {
    const i = this.doc.objectives.findIndex((o) => o.id === id);
    return this.doc.objectives[i]?.title.trim() || this.t('okr.objective.label', { number: i + 1 });
  }

  /** A key result's title, or its number ("key result 1.2") when it has none. */
  private keyResultName(objectiveId: string, id: string): string {
    const i = this.doc.objectives.findIndex((o) => o.id === objectiveId);
    const krs = this.doc.objectives[i]?.keyResults ?? [];
    const j = krs.findIndex((kr) => kr.id === id);
    return krs[j]?.title.trim() || this.t('okr.kr.fallbackName', { number: `${i + 1}.${j + 1}` });
  }

  private keyResult(objectiveId: string, id: string): KeyResult | undefined {
    return this.doc.objectives.find((o) => o.id === objectiveId)?.keyResults.find((kr) => kr.id === id);
  }

  /** @internal The objectives the filter shows. */
  private visible(doc: Doc = this.doc): readonly Objective[] {
    const f = this.filter;
    // A filter on a team that no longer exists shows everything.
    if (typeof f === 'object' && !doc.teams.some((t) => t.id === f.team)) return doc.objectives;
    return filterObjectives(doc.objectives, f);
  }

  private async focusIn(selector: string): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    el?.focus();
    if (el instanceof HTMLTextAreaElement) el.select();
  }

  private addObjective = (): void => {
    const id = nextObjectiveId(this.doc);
    const f = this.filter;
    const owners = typeof f === 'object' ? [f.team] : f === 'joint' ? this.doc.teams.slice(0, 2).map((t) => t.id) : undefined;
    this.edit(addObjective(this.doc, { id, owners, title: this.t('okr.objective.newTitle') }), this.t('okr.done.objectiveAdded'));
    void this.focusIn(`li.objective[data-id="${CSS.escape(id)}"] textarea.title`);
  };

  private loadSample = (): void => {
    this.filter = 'all';
    this.edit(useSampleOkrs(this.doc), this.t('okr.done.sampleLoaded'));
  };

  /** @internal Each objective's place in the document, the same map while the objectives keep their order. */
  private positions = new Map<string, number>();

  private positionsOf(objectives: readonly Objective[]): Map<string, number> {
    // Ids are unique, so a map of the same size that puts every objective at its index is the same order.
    const same = this.positions.size === objectives.length && objectives.every((o, i) => this.positions.get(o.id) === i);
    if (!same) this.positions = new Map(objectives.map((o, i) => [o.id, i]));
    return this.positions;
  }

  private readonly ctx: OkrContext = {
    doc: this.doc,
    readonly: false,
    today: '',
    t: this.t,
    rtl: false,
    openCheckIn: null,
    fieldError: null,
    dragging: null,

    objectiveTitle: (id, e) => this.edit(updateObjective(this.doc, id, { title: this.committedText(e).trim() }), this.t('okr.done.objectiveRenamed')),
    toggleOwner: (id, teamId, owns) => {
      const team = this.doc.teams.find((t) => t.id === teamId)?.name ?? teamId;
      this.edit(setObjectiveOwner(this.doc, id, teamId, owns), this.t(owns ? 'okr.done.ownerAdded' : 'okr.done.ownerRemoved', { team, objective: this.objectiveName(id) }));
    },
    moveObjective: (id, direction, e) => void this.moveObjectiveBy(id, direction, e.currentTarget as HTMLElement),
    duplicateObjective: (id) => {
      const copyId = nextObjectiveId(this.doc);
      this.edit(duplicateObjective(this.doc, id, this.t('okr.copySuffix')), this.t('okr.done.objectiveDuplicated'));
      void this.focusIn(`li.objective[data-id="${CSS.escape(copyId)}"] textarea.title`);
    },
    removeObjective: (id) => void this.deleteObjective(id),
    addKeyResult: (id) => {
      const krId = nextKeyResultId(this.doc);
      this.edit(addKeyResult(this.doc, id, { id: krId, title: this.t('okr.kr.newTitle') }), this.t('okr.done.keyResultAdded'));
      void this.focusIn(`tr.kr[data-key="${CSS.escape(krKey(id, krId))}"] textarea.title`);
    },

    keyResultText: (oid, id, field, e) => {
      const text = this.committedText(e).trim();
      this.edit(
        updateKeyResult(this.doc, oid, id, { [field]: field === 'unit' ? text || undefined : text }),
        this.t(field === 'unit' ? 'okr.done.unitChanged' : 'okr.done.keyResultRenamed'),
      );
    },
    keyResultNumber: (oid, id, field, e) => this.setNumber(oid, id, field, e.target as HTMLInputElement),
    keyResultOwner: (oid, id, owner) =>
      this.edit(updateKeyResult(this.doc, oid, id, { owner: owner || undefined }), this.t(owner ? 'okr.done.ownerChanged' : 'okr.done.ownerCleared')),
    removeKeyResult: (oid, id) => void this.deleteKeyResult(oid, id),

    toggleCheckIn: (oid, id) => void this.toggleCheckIn(oid, id),
    recordCheckIn: (oid, id, e) => this.submitCheckIn(oid, id, e),
    removeCheckIn: (oid, id, checkInId) => this.edit(removeCheckIn(this.doc, oid, id, checkInId), this.t('okr.done.checkInDeleted')),

    markDirty: this.markDirty,
  };

  /** @internal A number field: refused entries are put back and explained; nothing invalid is stored. */
  private setNumber(oid: string, id: string, field: 'start' | 'target' | 'current' | 'confidence', input: HTMLInputElement): void {
    const kr = this.keyResult(oid, id);
    if (!kr) return;
    const previous = kr[field];
    const restore = (message: (t: Translate) => string) => {
      input.value = previous === undefined ? '' : String(previous);
      this.fieldError = { objectiveId: oid, message };
      this.announce(message(this.t));
    };
    const name = this.keyResultName(oid, id);
    if (input.value.trim() === '') {
      if (field === 'confidence') this.edit(updateKeyResult(this.doc, oid, id, { confidence: undefined }), this.t('okr.done.confidenceCleared'));
      else restore((t) => t(`okr.error.required.${field}`, { name, value: num(t, previous as number) }));
      return;
    }
    const n = input.valueAsNumber;
    const entered = input.value;
    if (!Number.isFinite(n)) return restore((t) => t(`okr.error.notNumber.${field}`, { name }));
    if (field === 'confidence' && (n < 0 || n > 1)) {
      return restore((t) => t('okr.error.confidenceRange', { example: num(t, 0.7), percent: percent(t, 0.7), value: entered }));
    }
    if ((field === 'target' && n === kr.start) || (field === 'start' && n === kr.target)) {
      return restore((t) => t('okr.error.sameAsStart', { name, value: num(t, n) }));
    }
    const value = field === 'confidence' ? percent(this.t, n) : num(this.t, n);
    this.edit(updateKeyResult(this.doc, oid, id, { [field]: n }), this.t(`okr.done.set.${field}`, { name, value }));
  }

  private async deleteObjective(id: string): Promise<void> {
    const shown = this.visible();
    const at = shown.findIndex((o) => o.id === id);
    this.edit(removeObjective(this.doc, id), this.t('okr.done.deleted', { name: this.objectiveName(id) }));
    const next = this.visible()[Math.min(at, this.visible().length - 1)];
    await this.focusIn(next ? `li.objective[data-id="${CSS.escape(next.id)}"] button.remove` : 'button.add-objective');
  }

  private async deleteKeyResult(oid: string, id: string): Promise<void> {
    const o = this.doc.objectives.find((x) => x.id === oid);
    const at = o?.keyResults.findIndex((kr) => kr.id === id) ?? -1;
    const name = this.keyResultName(oid, id);
    if (this.openCheckIn === krKey(oid, id)) this.openCheckIn = null;
    this.edit(removeKeyResult(this.doc, oid, id), this.t('okr.done.deleted', { name }));
    const rest = this.doc.objectives.find((x) => x.id === oid)?.keyResults ?? [];
    const next = rest[Math.min(at, rest.length - 1)];
    const card = `li.objective[data-id="${CSS.escape(oid)}"]`;
    await this.focusIn(next ? `tr.kr[data-key="${CSS.escape(krKey(oid, next.id))}"] button.remove` : `${card} button.add-kr`);
  }

  // ── reordering ─────────────────────────────────────────────────────

  /** Moves an objective past its shown neighbour (hidden objectives keep their places); focus stays on `keep`. */
  private async moveObjectiveBy(id: string, direction: Direction, keep: HTMLElement | null): Promise<void> {
    if (this.isReadonly) return;
    const shown = this.visible();
    const i = shown.findIndex((o) => o.id === id);
    const neighbour = shown[i + direction];
    if (i < 0 || !neighbour) {
      this.announce(this.t(direction < 0 ? 'okr.done.first' : 'okr.done.last', { name: this.objectiveName(id) }));
      return;
    }
    const next = placeObjective(this.doc, id, neighbour.id, direction < 0 ? 'before' : 'after');
    this.edit(next, this.t('okr.done.movedOf', { name: this.objectiveName(id), position: i + 1 + direction, count: shown.length }));
    await this.refocus(keep);
  }

  private async moveKeyResultBy(oid: string, id: string, direction: Direction, keep: HTMLElement | null): Promise<void> {
    if (this.isReadonly) return;
    const krs = this.doc.objectives.find((o) => o.id === oid)?.keyResults ?? [];
    const j = krs.findIndex((kr) => kr.id === id);
    const neighbour = krs[j + direction];
    const name = this.keyResultName(oid, id);
    if (j < 0 || !neighbour) {
      this.announce(this.t(direction < 0 ? 'okr.done.first' : 'okr.done.last', { name }));
      return;
    }
    this.edit(
      placeKeyResult(this.doc, oid, id, neighbour.id, direction < 0 ? 'before' : 'after'),
      this.t('okr.done.movedOf', { name, position: j + 1 + direction, count: krs.length }),
    );
    await this.refocus(keep);
  }

  /** Moving an element in the DOM can take focus from it; put it back. */
  private async refocus(el: HTMLElement | null): Promise<void> {
    await this.updateComplete;
    if (el && el.isConnected && (this.renderRoot as ShadowRoot).activeElement !== el) el.focus();
  }

  /** @internal The editable key-result row an event came from, with the element it came from. */
  private keyResultRow(e: Event): { el: HTMLElement; oid: string; id: string } | undefined {
    const el = e.target as HTMLElement;
    const row = el.closest<HTMLElement>('tr.kr');
    const oid = row?.dataset.objective;
    const id = row?.dataset.id;
    return oid && id ? { el, oid, id } : undefined;
  }

  /** @internal A committed field of a key-result row (the rows bind no listeners; their fields say what they edit). */
  private onRowChange = (e: Event): void => {
    const at = this.keyResultRow(e);
    const field = at?.el.dataset.field;
    if (!at || !field) return;
    if (field === 'title' || field === 'unit') this.ctx.keyResultText(at.oid, at.id, field, e);
    else if (field === 'owner') this.ctx.keyResultOwner(at.oid, at.id, (at.el as HTMLSelectElement).value);
    else if (field === 'start' || field === 'target' || field === 'current' || field === 'confidence') this.ctx.keyResultNumber(at.oid, at.id, field, e);
  };

  /** @internal Text typed into a key result's title or unit and not yet committed. */
  private onRowInput = (e: Event): void => {
    const field = (e.target as HTMLElement).dataset.field;
    if ((field === 'title' || field === 'unit') && this.keyResultRow(e)) this.markDirty(e);
  };

  /** @internal A key-result row's move and delete buttons. */
  private onRowClick = (e: Event): void => {
    const button = (e.target as Element).closest<HTMLElement>('button[data-action]');
    const at = button && this.keyResultRow(e);
    if (!at) return;
    const action = button.dataset.action;
    if (action === 'up' || action === 'down') void this.moveKeyResultBy(at.oid, at.id, action === 'up' ? -1 : 1, button);
    else if (action === 'remove') this.ctx.removeKeyResult(at.oid, at.id);
  };

  /**
   * @internal Enter commits a key result's text or number field. Alt+ArrowUp / Alt+ArrowDown move the focused key
   * result, or else the focused objective.
   */
  private onListKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter') {
      const at = this.keyResultRow(e);
      if (at?.el.dataset.field && at.el.localName !== 'select') commitOnEnter(e);
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || this.isReadonly) return;
    const target = e.composedPath()[0] as HTMLElement;
    if (target.localName === 'select') return; // Alt+arrow opens a select's list
    const direction: Direction = e.key === 'ArrowUp' ? -1 : 1;
    const row = target.closest<HTMLElement>('tr.kr');
    const card = target.closest<HTMLElement>('li.objective');
    if (row?.dataset.objective && row.dataset.id) {
      e.preventDefault();
      void this.moveKeyResultBy(row.dataset.objective, row.dataset.id, direction, target);
    } else if (card?.dataset.id) {
      e.preventDefault();
      void this.moveObjectiveBy(card.dataset.id, direction, target);
    }
  };

  private onPointerDown = (e: PointerEvent): void => {
    const grip = (e.composedPath()[0] as Element).closest?.<HTMLElement>('.grip');
    if (!grip || e.button !== 0 || this.isReadonly) return;
    const kind = grip.dataset.drag as Drag['kind'];
    const id = grip.dataset.id!;
    e.preventDefault();
    this.drag = { kind, id, objectiveId: grip.dataset.objective ?? id, start: this.doc, pointerId: e.pointerId, y0: e.clientY, moved: false };
    try {
      grip.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic pointer cannot be captured; the drag still follows the events.
    }
  };

  private onPointerMove = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    if (!d.moved && Math.abs(e.clientY - d.y0) < 4) return;
    if (!d.moved) {
      d.moved = true;
      this.dragging = d.id;
    }
    const selector = d.kind === 'objective' ? 'li.objective' : `tr.kr[data-objective="${CSS.escape(d.objectiveId)}"]`;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>(selector)].filter((el) => el.dataset.id !== d.id);
    if (!items.length) return;
    // The item under the pointer, or the nearest end of the list.
    let target = items.find((el) => {
      const r = el.getBoundingClientRect();
      return e.clientY >= r.top && e.clientY <= r.bottom;
    });
    if (!target) target = e.clientY < items[0]!.getBoundingClientRect().top ? items[0]! : items[items.length - 1]!;
    const r = target.getBoundingClientRect();
    const where = e.clientY < r.top + r.height / 2 ? 'before' : 'after';
    const next =
      d.kind === 'objective'
        ? placeObjective(this.doc, d.id, target.dataset.id!, where)
        : placeKeyResult(this.doc, d.objectiveId, d.id, target.dataset.id!, where);
    this.preview(next);
  };

  private onPointerUp = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.drag = undefined;
    this.dragging = null;
    if (!d.moved) return;
    if (d.kind === 'objective') {
      const at = this.visible().findIndex((o) => o.id === d.id);
      this.commit(this.doc, this.t('okr.done.moved', { name: this.objectiveName(d.id), position: at + 1 }), d.start);
    } else {
      const krs = this.doc.objectives.find((o) => o.id === d.objectiveId)?.keyResults ?? [];
      const at = krs.findIndex((kr) => kr.id === d.id);
      this.commit(this.doc, this.t('okr.done.moved', { name: this.keyResultName(d.objectiveId, d.id), position: at + 1 }), d.start);
    }
  };

  private onPointerCancel = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.drag = undefined;
    this.dragging = null;
    if (d.moved) this.preview(d.start);
  };

  // ── check-ins ──────────────────────────────────────────────────────

  private async toggleCheckIn(oid: string, id: string): Promise<void> {
    const key = krKey(oid, id);
    const opening = this.openCheckIn !== key;
    this.openCheckIn = opening ? key : null;
    const row = `tr.kr[data-key="${CSS.escape(key)}"]`;
    await this.focusIn(opening && !this.isReadonly ? `tr[data-key="${CSS.escape(`${key}#panel`)}"] input[name="value"]` : `${row} button.checkin-toggle`);
  }

  private submitCheckIn(oid: string, id: string, e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const value = field('value').valueAsNumber;
    const confidenceText = field('confidence').value.trim();
    const confidence = confidenceText === '' ? undefined : field('confidence').valueAsNumber;
    const date = field('date').value;
    if (!date || !Number.isFinite(value) || (confidence !== undefined && !(confidence >= 0 && confidence <= 1))) {
      this.fieldError = {
        objectiveId: oid,
        message: (t) =>
          !date
            ? t('okr.error.checkInDate')
            : !Number.isFinite(value)
              ? t('okr.error.checkInValue')
              : t('okr.error.checkInConfidence', { example: num(t, 0.7), percent: percent(t, 0.7) }),
      };
      return;
    }
    const kr = this.keyResult(oid, id);
    const next = recordCheckIn(this.doc, oid, id, { date, value, confidence, note: field('note').value });
    const after = next.objectives.find((o) => o.id === oid)?.keyResults.find((k) => k.id === id);
    const name = this.keyResultName(oid, id);
    this.edit(
      next,
      after && after.current === value && kr?.current !== value
        ? this.t('okr.done.checkInValue', { name, value: withUnit(this.t, value, kr?.unit) })
        : this.t('okr.done.checkInDate', { name, date: day(this.t, date) }),
    );
    field('note').value = '';
  }

  // ── rendering ──────────────────────────────────────────────────────

  protected override renderWorksheet(): TemplateResult {
    const doc = this.doc;
    const ro = this.isReadonly;
    const shown = this.visible(doc);
    const notes = coachNotes(doc);
    const hiddenNotes = notes.length - shown.reduce((n, o) => n + notes.filter((x) => x.objectiveId === o.id).length, 0);
    const t = this.t;
    Object.assign(this.ctx, {
      doc,
      readonly: ro,
      t,
      rtl: this.rtl,
      today: this.today ?? localToday(),
      openCheckIn: this.openCheckIn,
      fieldError: this.fieldError,
      dragging: this.dragging,
    });
    const ctx = this.ctx;
    const filterValue = typeof this.filter === 'object' ? `team:${this.filter.team}` : this.filter;
    const position = this.positionsOf(doc.objectives);
    return html`
      ${renderSetup({
        doc,
        readonly: ro,
        t,
        period: (e) => this.edit(setPeriod(this.doc, this.committedText(e).trim()), this.t('okr.done.periodChanged')),
        renameTeam: (id, e) => {
          const name = this.committedText(e).trim();
          if (name) this.edit(updateTeam(this.doc, id, { name }), this.t('okr.done.teamRenamed', { name }));
          else (e.target as HTMLInputElement).value = this.doc.teams.find((t) => t.id === id)?.name ?? '';
        },
        addTeam: () => {
          this.edit(addTeam(this.doc, { name: this.t('okr.team.newName') }), this.t('okr.done.teamAdded'));
          void this.focusIn('.teams li:last-child input');
        },
        removeTeam: (id) => this.edit(removeTeam(this.doc, id), this.t('okr.done.teamDeleted')),
        markDirty: this.markDirty,
      })}
      ${doc.objectives.length ? renderTeamSummary(teamSummaries(doc), sheetSummary(doc), t) : nothing}
      <div class="bar" part="filter">
        ${ro ? nothing : html`<button type="button" class="primary add add-objective" @click=${this.addObjective}>${icons.plus} ${t('okr.objective.add')}</button>`}
        ${doc.objectives.length
          ? html`<label class="filter">
              ${t('okr.filter.show')}
              <select data-view .value=${filterValue} @change=${this.onFilter}>
                <option value="all" ?selected=${filterValue === 'all'}>${t('okr.filter.all')}</option>
                <option value="joint" ?selected=${filterValue === 'joint'}>${t('okr.filter.joint')}</option>
                ${doc.teams.map(
                  (team) =>
                    html`<option value=${`team:${team.id}`} ?selected=${filterValue === `team:${team.id}`}>${t('okr.filter.team', { team: team.name || team.id })}</option>`,
                )}
              </select>
            </label>
            <span class="shown-count"
              >${shown.length === doc.objectives.length
                ? t('okr.filter.count', { count: doc.objectives.length })
                : t('okr.filter.countOf', { shown: shown.length, count: doc.objectives.length })}</span
            >`
          : nothing}
        <p class="coach-count" role="status">
          ${notes.length
            ? html`${icons.warning} ${hiddenNotes ? t('okr.coach.countHidden', { count: notes.length, hidden: hiddenNotes }) : t('okr.coach.count', { count: notes.length })}`
            : doc.objectives.length
              ? t('okr.coach.none')
              : ''}
        </p>
      </div>
      ${doc.objectives.length === 0
        ? html`<div class="empty">
            <p>${t('okr.empty.title')}</p>
            ${ro
              ? nothing
              : html`<p>${t('okr.empty.hint')}</p>
                  <button type="button" class="load-sample" @click=${this.loadSample}>${t('okr.empty.loadSample')}</button>`}
          </div>`
        : shown.length === 0
          ? html`<div class="empty">
              <p>${t('okr.empty.filtered')}</p>
              <button type="button" data-view @click=${() => this.setFilter('all')}>${t('okr.empty.showAll')}</button>
            </div>`
          : html`<p class="hint" id="reorder-hint">${ro ? '' : t('okr.reorder.hint')}</p>
              <ol
                class=${shown.length > LONG_LIST ? 'objectives long' : 'objectives'}
                part="objectives"
                aria-label=${t('okr.objectives.label')}
                @keydown=${this.onListKeyDown}
                @change=${this.onRowChange}
                @input=${this.onRowInput}
                @click=${this.onRowClick}
                @pointerdown=${this.onPointerDown}
                @pointermove=${this.onPointerMove}
                @pointerup=${this.onPointerUp}
                @pointercancel=${this.onPointerCancel}
              >
                ${keyedRows(
                  shown,
                  (o) => o.id,
                  (o, i) => {
                    const index = position.get(o.id)!;
                    const open = ctx.openCheckIn?.startsWith(`${o.id}/`) ? ctx.openCheckIn : null;
                    const error = ctx.fieldError?.objectiveId === o.id ? ctx.fieldError : null;
                    const dragging = ctx.dragging && (ctx.dragging === o.id || o.keyResults.some((k) => k.id === ctx.dragging)) ? ctx.dragging : null;
                    // Only the objectives that changed are rendered again: 200 stay quick.
                    return guard([o, i, index, shown.length, doc.teams, ro, ctx.today, t, ctx.rtl, open, error, dragging], () =>
                      renderObjectiveCard(o, { index, number: index + 1, first: i === 0, last: i === shown.length - 1 }, ctx),
                    );
                  },
                  // What the guard above reads besides the objective and its place: unchanged, with the same
                  // objectives shown in the same order, only an edited objective's card is rendered again.
                  [position, shown.length, doc.teams, ro, ctx.today, t, ctx.rtl, ctx.openCheckIn, ctx.fieldError, ctx.dragging],
                )}
              </ol>`}
    `;
  }

  private onFilter = (e: Event): void => {
    const v = (e.target as HTMLSelectElement).value;
    this.setFilter(v === 'all' || v === 'joint' ? v : { team: v.slice('team:'.length) });
  };

  private setFilter(filter: ObjectiveFilter): void {
    this.filter = filter;
    const n = this.visible().length;
    this.announce(this.t('okr.filter.showing', { count: n }));
  }
}
