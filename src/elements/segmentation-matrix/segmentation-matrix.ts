import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { commitOnEnter } from '../../core/fields.js';
import { download, fileName } from '../../core/files.js';
import { icons } from '../../core/icons.js';
import { ResizeController } from '../../core/resize.js';
import type { MessageKey } from '../../core/i18n.js';
import { WorksheetElement } from '../../core/worksheet-element.js';
import type { KindSpec } from '../../models/shared/kind.js';
import { matrixLayout, type MatrixLayout } from '../../models/segmentation-matrix/layout.js';
import {
  addPartner,
  addSegment,
  duplicatePartner,
  movePartner,
  nextPartnerId,
  nudgePartner,
  removePartner,
  removeSegment,
  setAxis,
  setQuadrantLabel,
  updatePartner,
  updateSegment,
  useSamplePartners,
} from '../../models/segmentation-matrix/ops.js';
import { quadrantLabel, quadrantOf, segmentUsage } from '../../models/segmentation-matrix/selectors.js';
import { segmentationMatrixSpec } from '../../models/segmentation-matrix/spec.js';
import { matrixToSVG } from '../../models/segmentation-matrix/svg.js';
import { QUADRANTS, type Partner, type SegmentationMatrixDocument } from '../../models/segmentation-matrix/types.js';
import { renderChart, type ChartMemo } from './matrix-chart.js';
import { renderDetails } from './partner-details.js';
import { renderPartnerTable } from './partner-table.js';
import { renderLegend } from './segment-legend.js';
import { segmentationMatrixStyles } from './segmentation-matrix.styles.js';
import './messages.js';

type Doc = SegmentationMatrixDocument;

/** The table lists this many partners until the learner asks for all of them. */
const TABLE_PAGE = 200;
/** The quadrants' places on screen, in the document's order (top right, top left, bottom left, bottom right)… */
const QUADRANT_NAMES: readonly MessageKey[] = ['matrix.quadrant.topRight', 'matrix.quadrant.topLeft', 'matrix.quadrant.bottomLeft', 'matrix.quadrant.bottomRight'];
/** …and in RTL, where the x axis runs right to left: the high-x quadrants are drawn on the left. */
const QUADRANT_NAMES_RTL: readonly MessageKey[] = ['matrix.quadrant.topLeft', 'matrix.quadrant.topRight', 'matrix.quadrant.bottomRight', 'matrix.quadrant.bottomLeft'];

/** A partner by id: a plain loop (a keyboard move looks one up among thousands, with code that may not be warm yet). */
function partnerById(partners: readonly Partner[], id: string): Partner | undefined {
  for (let i = 0; i < partners.length; i++) if (partners[i]!.id === id) return partners[i];
  return undefined;
}

/**
 * An ecosystem segmentation matrix: partners placed on a 2×2 by two axes, coloured and shaped by segment.
 *
 * @summary 2×2 partner matrix with draggable, keyboard-movable points, segment legend, editable table and SVG export.
 *
 * @csspart chart - The chart panel.
 * @csspart point - One partner's point.
 * @csspart quadrant - A quadrant label with its count.
 * @csspart quadrant-labels - The group of quadrant labels.
 * @csspart legend - The segment legend and editor.
 * @csspart details - The chosen partner's details.
 * @csspart table - The partners table.
 * @csspart row - One partner's row.
 * @csspart labels-editor - The axis and quadrant label editor.
 *
 * @cssprop --pw-chart-plot - Background of the plot area.
 * @cssprop --pw-chart-line - Threshold lines, leader lines and the plot border.
 */
export class PwSegmentationMatrix extends WorksheetElement<Doc> {
  static override styles = [...WorksheetElement.styles, segmentationMatrixStyles];

  /** @internal Segments the learner has hidden (a view setting, not part of the document). */
  @state() private hiddenSegments: ReadonlySet<string> = new Set();
  /** @internal The partner whose details are open. */
  @state() private selectedId: string | null = null;
  /** @internal The point in the tab order. */
  @state() private activeId: string | null = null;
  /** @internal */
  @state() private showAllRows = false;

  /** @internal */
  private readonly size = new ResizeController(this, '.chart-frame');
  /** @internal */
  private drag?: { id: string; start: Doc; pointerId: number; moved: boolean; x0: number; y0: number };
  /** @internal */
  private memo?: { doc: Doc; width: number; hidden: ReadonlySet<string>; layout: MatrixLayout };
  /** @internal What the chart keeps between renders (its blocks of points). */
  private readonly chartMemo: ChartMemo = { blocks: [] };
  /** @internal The table's rows as last rendered: the same array while they are the same partners. */
  private lastRows: readonly Partner[] = [];
  /** @internal Partners per segment, in the segments' order, as last counted (the legend renders again when they change). */
  private usage?: { partners: readonly Partner[]; segments: Doc['segments']; counts: number[] };

