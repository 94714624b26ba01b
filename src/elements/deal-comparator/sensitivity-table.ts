import { html, type TemplateResult } from 'lit';
import { formatWeight } from '../../models/deal-comparator/selectors.js';
import type { LeaderChange, SensitivityReport, WeightSensitivity } from '../../models/deal-comparator/sensitivity.js';
import { WEIGHT_MAX, WEIGHT_MIN, type DealComparatorDocument } from '../../models/deal-comparator/types.js';

const nameOf = (doc: DealComparatorDocument, id: string | null): string => doc.options.find((o) => o.id === id)?.name ?? '';

const signed = (n: number): string => `${n < 0 ? '−' : '+'}${formatWeight(Math.abs(n))}`;

/** The short hint beside a weight control: the range in which the leader holds. */
export function weightHint(row: WeightSensitivity | undefined): string {
  if (!row) return '';
  const { down, up } = row;
  if (!down && !up) return `Leader holds across ${WEIGHT_MIN}–${WEIGHT_MAX}`;
  if (down && up) return `Leader holds between ${formatWeight(down.weight)} and ${formatWeight(up.weight)}`;
  if (down) return `Leader changes at ${formatWeight(down.weight)} or below`;
  return `Leader changes at ${formatWeight(up!.weight)} or above`;
}

function changeCell(doc: DealComparatorDocument, change: LeaderChange | null, verb: string): TemplateResult {
  if (!change) return html`<span class="muted">No change within ${WEIGHT_MIN}–${WEIGHT_MAX}</span>`;
  return html`<strong>${verb} ${formatWeight(change.weight)}</strong> <span class="delta">(${signed(change.change)})</span>
    <span class="who">${change.newLeaderId === null ? 'No criterion has weight left' : html`${nameOf(doc, change.newLeaderId)} draws level, then leads`}</span>`;
}

/** Why there is nothing to test, in words. */
const NO_LEADER_TEXT = {
  'no-options': 'Add options to see how sensitive the choice is to each weight.',
  'no-criteria': 'Add criteria to see how sensitive the choice is to each weight.',
  'no-weight': 'Every weight is 0, so there is no leader whose lead could be tested.',
  tied: 'The lead is already tied, so any change that separates the tied options decides it. Adjust a weight or a score to break the tie.',
} as const;

/** For each criterion: how far its weight may move down or up (the others fixed) before the leader changes. */
export function renderSensitivity(doc: DealComparatorDocument, report: SensitivityReport): TemplateResult {
  return html`<section class="panel sensitivity" part="sensitivity" aria-labelledby="sensitivity-title">
    <h3 id="sensitivity-title">How robust is the lead?</h3>
    ${report.leaderId === undefined
      ? html`<p class="muted">${NO_LEADER_TEXT[report.noLeader!]}</p>`
      : html`<p class="muted small">
            How far each weight can move, the others fixed and within ${WEIGHT_MIN}–${WEIGHT_MAX}, before
            <strong class="text">${nameOf(doc, report.leaderId)}</strong> stops leading. Computed exactly.
          </p>
          <div class="scroll" tabindex="0" role="region" aria-label="Sensitivity table">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  <th scope="col" class="num">Weight</th>
                  <th scope="col">Lowering it</th>
                  <th scope="col">Raising it</th>
                </tr>
              </thead>
              <tbody>
                ${report.rows.map((r) => {
                  const c = doc.criteria.find((x) => x.id === r.criterionId)!;
                  return html`<tr>
                    <th scope="row">${c.label}</th>
                    <td class="num" data-label="Weight">${formatWeight(r.weight)}</td>
                    <td data-label="Lowering it">${r.weight <= WEIGHT_MIN ? html`<span class="muted">Already 0</span>` : changeCell(doc, r.down, 'At')}</td>
                    <td data-label="Raising it">${r.weight >= WEIGHT_MAX && !r.up ? html`<span class="muted">Already at ${WEIGHT_MAX}</span>` : changeCell(doc, r.up, 'At')}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
  </section>`;
}
