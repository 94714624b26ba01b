import { toCsvText } from '../shared/csv.js';
import { mdTable, mdText } from '../shared/markdown.js';
import { ENGLISH, numberIn, percentIn, type ReportVoice } from '../shared/report.js';
import { analyseDeal, currencyOf, formatMoney, formatPoints, formatShare, formatWeight, isScoreMissing, type DealAnalysis } from './selectors.js';
import { weightSensitivity, type LeaderChange } from './sensitivity.js';
import { IP_LABEL, SCORE_MAX, STRUCTURE_LABEL, type DealComparatorDocument, type DealOption, type DealStructure } from './types.js';

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

/** A number as typed (a score, a month count): every decimal kept. */
const typed = (voice: ReportVoice, n: number): string => numberIn(voice.locale, n, 20);
/** A percentage as typed ("12.5%"); ten decimals drop the noise of dividing by 100. */
const percentOf = (voice: ReportVoice, pct: number): string => percentIn(voice.locale, pct / 100, 10);

/** A structure's label; the worksheet's message for it is its id in camelCase (`deal.structure.revenueShare`). */
const structureLabel = (voice: ReportVoice, structure: DealStructure): string => {
  const id = structure.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return voice.say(STRUCTURE_LABEL[structure], undefined, `deal.structure.${id}`);
};

/** "Lower to 6 (−14)" / "no change within 0–100". */
export function describeLeaderChange(
  doc: DealComparatorDocument,
  change: LeaderChange | null,
  direction: 'down' | 'up',
  voice: ReportVoice = ENGLISH,
): string {
  const { say, locale } = voice;
  if (!change) return say('no change within 0–100');
  const weight = formatWeight(change.weight, locale);
  const delta = `${change.change < 0 ? '−' : '+'}${formatWeight(Math.abs(change.change), locale)}`;
  if (change.newLeaderId === null) {
    return direction === 'down'
      ? say('lower to {weight} ({delta}): no criterion has weight left', { weight, delta })
      : say('raise to {weight} ({delta}): no criterion has weight left', { weight, delta });
  }
  const name = nameOf(doc, change.newLeaderId);
  return direction === 'down'
    ? say('lower to {weight} ({delta}): {name} draws level, then leads', { weight, delta, name })
    : say('raise to {weight} ({delta}): {name} draws level, then leads', { weight, delta, name });
}

/** One sentence about who leads, for the memo and the view. The worksheet's own messages say it on a page. */
export function leaderSentence(doc: DealComparatorDocument, a: DealAnalysis = analyseDeal(doc), voice: ReportVoice = ENGLISH): string {
  const { say, locale } = voice;
  const max = numberIn(locale, SCORE_MAX);
  switch (a.noLeader) {
    case 'no-options':
      return say('There are no options to compare yet.', undefined, 'deal.leader.noOptions');
    case 'no-criteria':
      return say('There are no criteria yet, so the options cannot be ranked.', undefined, 'deal.leader.noCriteria');
    case 'no-weight':
      return say('Every criterion has weight 0, so no weighted total can be computed. Give at least one criterion a weight.', undefined, 'deal.leader.noWeight');
    case 'tied': {
      const names = a.leaderIds.map((id) => nameOf(doc, id)).reduce((list, name) => say('{list} and {name}', { list, name }));
      const total = formatPoints(a.standings.find((s) => s.leader)!.total!, locale);
      return say('Tied for the lead at {total} of {max}: {names}.', { total, max, names }, 'deal.leader.tied');
    }
    default: {
      const leader = a.standings.find((s) => s.id === a.leaderId)!;
      const base = { name: leader.name, total: formatPoints(leader.total!, locale), max };
      if (a.runnerUpId === undefined) return say('{name} leads with {total} of {max}; it is the only option.', base, 'deal.leader.only');
      const rest = { margin: formatPoints(a.leaderMargin!, locale), runnerUp: nameOf(doc, a.runnerUpId) };
      return say('{name} leads with {total} of {max}, {margin} ahead of {runnerUp}.', { ...base, ...rest }, 'deal.leader.ahead');
    }
  }
}