  /** @internal */
  protected override get spec(): KindSpec<Doc> {
    return segmentationMatrixSpec;
  }
  /** @internal */
  protected override get untitled(): string {
    return this.t('matrix.untitled');
  }
  /** @internal The starting axes, quadrants and the four course segments in the worksheet's language. */
  protected override localizeEmpty(doc: Doc): Doc {
    const t = this.t;
    const segments: Record<string, string> = {
      hyperscalers: t('matrix.empty.segment.hyperscalers'),
      hardware: t('matrix.empty.segment.hardware'),
      academia: t('matrix.empty.segment.academia'),
      startups: t('matrix.empty.segment.startups'),
    };
    return {
      ...doc,
      axes: {
        ...doc.axes,
        x: { ...doc.axes.x, label: t('matrix.empty.x.label'), low: t('matrix.empty.x.low'), high: t('matrix.empty.x.high') },
        y: { ...doc.axes.y, label: t('matrix.empty.y.label'), low: t('matrix.empty.y.low'), high: t('matrix.empty.y.high') },
      },
      quadrants: [t('matrix.empty.quadrant.1'), t('matrix.empty.quadrant.2'), t('matrix.empty.quadrant.3'), t('matrix.empty.quadrant.4')],
      segments: doc.segments.map((s) => (segments[s.id] ? { ...s, label: segments[s.id]! } : s)),
    };
  }
  /** @internal */
  protected override get extraExports() {
    return [
      {
        label: this.t('matrix.export.svg'),
        run: () => {
          download(fileName(this.doc.title, 'segmentation-matrix', 'svg'), matrixToSVG(this.doc), 'image/svg+xml');
          this.announce(this.t('matrix.exported.svg'));
        },
      },
    ];
  }

  /** @internal The chart geometry, recomputed only when the document, the width or the shown segments change. */
  private get layout(): MatrixLayout {
    const width = this.size.layoutWidth;
    const m = this.memo;
    if (m && m.doc === this.doc && m.width === width && m.hidden === this.hiddenSegments) return m.layout;
    // The previous layout lends the points of partners that did not change.
    const layout = matrixLayout(this.doc, width, { shown: this.shownSegments() }, m?.layout);
    this.memo = { doc: this.doc, width, hidden: this.hiddenSegments, layout };
    return layout;
  }

