import { html, nothing, type TemplateResult } from 'lit';
import { formatPercent, okrBand, type ScoreGroup, type SheetSummary, type TeamSummary } from '../../models/okr-builder/selectors.js';
import { BAND_LABEL, OKR_BANDS } from '../../models/okr-builder/types.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function cell(g: ScoreGroup, what: [string, string], label: string): TemplateResult {
  if (g.score === undefined) return html`<td class="num" data-label=${label}><span class="muted">—</span></td>`;
  const band = okrBand(g.score);
  return html`<td class="num" data-label=${label}>
    <span class="band-badge" data-band=${band}><strong>${formatPercent(g.score)}</strong> ${BAND_LABEL[band]}</span>
    <span class="muted count-note">${plural(g.count, ...what)}</span>
  </td>`;
}

/** Score per team: joint objectives, objectives it owns alone, and the key results it owns. */
export function renderTeamSummary(rows: readonly TeamSummary[], sheet: SheetSummary): TemplateResult {
  const bands = OKR_BANDS.filter((b) => sheet.byBand[b] > 0)
    .reverse()
    .map((b) => `${sheet.byBand[b]} ${BAND_LABEL[b].toLowerCase()}`);
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">Score per team</h3>
    <p class="sheet-stats">
      ${plural(sheet.objectives, 'objective', 'objectives')} (${sheet.joint} joint), ${plural(sheet.keyResults, 'key result', 'key results')}${sheet.overall === undefined
        ? nothing
        : html`; overall <strong>${formatPercent(sheet.overall)}</strong>`}${bands.length ? html`: ${bands.join(', ')}` : nothing}.
    </p>
    ${rows.length
      ? html`<div class="table-wrap">
          <table class="team-table cards">
            <caption class="visually-hidden">Score per team</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col" class="num">Joint objectives</th>
                <th scope="col" class="num">Own objectives</th>
                <th scope="col" class="num">Key results it owns</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr>
                  <th scope="row">${r.team.name || r.team.id}</th>
                  ${cell(r.joint, ['objective', 'objectives'], 'Joint objectives')}
                  ${cell(r.solo, ['objective', 'objectives'], 'Own objectives')}
                  ${cell(r.keyResults, ['key result', 'key results'], 'Key results it owns')}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : nothing}
  </section>`;
}
