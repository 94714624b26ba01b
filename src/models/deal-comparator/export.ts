import { toCsvText } from '../shared/csv.js';
import { mdTable, mdText } from '../shared/markdown.js';
import { analyseDeal, currencyOf, formatMoney, formatPoints, formatShare, formatWeight, isScoreMissing, type DealAnalysis } from './selectors.js';
import { weightSensitivity, type LeaderChange } from './sensitivity.js';
import { IP_LABEL, STRUCTURE_LABEL, type DealComparatorDocument, type DealOption } from './types.js';

const TERM_COLUMNS = ['revenueSharePct', 'upfrontInvestment', 'equityPct', 'ipOwnership', 'termMonths', 'exitCriteria'] as const;

/**
 * The grid as CSV: a header row, a weight row, then one row per option with its scores (empty when missing),
 * weighted total, rank and terms. Formula-safe.
 */
export function dealComparatorToCSV(doc: DealComparatorDocument): string {
  const a = analyseDeal(doc);
  const header = ['id', 'option', 'structure', ...doc.criteria.map((c) => c.label), 'weightedTotal', 'rank', 'tied', ...TERM_COLUMNS, 'currency', 'notes'];
  const weights = ['weight', '', '', ...doc.criteria.map((c) => c.weight), a.totalWeight, '', '', ...TERM_COLUMNS.map(() => ''), '', ''];
  const rows = doc.options.map((o, i) => {
    const s = a.standings[i]!;
    return [
      o.id,
      o.name,
      o.structure,
      ...doc.criteria.map((c) => (isScoreMissing(o, c.id) ? '' : o.scores[c.id])),
      s.total === undefined ? '' : round(s.total, 4),
      s.rank ?? '',
      s.tied ? 'yes' : '',
      ...TERM_COLUMNS.map((t) => o.terms[t]),
      currencyOf(doc),
      o.notes,
    ];
  });
  return toCsvText([header, weights, ...rows]);
}

/** A figure this module formatted itself (digits, signs, %): written as is, not escaped. */
const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;
const nameOf = (doc: DealComparatorDocument, id: string | null | undefined): string =>
  doc.options.find((o) => o.id === id)?.name ?? '';

/** "Lower to 6 (−14)" / "no change within 0–100". */
export function describeLeaderChange(doc: DealComparatorDocument, change: LeaderChange | null, direction: 'down' | 'up'): string {
  if (!change) return 'no change within 0–100';
  const verb = direction === 'down' ? 'lower to' : 'raise to';
  const delta = `${change.change < 0 ? '−' : '+'}${formatWeight(Math.abs(change.change))}`;
  const who = change.newLeaderId === null ? 'no criterion has weight left' : `${nameOf(doc, change.newLeaderId)} draws level, then leads`;
  return `${verb} ${formatWeight(change.weight)} (${delta}): ${who}`;
}

/** One sentence about who leads, for the memo and the view. */
export function leaderSentence(doc: DealComparatorDocument, a: DealAnalysis = analyseDeal(doc)): string {
  switch (a.noLeader) {
    case 'no-options':
      return 'There are no options to compare yet.';
    case 'no-criteria':
      return 'There are no criteria yet, so the options cannot be ranked.';
    case 'no-weight':
      return 'Every criterion has weight 0, so no weighted total can be computed. Give at least one criterion a weight.';
    case 'tied': {
      const names = a.leaderIds.map((id) => nameOf(doc, id));
      const total = a.standings.find((s) => s.leader)!.total!;
      return `Tied for the lead at ${formatPoints(total)} of 10: ${names.join(' and ')}.`;
    }
    default: {
      const leader = a.standings.find((s) => s.id === a.leaderId)!;
      const base = `${leader.name} leads with ${formatPoints(leader.total!)} of 10`;
      if (a.runnerUpId === undefined) return `${base}; it is the only option.`;
      return `${base}, ${formatPoints(a.leaderMargin!)} ahead of ${nameOf(doc, a.runnerUpId)}.`;
    }
  }
}