  /**
   * The first render leaves the points out until the chart frame has a width, measured here before the browser
   * paints; so the points are laid out and rendered once, at the right width, not at a guess and again a frame later.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.size.measureNow()) super.update(changed);
  }

  private shownSegments(): ReadonlySet<string> | undefined {
    if (!this.hiddenSegments.size) return undefined;
    return new Set(this.doc.segments.map((s) => s.id).filter((id) => !this.hiddenSegments.has(id)));
  }

  private partner(id: string | null): Partner | undefined {
    return id ? this.doc.partners.find((p) => p.id === id) : undefined;
  }

  private segmentLabel = (id: string): string => this.doc.segments.find((s) => s.id === id)?.label ?? id;

  private where(p: Partner): string {
    const { x, y } = this.doc.axes;
    return this.t('matrix.where', {
      xAxis: x.label || this.t('matrix.axis.x'),
      x: p.x,
      yAxis: y.label || this.t('matrix.axis.y'),
      y: p.y,
      quadrant: quadrantLabel(this.doc, quadrantOf(p)),
    });
  }

  private async focusPoint(id: string | undefined): Promise<void> {
    if (!id) return;
    this.activeId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`.point[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  private async openDetails(id: string, focusName = false): Promise<void> {
    this.selectedId = id;
    this.activeId = id;
    await this.updateComplete;
    if (focusName) (this.renderRoot.querySelector<HTMLElement>('.details .details-name') ?? this.renderRoot.querySelector<HTMLElement>('.details button'))?.focus();
  }

  private async add(): Promise<void> {
    const id = nextPartnerId(this.doc);
    // Every partner belongs to a segment: a matrix with none gets one, named in the learner's language.
    const doc = this.doc.segments.length ? this.doc : addSegment(this.doc, { label: this.t('matrix.segment.unsorted') });
    const segment = doc.segments.find((s) => !this.hiddenSegments.has(s.id))?.id;
    this.commit(addPartner(doc, { id, segment, name: this.t('matrix.partner.newName') }), this.t('matrix.partner.added'));
    await this.openDetails(id, true);
  }

  private async deletePartner(id: string): Promise<void> {
    const points = this.layout.points;
    const at = points.findIndex((p) => p.partner.id === id);
    const name = this.partner(id)?.name ?? '';
    if (this.selectedId === id) this.selectedId = null;
    this.commit(removePartner(this.doc, id), this.t('matrix.partner.deleted', { name }));
    const next = this.layout.points[Math.min(Math.max(at, 0), this.layout.points.length - 1)];
    if (next) await this.focusPoint(next.partner.id);
    else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('button.add')?.focus();
    }
  }

  // ── keyboard on points ─────────────────────────────────────────────

  private onChartKeyDown = (e: KeyboardEvent): void => {
    const g = (e.composedPath()[0] as Element).closest?.('.point');
    const id = g?.getAttribute('data-id');
    if (!id) return;
    const step = e.shiftKey ? 10 : 1;
    // Left and right follow the screen: in RTL the x axis runs right to left, so ArrowRight lowers x.
    const right = this.rtl ? -step : step;
    const moves: Record<string, [number, number]> = { ArrowRight: [right, 0], ArrowLeft: [-right, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[e.key]) {
      e.preventDefault();
      if (this.isReadonly) return;
      const [dx, dy] = moves[e.key]!;
      const next = nudgePartner(this.doc, id, dx, dy);
      const p = partnerById(next.partners, id);
      if (!p) return;
      if (next !== this.doc) this.commit(next, this.t('matrix.moved.key', { name: p.name, where: this.where(p) }));
      else this.announce(this.t('matrix.moved.edge', { name: p.name, where: this.where(p) }));
      return;
    }
    const points = this.layout.points;
    const i = points.findIndex((p) => p.partner.id === id);
    const go = (j: number) => {
      e.preventDefault();
      void this.focusPoint(points[(j + points.length) % points.length]?.partner.id);
    };
    switch (e.key) {
      case 'PageDown':
      case ']':
        return go(i + 1);
      case 'PageUp':
      case '[':
        return go(i - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(points.length - 1);
      case 'Enter':
      case ' ':
        e.preventDefault();
        void this.openDetails(id, true);
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        if (!this.isReadonly) void this.deletePartner(id);
        return;
      case 'Escape':
        this.selectedId = null;
        return;
    }
  };

  // ── dragging ───────────────────────────────────────────────────────

  private onPointerDown = (e: PointerEvent): void => {
    const g = (e.composedPath()[0] as Element).closest?.('.point');
    const id = g?.getAttribute('data-id');
    if (!id || e.button !== 0) return;
    e.preventDefault();
    void this.focusPoint(id);
    this.drag = { id, start: this.doc, pointerId: e.pointerId, moved: false, x0: e.clientX, y0: e.clientY };
    try {
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; dragging still follows the events.
    }
  };

  private onPointerMove = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId || this.isReadonly) return;
    if (!d.moved && Math.hypot(e.clientX - d.x0, e.clientY - d.y0) < 3) return;
    d.moved = true;
    const rect = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
    const L = this.layout;
    const px = e.clientX - rect.left;
    // In RTL the chart is drawn mirrored (see renderChart): the layout's x is measured from the right.
    const [x, y] = L.toData(this.rtl ? L.width - px : px, e.clientY - rect.top);
    this.preview(movePartner(this.doc, d.id, Math.round(x), Math.round(y)));
  };

  private onPointerUp = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.drag = undefined;
    if (!d.moved) {
      void this.openDetails(d.id);
      return;
    }
    const p = this.partner(d.id);
    if (p) this.commit(this.doc, this.t('matrix.moved.drag', { name: p.name, where: this.where(p) }), d.start);
  };

  private onPointerCancel = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.drag = undefined;
    if (d.moved) this.preview(d.start);
  };

  // ── rendering ──────────────────────────────────────────────────────

  protected override renderWorksheet(): TemplateResult {
    const doc = this.doc;
    const ro = this.isReadonly;
    const t = this.t;
    const L = this.size.measured ? this.layout : matrixLayout({ ...doc, partners: [] }, this.size.layoutWidth);
    const selected = this.partner(this.selectedId);
    // Handlers read this.doc when they run: several edits can land before the next render.
    const update = (id: string, patch: Partial<Partner>, what: string) => this.commit(updatePartner(this.doc, id, patch), what);
    return html`
      <div class="matrix-layout">
        <section class="chart-panel" part="chart" aria-label=${t('matrix.chart.label')}>
          <div class="chart-bar">
            ${ro ? nothing : html`<button type="button" class="primary add" @click=${this.add}>${icons.plus} ${t('matrix.add')}</button>`}
            <span class="summary">${this.summary(L.points.length)}</span>
          </div>
          <div class="chart-frame">
            <svg
              width=${L.width}
              height=${L.height}
              viewBox=${`0 0 ${L.width} ${L.height}`}
              direction=${this.rtl ? 'rtl' : 'ltr'}
              role="group"
              aria-label=${t('matrix.chart.description', {
                x: doc.axes.x.label || t('matrix.axis.x'),
                y: doc.axes.y.label || t('matrix.axis.y'),
                count: L.points.length,
              })}
              @keydown=${this.onChartKeyDown}
              @pointerdown=${this.onPointerDown}
              @pointermove=${this.onPointerMove}
              @pointerup=${this.onPointerUp}
              @pointercancel=${this.onPointerCancel}
            >
              ${renderChart({
                doc,
                layout: L,
                activeId: this.activeId,
                selectedId: this.selectedId,
                readonly: ro,
                segmentLabel: this.segmentLabel,
                describedBy: 'point-keys',
                t,
                rtl: this.rtl,
                memo: this.chartMemo,
              })}
            </svg>
          </div>
          <p class="hint" id="point-keys">
            ${t(ro ? 'matrix.hint.readonly' : 'matrix.hint.edit')}
          </p>
          ${doc.partners.length === 0
            ? html`<div class="empty">
                <p>${t('matrix.empty')}</p>
                ${ro
                  ? nothing
                  : html`<p>${t('matrix.empty.start')}</p>
                      <button type="button" @click=${() => this.commit(useSamplePartners(this.doc), this.t('matrix.sample.loaded'))}>
                        ${t('matrix.sample.load')}
                      </button>`}
              </div>`
            : nothing}
        </section>
        <div class="side">
          ${
            // The legend shows the segments, their counts and the view: a moved point changes none of them.
            // (Its handlers read the current document when they run.)
            guard([doc.segments, ro, t, this.hiddenSegments, ...this.segmentCounts()], () =>
              renderLegend({
                doc,
                layout: L,
                readonly: ro,
                t,
                hidden: this.hiddenSegments,
                toggle: (id) => this.toggleSegment(id),
                update: (id, patch, what) => this.commit(updateSegment(this.doc, id, patch), what),
                add: () => this.commit(addSegment(this.doc, { label: this.t('matrix.segment.newLabel') }), this.t('matrix.segment.added')),
                remove: (id) => this.commit(removeSegment(this.doc, id), this.t('matrix.segment.deleted')),
                markDirty: this.markDirty,
                text: (e) => this.committedText(e),
              }),
            )
          }
          ${selected
            ? renderDetails({
                doc,
                partner: selected,
                readonly: ro,
                t,
                update: (patch, what) => update(selected.id, patch, what),
                duplicate: () => this.commit(duplicatePartner(this.doc, selected.id, this.t('matrix.partner.copySuffix')), this.t('matrix.partner.duplicated')),
                remove: () => void this.deletePartner(selected.id),
                close: () => {
                  this.selectedId = null;
                  void this.focusPoint(selected.id);
                },
                markDirty: this.markDirty,
                text: (e) => this.committedText(e),
              })
            : nothing}
        </div>
      </div>
      ${
        // The label editor shows the axes and quadrant labels only (its handlers read the current document).
        ro ? nothing : guard([doc.axes, doc.quadrants, t, this.rtl], () => this.renderLabelsEditor())
      }
      ${doc.partners.length
        ? html`<h3 class="table-title">${t('matrix.table.title')}</h3>
            ${renderPartnerTable({
              doc,
              rows: this.tableRows(),
              readonly: ro,
              t,
              hidden: this.hiddenSegments,
              selectedId: this.selectedId,
              update,
              remove: (id) => void this.deletePartner(id),
              select: (id) => void this.openDetails(id, true),
              markDirty: this.markDirty,
              text: (e) => this.committedText(e),
            })}
            ${!this.showAllRows && doc.partners.length > TABLE_PAGE
              ? html`<p class="more">
                  ${t('matrix.table.more', { shown: TABLE_PAGE, total: doc.partners.length })}
                  <button type="button" @click=${() => (this.showAllRows = true)}>${t('matrix.table.showAll', { count: doc.partners.length })}</button>
                </p>`
              : nothing}`
        : nothing}
    `;
  }

  /**
   * The partners the table lists: the first page (or all), without hidden segments. The same array as last time
   * while they are the same partners, so that the table's guard skips it when a change touches none of its rows.
   */
  private tableRows(): readonly Partner[] {
    const { partners } = this.doc;
    const hidden = this.hiddenSegments;
    const end = this.showAllRows ? partners.length : Math.min(partners.length, TABLE_PAGE);
    const last = this.lastRows;
    let n = 0;
    let same = true;
    for (let i = 0; i < end; i++) {
      const p = partners[i]!;
      if (hidden.size && hidden.has(p.segment)) continue;
      if (same && last[n] !== p) same = false;
      n++;
    }
    if (same && n === last.length) return last;
    const rows: Partner[] = [];
    for (let i = 0; i < end; i++) if (!hidden.has(partners[i]!.segment)) rows.push(partners[i]!);
    return (this.lastRows = rows);
  }

