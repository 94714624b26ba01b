import { numberIn, percentIn } from '../shared/report.js';
import { DEFAULT_CURRENCY, type Criterion, type DealComparatorDocument, type DealOption } from './types.js';

/** Totals closer than this are the same total (floating-point sums of the same figures in a different order). */
export const TIE_TOLERANCE = 1e-9;

export const totalWeight = (criteria: readonly Criterion[]): number => criteria.reduce((sum, c) => sum + c.weight, 0);

/** A score as it counts: a missing score counts 0. */
export const scoreOf = (option: DealOption, criterionId: string): number =>
  Object.hasOwn(option.scores, criterionId) ? option.scores[criterionId]! : 0;

export const isScoreMissing = (option: DealOption, criterionId: string): boolean => !Object.hasOwn(option.scores, criterionId);

/** Each criterion's share of the total weight (0–1), in criterion order; all 0 when no criterion has weight. */
export function weightShares(criteria: readonly Criterion[]): number[] {
  const total = totalWeight(criteria);
  return criteria.map((c) => (total > 0 ? c.weight / total : 0));
}

/** What each criterion adds to an option's total: weight × score / Σ weight, in criterion order (they sum to the total). */
export function contributions(option: DealOption, criteria: readonly Criterion[]): number[] {
  const total = totalWeight(criteria);
  return criteria.map((c) => (total > 0 ? (c.weight * scoreOf(option, c.id)) / total : 0));
}

/** Weighted total = Σ(weight × score) / Σ(weight), 0–10; `undefined` when no criterion has any weight. */
export function weightedTotal(option: DealOption, criteria: readonly Criterion[]): number | undefined {
  const total = totalWeight(criteria);
  if (!(total > 0)) return undefined;
  let sum = 0;
  for (const c of criteria) sum += c.weight * scoreOf(option, c.id);
  return sum / total;
}

export interface RankedOption {
  id: string;
  /** Weighted total, 0–10 (0 for every option when no criterion has weight). */
  total: number;
  /** 1 is best; tied options share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  tied: boolean;
}

/** Competition ranks ("1, 1, 3") of totals, in the order given. */
function ranksOf(totals: readonly number[]): Array<{ rank: number; tied: boolean }> {
  return totals.map((t) => {
    let above = 0;
    let same = 0;
    for (const u of totals) {
      if (u > t + TIE_TOLERANCE) above++;
      else if (Math.abs(u - t) <= TIE_TOLERANCE) same++;
    }
    return { rank: above + 1, tied: same > 1 };
  });
}

/**
 * The options ranked by weighted total, best first; ties share a rank and keep document order.
 * When no criterion has weight every total is 0 and every option is tied.
 */
export function rankDealOptions(doc: DealComparatorDocument): RankedOption[] {
  const totals = doc.options.map((o) => weightedTotal(o, doc.criteria) ?? 0);
  const ranks = ranksOf(totals);
  return doc.options
    .map((o, i) => ({ id: o.id, total: totals[i]!, ...ranks[i]!, index: i }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ id, total, rank, tied }) => ({ id, total, rank, tied }));
}

export interface Standing {
  id: string;
  name: string;
  /** `undefined` when no criterion has weight. */
  total: number | undefined;
  rank: number | undefined;
  tied: boolean;
  /** True for the option (or options, when tied) with the highest total. */
  leader: boolean;
  /** Ids of criteria this option has no score for (each counts 0). */
  missing: string[];
  /** weight × score / Σ weight per criterion, in criterion order. */
  contributions: number[];
}

/** Why there is no single leader, when there is none. */
export type NoLeaderReason = 'no-options' | 'no-criteria' | 'no-weight' | 'tied';

export interface DealAnalysis {
  totalWeight: number;
  /** Each criterion's share of the weight (0–1), in criterion order. */
  shares: number[];
  /** In document order. */
  standings: Standing[];
  /** Best first. */
  ranking: Standing[];
  /** The ids of the options with the highest total (several when tied; none without options or weight). */
  leaderIds: string[];
  /** The single leader, when there is one. */
  leaderId: string | undefined;
  noLeader: NoLeaderReason | undefined;
  /** The next option below the leader(s), if any. */
  runnerUpId: string | undefined;
  /** How far the single leader is ahead of the runner-up (0–10 points). */
  leaderMargin: number | undefined;
  /** How many scores are missing across the grid. */
  missingCount: number;
}

/** Every figure the view and the memo show, computed once. */
export function analyseDeal(doc: DealComparatorDocument): DealAnalysis {
  const { criteria, options } = doc;
  const W = totalWeight(criteria);
  const weighted = W > 0;
  const totals = options.map((o) => weightedTotal(o, criteria));
  const ranks = weighted ? ranksOf(totals as number[]) : options.map(() => ({ rank: undefined, tied: false }));
  const standings: Standing[] = options.map((o, i) => ({
    id: o.id,
    name: o.name,
    total: totals[i],
    rank: ranks[i]!.rank,
    tied: ranks[i]!.tied,
    leader: ranks[i]!.rank === 1,
    missing: criteria.filter((c) => isScoreMissing(o, c.id)).map((c) => c.id),
    contributions: contributions(o, criteria),
  }));
  const ranking = weighted
    ? standings
        .map((s, index) => ({ s, index }))
        .sort((a, b) => a.s.rank! - b.s.rank! || a.index - b.index)
        .map((x) => x.s)
    : [...standings];
  const leaderIds = standings.filter((s) => s.leader).map((s) => s.id);
  const noLeader: NoLeaderReason | undefined =
    options.length === 0 ? 'no-options' : criteria.length === 0 ? 'no-criteria' : !weighted ? 'no-weight' : leaderIds.length > 1 ? 'tied' : undefined;
  const leaderId = noLeader ? undefined : leaderIds[0];
  const runnerUp = weighted ? ranking.find((s) => !s.leader) : undefined;
  const leader = leaderId === undefined ? undefined : standings.find((s) => s.id === leaderId);
  return {
    totalWeight: W,
    shares: weightShares(criteria),
    standings,
    ranking,
    leaderIds: weighted ? leaderIds : [],
    leaderId,
    noLeader,
    runnerUpId: runnerUp?.id,
    leaderMargin: leader && runnerUp ? leader.total! - runnerUp.total! : undefined,
    missingCount: standings.reduce((n, s) => n + s.missing.length, 0),
  };
}

export const currencyOf = (doc: DealComparatorDocument): string => doc.currency ?? DEFAULT_CURRENCY;

/** An amount in a currency, e.g. `$150,000,000`; never throws (an unknown code falls back to "150,000,000 XYZ"). */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

// For people, in `locale` (English by default); `+ 0` never writes "-0".

/** A total or contribution, always two decimals so that a column lines up ("7.70", "0.42"; "7,70" in German). */
export const formatPoints = (value: number, locale = 'en-US'): string => numberIn(locale, Math.round(value * 100) / 100 + 0, 2, true);

/** A share of the total weight as a percentage ("18%", "12.5%"; "12,5 %" in German). */
export const formatShare = (share: number, locale = 'en-US'): string => percentIn(locale, Math.round(share * 1000) / 1000 + 0, 1);

/** A weight as typed: whole numbers stay whole, others keep at most two decimals. */
export const formatWeight = (weight: number, locale = 'en-US'): string => numberIn(locale, Math.round(weight * 100) / 100 + 0, 2);