function termsLines(doc: DealComparatorDocument, o: DealOption): string[] {
  const t = o.terms;
  const lines: string[] = [`- **Structure:** ${STRUCTURE_LABEL[o.structure]}`];
  if (t.revenueSharePct !== undefined) lines.push(`- **Revenue share:** ${t.revenueSharePct}%`);
  if (t.upfrontInvestment !== undefined) lines.push(`- **Upfront investment:** ${mdText(formatMoney(t.upfrontInvestment, currencyOf(doc), 'en-US'))}`);
  if (t.equityPct !== undefined) lines.push(`- **Equity:** ${t.equityPct}%`);
  if (t.ipOwnership !== undefined) lines.push(`- **IP ownership:** ${IP_LABEL[t.ipOwnership]}`);
  if (t.termMonths !== undefined) lines.push(`- **Term:** ${t.termMonths} months`);
  if (t.exitCriteria) lines.push(`- **Exit criteria:** ${mdText(t.exitCriteria)}`);
  if (o.notes) lines.push(`- **Notes:** ${mdText(o.notes)}`);
  return lines;
}

/** A decision memo: the recommendation and its margin, the ranking, the weights, the sensitivity and each option's terms. */
export function dealComparatorToMarkdown(doc: DealComparatorDocument): string {
  const a = analyseDeal(doc);
  const title = doc.title.trim() || 'Deal structure comparison';
  const parts = [`# ${mdText(title)}`, '', `**Decision:** ${mdText(leaderSentence(doc, a))}`, ''];
  if (doc.options.length === 0 || doc.criteria.length === 0) return parts.join('\n') + '\n';

  const weighted = a.totalWeight > 0;
  parts.push('## Ranking', '');
  parts.push(
    mdTable(
      ['Rank', 'Option', 'Structure', 'Weighted total (0–10)', 'Note'],
      a.ranking.map((s) => {
        const o = doc.options.find((x) => x.id === s.id)!;
        const notes = [s.leader && weighted ? (s.tied ? 'tied for the lead' : 'leader') : s.tied ? 'tied' : '', s.missing.length ? `${s.missing.length} missing ${s.missing.length === 1 ? 'score' : 'scores'} (counted as 0)` : '']
          .filter(Boolean)
          .join('; ');
        return [(String(s.rank ?? '—')), o.name, STRUCTURE_LABEL[o.structure], (s.total === undefined ? '—' : formatPoints(s.total)), notes];
      }),
    ),
    '',
  );

  parts.push('## Weights', '');
  parts.push(
    mdTable(
      ['Criterion', 'Weight', 'Share'],
      doc.criteria.map((c, i) => [c.label, (formatWeight(c.weight)), (weighted ? formatShare(a.shares[i]!) : '—')]),
    ),
    '',
  );

  parts.push('## Scores', '');
  parts.push(
    mdTable(
      ['Criterion', ...doc.options.map((o) => o.name)],
      doc.criteria.map((c) => [c.label, ...doc.options.map((o) => (isScoreMissing(o, c.id) ? 'missing' : (String(o.scores[c.id]))))]),
    ),
    '',
  );

  parts.push('## Sensitivity', '');
  const report = weightSensitivity(doc, a);
  if (report.leaderId === undefined) {
    parts.push('_No single leader, so there is no lead to test._', '');
  } else {
    parts.push(`How far each weight may move (within 0–100, the others fixed) before ${mdText(nameOf(doc, report.leaderId))} stops leading.`, '');
    parts.push(
      mdTable(
        ['Criterion', 'Weight', 'Lowering', 'Raising'],
        report.rows.map((r) => {
          const c = doc.criteria.find((x) => x.id === r.criterionId)!;
          return [c.label, (formatWeight(r.weight)), describeLeaderChange(doc, r.down, 'down'), describeLeaderChange(doc, r.up, 'up')];
        }),
      ),
      '',
    );
  }

  parts.push('## Options', '');
  for (const o of doc.options) parts.push(`### ${mdText(o.name)}`, '', ...termsLines(doc, o), '');
  return parts.join('\n');
}
