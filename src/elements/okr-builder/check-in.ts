import { html, nothing, type TemplateResult } from 'lit';
import { icons } from '../../core/icons.js';
import { checkInsByDate, formatNumber, formatPercent, withUnit } from '../../models/okr-builder/selectors.js';
import type { KeyResult } from '../../models/okr-builder/types.js';
import type { OkrContext } from './context.js';

/**
 * The check-in panel under a key result: a quick form (date, new value, confidence, note) and the history as a
 * list, which is also the text alternative of the trend chart.
 */
export function renderCheckInPanel(objectiveId: string, kr: KeyResult, name: string, ctx: OkrContext, idBase: string): TemplateResult {
  const history = checkInsByDate(kr).reverse();
  const unit = kr.unit ? ` (${kr.unit})` : '';
  return html`<div class="checkin-panel" part="check-in" role="group" aria-label=${`Check-ins of ${name}`}>
    ${ctx.readonly
      ? nothing
      : html`<form class="checkin-form" @submit=${(e: SubmitEvent) => ctx.recordCheckIn(objectiveId, kr.id, e)}>
          <label>Date <input type="date" name="date" required .value=${ctx.today} /></label>
          <label>New value${unit} <input type="number" name="value" step="any" required .value=${formatNumber(kr.current).replace(/,/g, '')} /></label>
          <label>Confidence (0–1) <input type="number" name="confidence" min="0" max="1" step="0.05" .value=${kr.confidence === undefined ? '' : String(kr.confidence)} /></label>
          <label class="note">Note <input type="text" name="note" placeholder="What changed?" /></label>
          <button type="submit" class="primary record">Record check-in</button>
          <button type="button" @click=${() => ctx.toggleCheckIn(objectiveId, kr.id)}>Close</button>
        </form>`}
    <h4 id=${`${idBase}-history`} class="history-title">History</h4>
    ${history.length
      ? html`<ol class="history" aria-labelledby=${`${idBase}-history`}>
          ${history.map(
            (c) => html`<li>
              <span class="history-date">${c.date}</span>
              <strong class="history-value">${withUnit(c.value, kr.unit)}</strong>
              ${c.confidence === undefined ? nothing : html`<span class="muted">confidence ${formatPercent(c.confidence)}</span>`}
              ${c.note ? html`<span class="history-note">${c.note}</span>` : nothing}
              ${ctx.readonly
                ? nothing
                : html`<button
                    type="button"
                    class="icon small danger"
                    aria-label=${`Delete the check-in of ${c.date}`}
                    title="Delete check-in"
                    @click=${() => ctx.removeCheckIn(objectiveId, kr.id, c.id)}
                  >
                    ${icons.trash}
                  </button>`}
            </li>`,
          )}
        </ol>`
      : html`<p class="muted">No check-ins yet.${ctx.readonly ? '' : ' Record the first one above.'}</p>`}
  </div>`;
}
