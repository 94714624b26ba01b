import { toCsvText } from '../shared/csv.js';
import { mdTable, mdText } from '../shared/markdown.js';
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
export function riskRegisterToMarkdown(doc: RiskRegisterDocument): string {
  const bands = bandsOf(doc);
  const title = doc.title.trim() || 'Risk register';
  const parts = [`# ${mdText(title)}`, ''];
  if (doc.risks.length === 0) {
    parts.push('_No risks recorded yet._');
    return parts.join('\n') + '\n';
  }
  const rows = doc.risks.map((r) => {
    const score = inherentScore(r);
    const residual = residualScore(r);
    return [
      r.title, r.category, `${score} (${riskBand(score, bands)})`,
      residual === undefined ? '—' : `${residual} (${riskBand(residual, bands)})`,
      r.response, r.owner || '—', r.status, r.reviewDate ?? '—',
    ];
  });
  parts.push(mdTable(['Risk', 'Category', 'Score', 'Residual', 'Response', 'Owner', 'Status', 'Review'], rows), '');
  for (const r of doc.risks) {
    parts.push(`## ${mdText(r.title)}`, '');
    if (r.description) parts.push(mdText(r.description), '');
    parts.push(`- **Likelihood × impact:** ${r.likelihood} × ${r.impact} = ${inherentScore(r)}`);
    if (r.mitigation) parts.push(`- **Mitigation (${r.response}):** ${mdText(r.mitigation)}`);
    parts.push('');
  }
  return parts.join('\n');
}
