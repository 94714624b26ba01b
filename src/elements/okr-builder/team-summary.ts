import { html, nothing, type TemplateResult } from 'lit';
import { formatList, type MessageKey, type Translate } from '../../core/i18n.js';
import { okrBand, type ScoreGroup, type SheetSummary, type TeamSummary } from '../../models/okr-builder/selectors.js';
import { OKR_BANDS } from '../../models/okr-builder/types.js';
import { bandLabel, percent } from './format.js';

function cell(g: ScoreGroup, what: MessageKey, label: string, t: Translate): TemplateResult {
  if (g.score === undefined) return html`<td class="num" data-label=${label}><span class="muted">—</span></td>`;
  const band = okrBand(g.score);
  return html`<td class="num" data-label=${label}>
    <span class="band-badge" data-band=${band}><strong>${percent(t, g.score)}</strong> ${bandLabel(t, band)}</span>
    <span class="muted count-note">${t(what, { count: g.count })}</span>
  </td>`;
}

/** Score per team: joint objectives, objectives it owns alone, and the key results it owns. */
export function renderTeamSummary(rows: readonly TeamSummary[], sheet: SheetSummary, t: Translate): TemplateResult {
  const bands = OKR_BANDS.filter((b) => sheet.byBand[b] > 0)
    .reverse()
    .map((b) => t(`okr.summary.band.${b}`, { count: sheet.byBand[b] }));
  const stats = t('okr.summary.stats', {
    count: sheet.joint,
    objectives: t('okr.summary.objectives', { count: sheet.objectives }),
    keyResults: t('okr.summary.keyResults', { count: sheet.keyResults }),
  });
  const joint = t('okr.summary.joint');
  const own = t('okr.summary.own');
  const krs = t('okr.summary.krs');
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${t('okr.summary.title')}</h3>
    <p class="sheet-stats">
      ${sheet.overall === undefined
        ? t('okr.summary.line', { stats })
        : t.rich('okr.summary.lineOverall', { stats, bands: formatList(t.locale, bands) }, { score: html`<strong>${percent(t, sheet.overall)}</strong>` })}
    </p>
    ${rows.length
      ? html`<div class="table-wrap">
          <table class="team-table cards">
            <caption class="visually-hidden">${t('okr.summary.title')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('okr.summary.team')}</th>
                <th scope="col" class="num">${joint}</th>
                <th scope="col" class="num">${own}</th>
                <th scope="col" class="num">${krs}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr>
                  <th scope="row">${r.team.name || r.team.id}</th>
                  ${cell(r.joint, 'okr.summary.objectives', joint, t)}
                  ${cell(r.solo, 'okr.summary.objectives', own, t)}
                  ${cell(r.keyResults, 'okr.summary.keyResults', krs, t)}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : nothing}
  </section>`;
}
