import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Translate } from '../../core/i18n.js';
import type { RovingFocus } from '../../core/roving.js';
import type { HeatMapCell } from '../../models/risk-register/selectors.js';
import { riskLabels } from './labels.js';

export interface HeatMapProps {
  cells: HeatMapCell[][];
  selected: { likelihood: number; impact: number } | null;
  roving: RovingFocus;
  t: Translate;
  /** Laid out right to left: the grid mirrors (impact rises to the left), and so does the impact arrow. */
  rtl: boolean;
  onSelect: (cell: HeatMapCell) => void;
  onClear: () => void;
}

/**
 * The 5×5 grid: likelihood up, impact across (towards the inline end: rightwards, or leftwards right to left);
 * each cell a button carrying its score, band and count as text.
 */
export function renderHeatMap({ cells, selected, roving, t, rtl, onSelect, onClear }: HeatMapProps): TemplateResult {
  const L = riskLabels(t);
  let i = 0;
  return html`
    <div class="heat-map" part="heat-map">
      <span class="axis-y" aria-hidden="true"><span class="axis-text">${t('risk.heatMap.likelihood')}</span><span class="arrow">↑</span></span>
      <div
        class="grid"
        role="group"
        aria-label=${t('risk.heatMap.label')}
        @keydown=${(e: KeyboardEvent) => (e.key === 'Escape' ? onClear() : roving.onKeyDown(e))}
        @focusin=${roving.onFocusIn}
      >
        ${cells.map(
          (row) => html`
            <span class="row-label" aria-hidden="true">${L.num(row[0]!.likelihood)}</span>
            ${row.map((cell) => {
              const index = i++;
              const pressed = selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
              // A cell's place fixes its likelihood, impact and score; an edit changes one or two counts, so the
              // other cells (and their labels, which choose plural forms) are not written again.
              const tabIndex = roving.tabIndexFor(index);
              return guard([cell.count, cell.band, pressed, tabIndex, t], () => html`<button
                type="button"
                part="cell"
                class="cell"
                data-band=${cell.band}
                data-count=${cell.count}
                data-likelihood=${cell.likelihood}
                data-impact=${cell.impact}
                tabindex=${tabIndex}
                aria-pressed=${pressed ? 'true' : 'false'}
                aria-label=${t('risk.heatMap.cell', {
                  count: cell.count,
                  score: cell.score,
                  likelihood: cell.likelihood,
                  impact: cell.impact,
                  band: L.band[cell.band],
                })}
                @click=${() => (pressed ? onClear() : onSelect(cell))}
              >
                <span class="score">${L.num(cell.score)}</span> <span class="count">${L.num(cell.count)}</span>
              </button>`);
            })}
          `,
        )}
        <span></span>
        ${[1, 2, 3, 4, 5].map((n) => html`<span class="col-label" aria-hidden="true">${L.num(n)}</span>`)}
      </div>
      <span class="axis-x" aria-hidden="true"><span class="axis-text">${t('risk.heatMap.impact')}</span><span class="arrow">${rtl ? '←' : '→'}</span></span>
    </div>
  `;
}
