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
  const counts = new Map<number, number>();
  for (const risk of doc.risks) {
    const { likelihood, impact } = ratingOf(risk, view);
    const key = likelihood * 10 + impact;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bands = bandsOf(doc);
  return [...RATINGS].reverse().map((likelihood) =>
    RATINGS.map((impact) => {
      const score = riskScore(likelihood, impact);
      return { likelihood, impact, score, band: riskBand(score, bands), count: counts.get(likelihood * 10 + impact) ?? 0 };
    }),
  );
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
  const bands = bandsOf(doc);
  const byBand: Record<RiskBand, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  let open = 0;
  let overdue = 0;
  let unratedResidual = 0;
  for (const risk of doc.risks) {
    const { likelihood, impact } = ratingOf(risk, view);
    byBand[riskBand(riskScore(likelihood, impact), bands)]++;
    if (risk.status !== 'closed') open++;
    if (isOverdue(risk, today)) overdue++;
    if (!hasResidual(risk)) unratedResidual++;
  }
  return { total: doc.risks.length, byBand, open, overdue, unratedResidual };
}
