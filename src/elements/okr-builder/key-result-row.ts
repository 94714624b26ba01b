import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../../core/style-props.js';
import { fieldLabels, type FieldNames } from '../../core/field-labels.js';
import { icons } from '../../core/icons.js';
import type { MessageKey, Translate } from '../../core/i18n.js';
import { keyResultProgress, teamName } from '../../models/okr-builder/selectors.js';
import type { KeyResult, Objective } from '../../models/okr-builder/types.js';
import { renderCheckInPanel } from './check-in.js';
import { krKey, type OkrContext } from './context.js';
import { percent, withUnit } from './format.js';
import { renderTrend } from './trend.js';

/** Columns of the key-result table (the check-in panel spans them all). */
export const KR_COLUMNS = 10;

/** Progress as a bar and as text; the bar is a labelled meter. */
export function renderProgress(kr: KeyResult, name: string, t: Translate): TemplateResult {
  const p = keyResultProgress(kr);
  const pct = Math.round(p * 100);
  const shown = percent(t, p);
  const text = t('okr.kr.progressText', {
    percent: shown,
    current: withUnit(t, kr.current, kr.unit),
    start: withUnit(t, kr.start, kr.unit),
    target: withUnit(t, kr.target, kr.unit),
  });
  return html`<span class="progress">
    <span
      class="meter"
      part="meter"
      role="meter"
      aria-label=${t('okr.kr.progressOf', { name })}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${pct}
      aria-valuetext=${text}
      ><span class="meter-fill" ${styleProps({ 'inline-size': `${pct}%` })}></span
    ></span>
    <span class="pct" aria-hidden="true">${shown}</span>
  </span>`;
}

/** A number field's value: what `live()` compares with the field's own text. */
const numeric = (n: number | undefined) => live(n === undefined ? '' : String(n));

/** What names each field and button of an editable key-result row (see `fieldLabels`). */
const FIELD_NAMES: Record<string, MessageKey> = {
  owner: 'okr.kr.ownerOf',
  start: 'okr.kr.startOf',
  target: 'okr.kr.targetOf',
  current: 'okr.kr.currentOf',
  unit: 'okr.kr.unitOf',
  confidence: 'okr.kr.confidenceOf',
  up: 'okr.move.up',
  down: 'okr.move.down',
  remove: 'okr.delete',
};
const namesByLocale = new WeakMap<Translate, FieldNames>();

/** The field names in one locale: one table per message function, as `fieldLabels` compares them by identity. */
function fieldNames(t: Translate): FieldNames {
  let names = namesByLocale.get(t);
  if (!names) {
    names = Object.fromEntries(Object.entries(FIELD_NAMES).map(([field, key]) => [field, (name: string) => t(key, { name })]));
    namesByLocale.set(t, names);
  }
  return names;
}

/**
 * One key result as a table row (cards when narrow), then its check-in panel when open. An editable row binds no
 * listeners: its fields and buttons say what they edit or do (`data-field`, `data-action`), and the list's listeners
 * act on that (`onRowChange` and its neighbours in the element); `fieldLabels` names them.
 */
