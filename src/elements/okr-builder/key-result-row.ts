import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../../core/style-props.js';
import { commitOnEnter } from '../../core/fields.js';
import { icons } from '../../core/icons.js';
import { formatNumber, formatPercent, keyResultProgress, teamName, withUnit } from '../../models/okr-builder/selectors.js';
import type { KeyResult, Objective } from '../../models/okr-builder/types.js';
import { renderCheckInPanel } from './check-in.js';
import { krKey, type OkrContext } from './context.js';
import { renderTrend } from './trend.js';

/** Columns of the key-result table (the check-in panel spans them all). */
export const KR_COLUMNS = 10;

/** Progress as a bar and as text; the bar is a labelled meter. */
export function renderProgress(kr: KeyResult, name: string): TemplateResult {
  const p = keyResultProgress(kr);
  const pct = Math.round(p * 100);
  const text = `${pct}%: ${withUnit(kr.current, kr.unit)} from ${withUnit(kr.start, kr.unit)} toward ${withUnit(kr.target, kr.unit)}`;
  return html`<span class="progress">
    <span
      class="meter"
      part="meter"
      role="meter"
      aria-label=${`Progress of ${name}`}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${pct}
      aria-valuetext=${text}
      ><span class="meter-fill" ${styleProps({ 'inline-size': `${pct}%` })}></span
    ></span>
    <span class="pct" aria-hidden="true">${formatPercent(p)}</span>
  </span>`;
}

function numberField(o: Objective, kr: KeyResult, field: 'start' | 'target' | 'current' | 'confidence', label: string, ctx: OkrContext): TemplateResult {
  const value = kr[field];
  const confidence = field === 'confidence';
  return html`<input
    type="number"
    class=${`num ${field}`}
    step=${confidence ? '0.05' : 'any'}
    min=${confidence ? '0' : nothing}
    max=${confidence ? '1' : nothing}
    placeholder=${confidence ? '—' : nothing}
    aria-label=${label}
    .value=${live(value === undefined ? '' : String(value))}
    @keydown=${commitOnEnter}
    @change=${(e: Event) => ctx.keyResultNumber(o.id, kr.id, field, e)}
  />`;
}

