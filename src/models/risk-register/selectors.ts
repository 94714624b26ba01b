import { DEFAULT_BANDS, RATINGS, RISK_STATUSES, type BandThresholds, type Risk, type RiskBand, type RiskRegisterDocument } from './types.js';

/** Score = likelihood × impact, 1–25. */
export const riskScore = (likelihood: number, impact: number): number => likelihood * impact;

/** The band of a score: `low` below `medium`, and so on; `bands` overrides the default thresholds. */
export function riskBand(score: number, bands: BandThresholds = DEFAULT_BANDS): RiskBand {
  if (score >= bands.critical) return 'critical';
  if (score >= bands.high) return 'high';
  if (score >= bands.medium) return 'medium';
  return 'low';
}

export type RatingView = 'inherent' | 'residual';

export const inherentScore = (risk: Risk): number => riskScore(risk.likelihood, risk.impact);

export const hasResidual = (risk: Risk): boolean =>
  risk.residualLikelihood !== undefined && risk.residualImpact !== undefined;

/** The residual score, or `undefined` when the risk has not been rated after treatment. */
export const residualScore = (risk: Risk): number | undefined =>
  hasResidual(risk) ? riskScore(risk.residualLikelihood!, risk.residualImpact!) : undefined;

/** Where a risk sits on the heat map in a view. Unrated residuals sit at their inherent rating. */
export function ratingOf(risk: Risk, view: RatingView): { likelihood: number; impact: number } {
  if (view === 'residual' && hasResidual(risk)) {
    return { likelihood: risk.residualLikelihood!, impact: risk.residualImpact! };
  }
  return { likelihood: risk.likelihood, impact: risk.impact };
}

export const bandsOf = (doc: RiskRegisterDocument): BandThresholds => doc.bands ?? DEFAULT_BANDS;

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  count: number;
}

/** The 5×5 heat map, rows from likelihood 5 (top) down to 1, columns impact 1 to 5. */
export function heatMap(doc: RiskRegisterDocument, view: RatingView): HeatMapCell[][] {
  const bands = bandsOf(doc);
  return cellsOf(tallyAll(doc.risks, view, '', bands), bands);
}

/** A review date strictly before `today` (both `YYYY-MM-DD`) on a risk that is not closed. */
export const isOverdue = (risk: Risk, today: string): boolean =>
  risk.status !== 'closed' && risk.reviewDate !== undefined && risk.reviewDate < today;