export function renderKeyResultRow(o: Objective, kr: KeyResult, j: number, objectiveNumber: number, ctx: OkrContext): TemplateResult {
  const { t } = ctx;
  const number = `${objectiveNumber}.${j + 1}`;
  const name = kr.title.trim() || t('okr.kr.fallbackName', { number });
  const key = krKey(o.id, kr.id);
  const open = ctx.openCheckIn === key;
  const idBase = `kr-${objectiveNumber}-${j + 1}`;
  const count = kr.checkIns?.length ?? 0;
  const last = j === o.keyResults.length - 1;
  // The short visible label starts the spoken name, which says whose check-ins and how many in the language's word order.
  const toggle = html`<button
    type="button"
    class="checkin-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? `${idBase}-panel` : nothing}
    @click=${() => ctx.toggleCheckIn(o.id, kr.id)}
  >
    ${icons.checkIn}
    <span aria-hidden="true">${t(ctx.readonly ? 'okr.history' : 'okr.checkIn.toggle')}${count ? html` <span class="count">${count}</span>` : nothing}</span
    ><span class="visually-hidden">${t(ctx.readonly ? 'okr.checkIn.historyLabel' : 'okr.checkIn.toggleLabel', { name, count })}</span>
  </button>`;

  const row = ctx.readonly
    ? html`<tr class="kr" part="key-result" data-key=${key}>
        <th scope="row" class="kr-title wide"><span class="kr-number" aria-hidden="true">${t('okr.kr.badge', { number })}</span> ${kr.title}</th>
        <td class="wide" data-col="1">${teamName(ctx.doc.teams, kr.owner) || html`<span class="no-owner">${icons.warning} ${t('okr.kr.noOwner')}</span>`}</td>
        <td class="num" data-col="2">${withUnit(t, kr.start, kr.unit)}</td>
        <td class="num" data-col="3">${withUnit(t, kr.target, kr.unit)}</td>
        <td class="num" data-col="4">${withUnit(t, kr.current, kr.unit)}</td>
        <td class="num" data-col="6">${kr.confidence === undefined ? '—' : percent(t, kr.confidence)}</td>
        <td class="wide" data-col="7">${renderProgress(kr, name, t)}</td>
        <td data-col="8">${renderTrend(kr, name, t, ctx.rtl)}</td>
        <td class="actions">${count ? toggle : nothing}</td>
      </tr>`
    : html`<tr
        class=${`kr${ctx.dragging === kr.id ? ' dragging' : ''}`}
        part="key-result"
        data-key=${key}
        data-objective=${o.id}
        data-id=${kr.id}
        ${fieldLabels(name, fieldNames(t))}
      >
        <th scope="row" class="kr-title wide">
          <div class="kr-title-wrap">
          <span class="kr-head">
            <span class="grip" aria-hidden="true" data-drag="key-result" data-objective=${o.id} data-id=${kr.id} title=${t('okr.dragHint')}>${icons.grip}</span>
            <span class="kr-number" aria-hidden="true">${t('okr.kr.badge', { number })}</span>
          </span>
          <textarea
            class="title"
            rows="1"
            data-field="title"
            aria-label=${t('okr.kr.label', { number })}
            placeholder=${t('okr.kr.placeholder')}
            .value=${live(kr.title)}
          ></textarea>
          </div>
        </th>
        <td class="wide" data-col="1">
          <select data-field="owner">
            <option value="" ?selected=${!kr.owner}>${t('okr.kr.noOwner')}</option>
            ${ctx.doc.teams.map((t) => html`<option value=${t.id} ?selected=${t.id === kr.owner}>${t.name || t.id}</option>`)}
          </select>
        </td>
        <td class="num" data-col="2"><input type="number" class="num start" data-field="start" step="any" .value=${numeric(kr.start)} /></td>
        <td class="num" data-col="3"><input type="number" class="num target" data-field="target" step="any" .value=${numeric(kr.target)} /></td>
        <td class="num" data-col="4"><input type="number" class="num current" data-field="current" step="any" .value=${numeric(kr.current)} /></td>
        <td class="num" data-col="5">
          <input type="text" class="unit" data-field="unit" placeholder=${t('okr.kr.unitPlaceholder')} .value=${live(kr.unit ?? '')} />
        </td>
        <td class="num" data-col="6">
          <input type="number" class="num confidence" data-field="confidence" step="0.05" min="0" max="1" placeholder="—" .value=${numeric(kr.confidence)} />
        </td>
        <td class="wide" data-col="7">${renderProgress(kr, name, t)}</td>
        <td data-col="8">${renderTrend(kr, name, t, ctx.rtl)}</td>
        <td class="actions">
          ${toggle}
          <button type="button" class="icon small up" data-action="up" title=${t('okr.move.upHint')} aria-disabled=${String(j === 0)}>${icons.up}</button>
          <button type="button" class="icon small down" data-action="down" title=${t('okr.move.downHint')} aria-disabled=${String(last)}>${icons.down}</button>
          <button type="button" class="icon small danger remove" data-action="remove" title=${t('okr.deleteHint')}>${icons.trash}</button>
        </td>
      </tr>`;
  // One template shape whether the panel is open or not, so the row keeps its DOM (and focus) when it toggles.
  return html`${row}${open
    ? html`<tr class="checkin-row" data-key=${`${key}#panel`}>
        <td colspan=${ctx.readonly ? KR_COLUMNS - 1 : KR_COLUMNS} id=${`${idBase}-panel`}>${renderCheckInPanel(o.id, kr, name, ctx, idBase)}</td>
      </tr>`
    : nothing}`;
}