/** One key result as a table row (cards when narrow), then its check-in panel when open. */
export function renderKeyResultRow(o: Objective, kr: KeyResult, j: number, objectiveNumber: number, ctx: OkrContext): TemplateResult {
  const name = kr.title.trim() || `key result ${objectiveNumber}.${j + 1}`;
  const key = krKey(o.id, kr.id);
  const open = ctx.openCheckIn === key;
  const idBase = `kr-${objectiveNumber}-${j + 1}`;
  const count = kr.checkIns?.length ?? 0;
  const last = j === o.keyResults.length - 1;
  const toggle = html`<button
    type="button"
    class="checkin-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? `${idBase}-panel` : nothing}
    @click=${() => ctx.toggleCheckIn(o.id, kr.id)}
  >
    ${icons.checkIn} ${ctx.readonly ? 'History' : 'Check in'}<span class="visually-hidden"> of ${name}</span>${count
      ? html` <span class="count">${count}</span><span class="visually-hidden"> ${count === 1 ? 'check-in' : 'check-ins'}</span>`
      : nothing}
  </button>`;

  const row = ctx.readonly
    ? html`<tr class="kr" part="key-result" data-key=${key}>
        <th scope="row" class="kr-title wide"><span class="kr-number" aria-hidden="true">KR ${objectiveNumber}.${j + 1}</span> ${kr.title}</th>
        <td class="wide" data-label="Owner">${teamName(ctx.doc.teams, kr.owner) || html`<span class="no-owner">${icons.warning} No owner</span>`}</td>
        <td class="num" data-label="Start">${withUnit(kr.start, kr.unit)}</td>
        <td class="num" data-label="Target">${withUnit(kr.target, kr.unit)}</td>
        <td class="num" data-label="Current">${withUnit(kr.current, kr.unit)}</td>
        <td class="num" data-label="Confidence">${kr.confidence === undefined ? '—' : formatNumber(kr.confidence)}</td>
        <td class="wide" data-label="Progress">${renderProgress(kr, name)}</td>
        <td data-label="Trend">${renderTrend(kr, name)}</td>
        <td class="actions">${count ? toggle : nothing}</td>
      </tr>`
    : html`<tr class=${`kr${ctx.dragging === kr.id ? ' dragging' : ''}`} part="key-result" data-key=${key} data-objective=${o.id} data-id=${kr.id}>
        <th scope="row" class="kr-title wide">
          <div class="kr-title-wrap">
          <span class="kr-head">
            <span class="grip" aria-hidden="true" data-drag="key-result" data-objective=${o.id} data-id=${kr.id} title="Drag to reorder">${icons.grip}</span>
            <span class="kr-number" aria-hidden="true">KR ${objectiveNumber}.${j + 1}</span>
          </span>
          <textarea
            class="title"
            rows="1"
            aria-label=${`Key result ${objectiveNumber}.${j + 1}`}
            placeholder="What will you measure?"
            .value=${live(kr.title)}
            @input=${ctx.markDirty}
            @keydown=${commitOnEnter}
            @change=${(e: Event) => ctx.keyResultText(o.id, kr.id, 'title', e)}
          ></textarea>
          </div>
        </th>
        <td class="wide" data-label="Owner">
          <select aria-label=${`Owner of ${name}`} @change=${(e: Event) => ctx.keyResultOwner(o.id, kr.id, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!kr.owner}>No owner</option>
            ${ctx.doc.teams.map((t) => html`<option value=${t.id} ?selected=${t.id === kr.owner}>${t.name || t.id}</option>`)}
          </select>
        </td>
        <td class="num" data-label="Start">${numberField(o, kr, 'start', `Start of ${name}`, ctx)}</td>
        <td class="num" data-label="Target">${numberField(o, kr, 'target', `Target of ${name}`, ctx)}</td>
        <td class="num" data-label="Current">${numberField(o, kr, 'current', `Current value of ${name}`, ctx)}</td>
        <td class="num" data-label="Unit">
          <input
            type="text"
            class="unit"
            aria-label=${`Unit of ${name}`}
            placeholder="unit"
            .value=${live(kr.unit ?? '')}
            @input=${ctx.markDirty}
            @keydown=${commitOnEnter}
            @change=${(e: Event) => ctx.keyResultText(o.id, kr.id, 'unit', e)}
          />
        </td>
        <td class="num" data-label="Confidence">${numberField(o, kr, 'confidence', `Confidence in ${name} (0 to 1)`, ctx)}</td>
        <td class="wide" data-label="Progress">${renderProgress(kr, name)}</td>
        <td data-label="Trend">${renderTrend(kr, name)}</td>
        <td class="actions">
          ${toggle}
          <button type="button" class="icon small up" aria-label=${`Move ${name} up`} title="Move up (Alt+↑)" aria-disabled=${String(j === 0)} @click=${(e: Event) => ctx.moveKeyResult(o.id, kr.id, -1, e)}>
            ${icons.up}
          </button>
          <button type="button" class="icon small down" aria-label=${`Move ${name} down`} title="Move down (Alt+↓)" aria-disabled=${String(last)} @click=${(e: Event) => ctx.moveKeyResult(o.id, kr.id, 1, e)}>
            ${icons.down}
          </button>
          <button type="button" class="icon small danger remove" aria-label=${`Delete ${name}`} title="Delete" @click=${() => ctx.removeKeyResult(o.id, kr.id)}>
            ${icons.trash}
          </button>
        </td>
      </tr>`;
  // One template shape whether the panel is open or not, so the row keeps its DOM (and focus) when it toggles.
  return html`${row}${open
    ? html`<tr class="checkin-row" data-key=${`${key}#panel`}>
        <td colspan=${ctx.readonly ? KR_COLUMNS - 1 : KR_COLUMNS} id=${`${idBase}-panel`}>${renderCheckInPanel(o.id, kr, name, ctx, idBase)}</td>
      </tr>`
    : nothing}`;
}
