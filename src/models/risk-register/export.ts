import { toCsvText } from '../shared/csv.js';
import { mdTable, mdText } from '../shared/markdown.js';
import { ENGLISH, type ReportVoice } from '../shared/report.js';
import { bandsOf, inherentScore, residualScore, riskBand } from './selectors.js';
import type { RiskRegisterDocument } from './types.js';

const CSV_HEADER = [
  'id', 'title', 'category', 'description', 'likelihood', 'impact', 'score', 'band',
  'residualLikelihood', 'residualImpact', 'residualScore', 'residualBand',
  'owner', 'response', 'mitigation', 'status', 'reviewDate',
];

/** The register as CSV, one risk a row, derived score and band included. Formula-safe. */
export function riskRegisterToCSV(doc: RiskRegisterDocument): string {
  const bands = bandsOf(doc);
  const rows = doc.risks.map((r) => {
    const score = inherentScore(r);
    const residual = residualScore(r);
    return [
      r.id, r.title, r.category, r.description, r.likelihood, r.impact, score, riskBand(score, bands),
      r.residualLikelihood, r.residualImpact, residual, residual === undefined ? '' : riskBand(residual, bands),
      r.owner, r.response, r.mitigation, r.status, r.reviewDate,
    ];
  });
  return toCsvText([CSV_HEADER, ...rows]);
}

/** The register as a Markdown section: a summary table, then each risk's detail. */
export function riskRegisterToMarkdown(doc: RiskRegisterDocument, voice: ReportVoice = ENGLISH): string {
  const { say } = voice;
  const bands = bandsOf(doc);
  const title = doc.title.trim() || say('Risk register');
  const parts = [`# ${mdText(title)}`, ''];
  if (doc.risks.length === 0) {
    parts.push(say('_No risks recorded yet._'));
    return parts.join('\n') + '\n';
  }
  // A category, response or status as the worksheet names it (its id in English, the models having no labels).
  const label = (field: string, id: string): string => say(id, undefined, `risk.${field}.${id}`);
  const band = (score: number): string => say(riskBand(score, bands), undefined, `risk.band.${riskBand(score, bands)}`);
  const rows = doc.risks.map((r) => {
    const score = inherentScore(r);
    const residual = residualScore(r);
    return [
      r.title, label('category', r.category), `${score} (${band(score)})`,
      residual === undefined ? '—' : `${residual} (${band(residual)})`,
      label('response', r.response), r.owner || '—', label('status', r.status), r.reviewDate ?? '—',
    ];
  });
  const header = [say('Risk'), say('Category'), say('Score'), say('Residual'), say('Response'), say('Owner'), say('Status'), say('Review')];
  parts.push(mdTable(header, rows), '');
  for (const r of doc.risks) {
    parts.push(`## ${mdText(r.title)}`, '');
    if (r.description) parts.push(mdText(r.description), '');
    parts.push(say('- **Likelihood × impact:** {likelihood} × {impact} = {score}', { likelihood: r.likelihood, impact: r.impact, score: inherentScore(r) }));
    if (r.mitigation) parts.push(say('- **Mitigation ({response}):** {mitigation}', { response: label('response', r.response), mitigation: mdText(r.mitigation) }));
    parts.push('');
  }
  return parts.join('\n');
}