  /**
   * How many partners each segment holds, in the segments' order. After an edit that kept the number of partners
   * (a move, a rename, a new segment for one partner) the last counts are corrected where partners differ;
   * otherwise they are counted again.
   */
  private segmentCounts(): number[] {
    const { partners, segments } = this.doc;
    const u = this.usage;
    if (u && u.segments === segments && u.partners.length === partners.length) {
      if (u.partners === partners) return u.counts;
      let counts = u.counts;
      for (let i = 0; i < partners.length; i++) {
        if (u.partners[i] === partners[i]) continue;
        const was = u.partners[i]!.segment;
        const is = partners[i]!.segment;
        if (was === is) continue;
        if (counts === u.counts) counts = [...counts];
        const from = segments.findIndex((sg) => sg.id === was);
        const to = segments.findIndex((sg) => sg.id === is);
        if (from >= 0) counts[from]!--;
        if (to >= 0) counts[to]!++;
      }
      this.usage = { partners, segments, counts };
      return counts;
    }
    const used = segmentUsage(this.doc);
    const counts = segments.map((sg) => used.get(sg.id) ?? 0);
    this.usage = { partners, segments, counts };
    return counts;
  }

  /** "12 partners", and how many are shown when segments are hidden. */
  private summary(shown: number): string {
    const partners = this.t('matrix.partners.count', { count: this.doc.partners.length });
    return this.hiddenSegments.size ? this.t('matrix.partners.shown', { partners, count: shown }) : partners;
  }

