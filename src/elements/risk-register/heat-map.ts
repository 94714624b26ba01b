import { html, type TemplateResult } from 'lit';
import type { HeatMapCell } from '../../models/risk-register/selectors.js';
import type { RiskBand } from '../../models/risk-register/types.js';
import type { RovingFocus } from '../../core/roving.js';

export const BAND_LABEL: Record<RiskBand, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

export interface HeatMapProps {
  cells: HeatMapCell[][];
  selected: { likelihood: number; impact: number } | null;
  roving: RovingFocus;
  onSelect: (cell: HeatMapCell) => void;
  onClear: () => void;
}

/** The 5×5 grid: likelihood up, impact across; each cell a button carrying its score, band and count as text. */
export function renderHeatMap({ cells, selected, roving, onSelect, onClear }: HeatMapProps): TemplateResult {
  let i = 0;
  return html`
    <div class="heat-map" part="heat-map">
      <span class="axis-y" aria-hidden="true">Likelihood →</span>
      <div
        class="grid"
        role="group"
        aria-label="Risk heat map: likelihood rows, impact columns. Choose a cell to filter the register."
        @keydown=${(e: KeyboardEvent) => (e.key === 'Escape' ? onClear() : roving.onKeyDown(e))}
        @focusin=${roving.onFocusIn}
      >
        ${cells.map(
          (row) => html`
            <span class="row-label" aria-hidden="true">${row[0]!.likelihood}</span>
            ${row.map((cell) => {
              const index = i++;
              const pressed = selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
              return html`<button
                type="button"
                part="cell"
                class="cell"
                data-band=${cell.band}
                data-count=${cell.count}
                tabindex=${roving.tabIndexFor(index)}
                aria-pressed=${pressed ? 'true' : 'false'}
                aria-label=${`${cell.score} ${cell.count}: score ${cell.score}, ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}, likelihood ${cell.likelihood}, impact ${cell.impact}, ${BAND_LABEL[cell.band]} band`}
                @click=${() => (pressed ? onClear() : onSelect(cell))}
              >
                <span class="score">${cell.score}</span> <span class="count">${cell.count}</span>
              </button>`;
            })}
          `,
        )}
        <span></span>
        ${[1, 2, 3, 4, 5].map((n) => html`<span class="col-label" aria-hidden="true">${n}</span>`)}
      </div>
      <span class="axis-x" aria-hidden="true">Impact →</span>
    </div>
  `;
}
