import { html, nothing, type TemplateResult } from 'lit';
import { icons } from '../../core/icons.js';
import { checkInsByDate } from '../../models/okr-builder/selectors.js';
import type { KeyResult } from '../../models/okr-builder/types.js';
import type { OkrContext } from './context.js';
import { day, inputNumber, percent, withUnit } from './format.js';

/**
 * The check-in panel under a key result: a quick form (date, new value, confidence, note) and the history as a
 * list, which is also the text alternative of the trend chart.
 */
export function renderCheckInPanel(objectiveId: string, kr: KeyResult, name: string, ctx: OkrContext, idBase: string): TemplateResult {
  const { t } = ctx;
  const history = checkInsByDate(kr).reverse();
  return html`<div class="checkin-panel" part="check-in" role="group" aria-label=${t('okr.checkIn.panel', { name })}>
    ${ctx.readonly
      ? nothing
      : html`<form class="checkin-form" @submit=${(e: SubmitEvent) => ctx.recordCheckIn(objectiveId, kr.id, e)}>
          <label>${t('okr.checkIn.date')} <input type="date" name="date" required .value=${ctx.today} /></label>
          <label
            >${kr.unit ? t('okr.checkIn.valueUnit', { unit: kr.unit }) : t('okr.checkIn.value')}
            <input type="number" name="value" step="any" required .value=${inputNumber(kr.current)}
          /></label>
          <label
            >${t('okr.checkIn.confidence')}
            <input type="number" name="confidence" min="0" max="1" step="0.05" .value=${kr.confidence === undefined ? '' : String(kr.confidence)}
          /></label>
          <label class="note">${t('okr.checkIn.note')} <input type="text" name="note" placeholder=${t('okr.checkIn.notePlaceholder')} /></label>
          <button type="submit" class="primary record">${t('okr.checkIn.record')}</button>
          <button type="button" @click=${() => ctx.toggleCheckIn(objectiveId, kr.id)}>${t('okr.checkIn.close')}</button>
        </form>`}
    <h4 id=${`${idBase}-history`} class="history-title">${t('okr.history')}</h4>
    ${history.length
      ? html`<ol class="history" aria-labelledby=${`${idBase}-history`}>
          ${history.map((c) => {
            const date = day(t, c.date);
            return html`<li>
              <span class="history-date">${date}</span>
              <strong class="history-value">${withUnit(t, c.value, kr.unit)}</strong>
              ${c.confidence === undefined ? nothing : html`<span class="muted">${t('okr.checkIn.confidenceValue', { percent: percent(t, c.confidence) })}</span>`}
              ${c.note ? html`<span class="history-note">${c.note}</span>` : nothing}
              ${ctx.readonly
                ? nothing
                : html`<button
                    type="button"
                    class="icon small danger"
                    aria-label=${t('okr.checkIn.delete', { date })}
                    title=${t('okr.checkIn.deleteHint')}
                    @click=${() => ctx.removeCheckIn(objectiveId, kr.id, c.id)}
                  >
                    ${icons.trash}
                  </button>`}
            </li>`;
          })}
        </ol>`
      : html`<p class="muted">${t(ctx.readonly ? 'okr.checkIn.none' : 'okr.checkIn.noneHint')}</p>`}
  </div>`;
}