  private toggleSegment(id: string): void {
    const next = new Set(this.hiddenSegments);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.hiddenSegments = next;
    const label = this.segmentLabel(id);
    this.announce(this.t(next.has(id) ? 'matrix.segment.hidden' : 'matrix.segment.shown', { label }));
  }

  private renderLabelsEditor(): TemplateResult {
    const doc = this.doc;
    const t = this.t;
    const field = (label: string, value: string, apply: (text: string) => Doc, what: string) => html`<label
      >${label}
      <textarea
        rows="1"
        .value=${value}
        @input=${this.markDirty}
        @keydown=${commitOnEnter}
        @change=${(e: Event) => this.commit(apply(this.committedText(e)), what)}
      ></textarea>
    </label>`;
    const axis = (a: 'x' | 'y', name: string) => html`<fieldset>
      <legend>${name}</legend>
      ${field(t('matrix.labels.label'), doc.axes[a].label, (text) => setAxis(this.doc, a, { label: text }), t('matrix.labels.labelChanged', { axis: name }))}
      ${field(t('matrix.labels.low'), doc.axes[a].low, (text) => setAxis(this.doc, a, { low: text }), t('matrix.labels.lowChanged', { axis: name }))}
      ${field(t('matrix.labels.high'), doc.axes[a].high, (text) => setAxis(this.doc, a, { high: text }), t('matrix.labels.highChanged', { axis: name }))}
    </fieldset>`;
    const places = this.rtl ? QUADRANT_NAMES_RTL : QUADRANT_NAMES;
    return html`<details class="labels-editor" part="labels-editor">
      <summary>${t('matrix.labels.title')}</summary>
      <div class="labels-grid">
        ${axis('x', t('matrix.labels.xAxis'))} ${axis('y', t('matrix.labels.yAxis'))}
        <fieldset>
          <legend>${t('matrix.labels.quadrants')}</legend>
          ${QUADRANTS.map((_, i) =>
            field(t(places[i]!), doc.quadrants[i]!, (text) => setQuadrantLabel(this.doc, i, text), t('matrix.quadrant.renamed')),
          )}
        </fieldset>
      </div>
    </details>`;
  }
}

