import { html, type TemplateResult } from 'lit';
import type { MessageKey, Translate } from '../../core/i18n.js';
import type { LeaderChange, SensitivityReport, WeightSensitivity } from '../../models/deal-comparator/sensitivity.js';
import { WEIGHT_MAX, WEIGHT_MIN, type DealComparatorDocument } from '../../models/deal-comparator/types.js';
import { formatWeight, once } from './format.js';

const nameOf = (doc: DealComparatorDocument, id: string | null | undefined): string => doc.options.find((o) => o.id === id)?.name ?? '';

/** The short hint beside a weight control: the range in which the leader holds. */
export function weightHint(t: Translate, row: WeightSensitivity | undefined): string {
  if (!row) return '';
  const w = (n: number) => formatWeight(t.locale, n);
  const { down, up } = row;
  if (!down && !up) return once(t, 'deal.hint.holdsAcross', { min: WEIGHT_MIN, max: WEIGHT_MAX });
  if (down && up) return t('deal.hint.holdsBetween', { low: w(down.weight), high: w(up.weight) });
  if (down) return t('deal.hint.changesBelow', { weight: w(down.weight) });
  return t('deal.hint.changesAbove', { weight: w(up!.weight) });
}

function changeCell(t: Translate, doc: DealComparatorDocument, change: LeaderChange | null): TemplateResult {
  if (!change) return html`<span class="muted">${once(t, 'deal.sens.noChange', { min: WEIGHT_MIN, max: WEIGHT_MAX })}</span>`;
  const delta = t(change.change < 0 ? 'deal.sens.deltaDown' : 'deal.sens.deltaUp', { change: formatWeight(t.locale, Math.abs(change.change)) });
  return html`<strong>${t('deal.sens.at', { weight: formatWeight(t.locale, change.weight) })}</strong> <span class="delta">${delta}</span>
    <span class="who">${change.newLeaderId === null ? once(t, 'deal.sens.noWeightLeft') : t('deal.sens.overtakes', { name: nameOf(doc, change.newLeaderId) })}</span>`;
}

/** Why there is nothing to test, in words. */
const NO_LEADER_TEXT: Record<NonNullable<SensitivityReport['noLeader']>, MessageKey> = {
  'no-options': 'deal.sens.noOptions',
  'no-criteria': 'deal.sens.noCriteria',
  'no-weight': 'deal.sens.noWeight',
  tied: 'deal.sens.tied',
};

/** A message whose `{leader}` placeholder becomes the leader's name in bold (the words around it can be in any order). */
function withLeader(t: Translate, name: string): TemplateResult {
  return html`${t.rich('deal.sens.intro', { min: WEIGHT_MIN, max: WEIGHT_MAX }, { leader: html`<strong class="text">${name}</strong>` })}`;
}

/** For each criterion: how far its weight may move down or up (the others fixed) before the leader changes. */
export function renderSensitivity(t: Translate, doc: DealComparatorDocument, report: SensitivityReport): TemplateResult {
  const lowering = t('deal.sens.lowering');
  const raising = t('deal.sens.raising');
  const weight = t('deal.sens.weight');
  return html`<section class="panel sensitivity" part="sensitivity" aria-labelledby="sensitivity-title">
    <h3 id="sensitivity-title">${t('deal.sens.title')}</h3>
    ${report.leaderId === undefined
      ? html`<p class="muted">${t(NO_LEADER_TEXT[report.noLeader!])}</p>`
      : html`<p class="muted small">${withLeader(t, nameOf(doc, report.leaderId))}</p>
          <div class="scroll" tabindex="0" role="region" aria-label=${t('deal.sens.label')}>
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">${t('deal.sens.criterion')}</th>
                  <th scope="col" class="num">${weight}</th>
                  <th scope="col">${lowering}</th>
                  <th scope="col">${raising}</th>
                </tr>
              </thead>
              <tbody>
                ${report.rows.map((r) => {
                  const c = doc.criteria.find((x) => x.id === r.criterionId)!;
                  return html`<tr>
                    <th scope="row">${c.label}</th>
                    <td class="num" data-label=${weight}>${formatWeight(t.locale, r.weight)}</td>
                    <td data-label=${lowering}>
                      ${r.weight <= WEIGHT_MIN ? html`<span class="muted">${once(t, 'deal.sens.alreadyMin', { min: WEIGHT_MIN })}</span>` : changeCell(t, doc, r.down)}
                    </td>
                    <td data-label=${raising}>
                      ${r.weight >= WEIGHT_MAX && !r.up ? html`<span class="muted">${once(t, 'deal.sens.alreadyMax', { max: WEIGHT_MAX })}</span>` : changeCell(t, doc, r.up)}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
  </section>`;
}