/** Today as `YYYY-MM-DD` in local time. */
export function todayISO(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type RiskSortKey = 'score' | 'residual' | 'status' | 'reviewDate' | 'title';
export type SortDirection = 'ascending' | 'descending';

const statusRank = (s: Risk['status']) => RISK_STATUSES.indexOf(s);

/** A stable sort for the register view; risks without a value sort last in either direction. */
export function sortRisks(risks: readonly Risk[], key: RiskSortKey, direction: SortDirection): Risk[] {
  const valueOf = (r: Risk): number | string | undefined => {
    switch (key) {
      case 'score':
        return inherentScore(r);
      case 'residual':
        return residualScore(r);
      case 'status':
        return statusRank(r.status);
      case 'reviewDate':
        return r.reviewDate;
      case 'title':
        return r.title.toLocaleLowerCase();
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return risks
    .map((risk, index) => ({ risk, index, value: valueOf(risk) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === undefined ? 1 : -1;
      }
      if (a.value < b.value) return -sign;
      if (a.value > b.value) return sign;
      return a.index - b.index;
    })
    .map((x) => x.risk);
}

export interface RegisterSummary {
  total: number;
  byBand: Record<RiskBand, number>;
  open: number;
  overdue: number;
  unratedResidual: number;
}

export function summarise(doc: RiskRegisterDocument, view: RatingView, today: string): RegisterSummary {
  return summaryOf(tallyAll(doc.risks, view, today, bandsOf(doc)));
}

/** What the heat map and the summary count, for one view and day. */
interface Tally {
  /** Risks per heat-map cell, at `likelihood * 10 + impact`. */
  cells: number[];
  byBand: Record<RiskBand, number>;
  total: number;
  open: number;
  overdue: number;
  unratedResidual: number;
}

/** Adds one risk to a tally (`sign` 1), or takes it away (`sign` -1). */
function count(t: Tally, risk: Risk, sign: 1 | -1, view: RatingView, today: string, bands: BandThresholds): void {
  const { likelihood, impact } = ratingOf(risk, view);
  t.cells[likelihood * 10 + impact]! += sign;
  t.byBand[riskBand(riskScore(likelihood, impact), bands)] += sign;
  t.total += sign;
  if (risk.status !== 'closed') t.open += sign;
  if (isOverdue(risk, today)) t.overdue += sign;
  if (!hasResidual(risk)) t.unratedResidual += sign;
}

function tallyAll(risks: readonly Risk[], view: RatingView, today: string, bands: BandThresholds): Tally {
  const t: Tally = { cells: new Array<number>(56).fill(0), byBand: { low: 0, medium: 0, high: 0, critical: 0 }, total: 0, open: 0, overdue: 0, unratedResidual: 0 };
  for (const risk of risks) count(t, risk, 1, view, today, bands);
  return t;
}

const cellsOf = (t: Tally, bands: BandThresholds): HeatMapCell[][] =>
  [...RATINGS].reverse().map((likelihood) =>
    RATINGS.map((impact) => {
      const score = riskScore(likelihood, impact);
      return { likelihood, impact, score, band: riskBand(score, bands), count: t.cells[likelihood * 10 + impact]! };
    }),
  );

const summaryOf = ({ total, byBand, open, overdue, unratedResidual }: Tally): RegisterSummary => ({ total, byBand: { ...byBand }, open, overdue, unratedResidual });

export interface RegisterOverview {
  /** As `heatMap(doc, view)`. */
  cells: HeatMapCell[][];
  /** As `summarise(doc, view, today)`. */
  summary: RegisterSummary;
}

/** Above this many risks replaced since the last call, counting all of them again is as quick. */
const RECOUNT_AFTER = 64;

/**
 * A memoised `heatMap` and `summarise` together, for a view that shows both and renders after every edit. It gives
 * what those two give; when the risks are those of its last call with a few of them replaced (one edit in a long
 * register), it counts again only the replaced ones instead of every risk.
 */
export function registerOverview(): (doc: RiskRegisterDocument, view: RatingView, today: string) => RegisterOverview {
  let last: { risks: readonly Risk[]; view: RatingView; today: string; bands: BandThresholds; tally: Tally; result: RegisterOverview } | undefined;
  return (doc, view, today) => {
    const { risks } = doc;
    const bands = bandsOf(doc);
    // Counts made for another view, day or bands do not carry over.
    const basis = last && last.view === view && last.today === today && last.bands === bands ? last : undefined;
    if (basis?.risks === risks) return basis.result;
    let tally: Tally | undefined;
    if (basis && basis.risks.length === risks.length) {
      const before = basis.risks;
      const t = { ...basis.tally, cells: basis.tally.cells.slice(), byBand: { ...basis.tally.byBand } };
      let replaced = 0;
      for (let i = 0; i < risks.length && replaced <= RECOUNT_AFTER; i++) {
        if (risks[i] === before[i]) continue;
        replaced++;
        count(t, before[i]!, -1, view, today, bands);
        count(t, risks[i]!, 1, view, today, bands);
      }
      if (replaced <= RECOUNT_AFTER) tally = t;
    }
    tally ??= tallyAll(risks, view, today, bands);
    const result = { cells: cellsOf(tally, bands), summary: summaryOf(tally) };
    last = { risks, view, today, bands, tally, result };
    return result;
  };
}