function termsLines(doc: DealComparatorDocument, o: DealOption, voice: ReportVoice): string[] {
  const { say, locale } = voice;
  const t = o.terms;
  const lines: string[] = [say('- **Structure:** {structure}', { structure: structureLabel(voice, o.structure) })];
  if (t.revenueSharePct !== undefined) lines.push(say('- **Revenue share:** {share}', { share: percentOf(voice, t.revenueSharePct) }));
  if (t.upfrontInvestment !== undefined) {
    lines.push(say('- **Upfront investment:** {amount}', { amount: mdText(formatMoney(t.upfrontInvestment, currencyOf(doc), locale)) }));
  }
  if (t.equityPct !== undefined) lines.push(say('- **Equity:** {share}', { share: percentOf(voice, t.equityPct) }));
  if (t.ipOwnership !== undefined) lines.push(say('- **IP ownership:** {ip}', { ip: say(IP_LABEL[t.ipOwnership], undefined, `deal.ip.${t.ipOwnership}`) }));
  if (t.termMonths !== undefined) lines.push(say('- **Term:** {count} months', { count: typed(voice, t.termMonths) }));
  if (t.exitCriteria) lines.push(say('- **Exit criteria:** {text}', { text: mdText(t.exitCriteria) }));
  if (o.notes) lines.push(say('- **Notes:** {text}', { text: mdText(o.notes) }));
  return lines;
}

/** A decision memo: the recommendation and its margin, the ranking, the weights, the sensitivity and each option's terms. */
export function dealComparatorToMarkdown(doc: DealComparatorDocument, voice: ReportVoice = ENGLISH): string {
  const { say, locale } = voice;
  const a = analyseDeal(doc);
  const title = doc.title.trim() || say('Deal structure comparison');
  const parts = [`# ${mdText(title)}`, '', say('**Decision:** {sentence}', { sentence: mdText(leaderSentence(doc, a, voice)) }), ''];
  if (doc.options.length === 0 || doc.criteria.length === 0) return parts.join('\n') + '\n';

  const weighted = a.totalWeight > 0;
  const standing = (s: DealAnalysis['standings'][number]): string =>
    s.leader && weighted ? (s.tied ? say('tied for the lead') : say('leader')) : s.tied ? say('tied') : '';
  const missing = (n: number): string => {
    const count = numberIn(locale, n);
    return n === 1 ? say('{count} missing score (counted as 0)', { count }) : say('{count} missing scores (counted as 0)', { count });
  };
  parts.push(say('## Ranking'), '');
  parts.push(
    mdTable(
      [say('Rank'), say('Option'), say('Structure'), say('Weighted total (0–10)'), say('Note')],
      a.ranking.map((s) => {
        const o = doc.options.find((x) => x.id === s.id)!;
        const notes = [standing(s), s.missing.length ? missing(s.missing.length) : ''].filter(Boolean).join('; ');
        const rank = s.rank === undefined ? '—' : numberIn(locale, s.rank);
        return [rank, o.name, structureLabel(voice, o.structure), s.total === undefined ? '—' : formatPoints(s.total, locale), notes];
      }),
    ),
    '',
  );

  parts.push(say('## Weights'), '');
  parts.push(
    mdTable(
      [say('Criterion'), say('Weight'), say('Share')],
      doc.criteria.map((c, i) => [c.label, formatWeight(c.weight, locale), weighted ? formatShare(a.shares[i]!, locale) : '—']),
    ),
    '',
  );

  parts.push(say('## Scores'), '');
  parts.push(
    mdTable(
      [say('Criterion'), ...doc.options.map((o) => o.name)],
      doc.criteria.map((c) => [c.label, ...doc.options.map((o) => (isScoreMissing(o, c.id) ? say('missing') : typed(voice, o.scores[c.id]!)))]),
    ),
    '',
  );

  parts.push(say('## Sensitivity'), '');
  const report = weightSensitivity(doc, a);
  if (report.leaderId === undefined) {
    parts.push(say('_No single leader, so there is no lead to test._'), '');
  } else {
    parts.push(say('How far each weight may move (within 0–100, the others fixed) before {name} stops leading.', { name: mdText(nameOf(doc, report.leaderId)) }), '');
    parts.push(
      mdTable(
        [say('Criterion'), say('Weight'), say('Lowering'), say('Raising')],
        report.rows.map((r) => {
          const c = doc.criteria.find((x) => x.id === r.criterionId)!;
          return [c.label, formatWeight(r.weight, locale), describeLeaderChange(doc, r.down, 'down', voice), describeLeaderChange(doc, r.up, 'up', voice)];
        }),
      ),
      '',
    );
  }

  parts.push(say('## Options'), '');
  for (const o of doc.options) parts.push(`### ${mdText(o.name)}`, '', ...termsLines(doc, o, voice), '');
  return parts.join('\n');
}
