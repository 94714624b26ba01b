import { analyseDeal, scoreOf, TIE_TOLERANCE, type DealAnalysis } from './selectors.js';
import { WEIGHT_MAX, WEIGHT_MIN, type DealComparatorDocument } from './types.js';

/** The nearest weight, up or down, at which the current leader stops leading. */
export interface LeaderChange {
  /** The weight at which another option draws level; beyond it that option leads. */
  weight: number;
  /** `weight` minus the current weight (negative when lowering). */
  change: number;
  /** The option that draws level and then overtakes; `null` when, at that weight, no criterion has weight at all. */
  newLeaderId: string | null;
}

export interface WeightSensitivity {
  criterionId: string;
  weight: number;
  /** The nearest change when lowering the weight towards 0; `null`: no change within the range. */
  down: LeaderChange | null;
  /** The nearest change when raising the weight towards 100; `null`: no change within the range. */
  up: LeaderChange | null;
}

export interface SensitivityReport {
  /** The single leader whose lead is tested; `undefined` when there is none (see `noLeader`). */
  leaderId: string | undefined;
  noLeader: DealAnalysis['noLeader'];
  /** One row per criterion, in criterion order; empty when there is no single leader. */
  rows: WeightSensitivity[];
}

/**
 * How far each criterion's weight must move, within 0–100, before the leader changes. Exact, no scanning:
 * with the other weights fixed, total_j(w) = (A_j + w·s_j) / (W + w), where A_j = Σ weight × score and W = Σ weight
 * over the other criteria. The leader L and a rival j draw level where (A_L − A_j) + w·(s_L − s_j) = 0, that is
 * w* = (A_j − A_L) / (s_L − s_j); the nearest such w* on each side of the current weight, over all rivals, is the answer.
 */
export function weightSensitivity(doc: DealComparatorDocument, analysis: DealAnalysis = analyseDeal(doc)): SensitivityReport {
  const { leaderId, noLeader } = analysis;
  if (leaderId === undefined) return { leaderId, noLeader, rows: [] };
  const { criteria, options } = doc;
  const leaderIndex = options.findIndex((o) => o.id === leaderId);
  // Σ weight × score over every criterion, per option; each criterion's own term is taken out below.
  const fullSums = options.map((o) => criteria.reduce((sum, c) => sum + c.weight * scoreOf(o, c.id), 0));
  const fullWeight = analysis.totalWeight;

  const rows = criteria.map((c): WeightSensitivity => {
    const w0 = c.weight;
    const othersWeight = fullWeight - w0;
    const s = options.map((o) => scoreOf(o, c.id));
    const A = fullSums.map((sum, j) => sum - w0 * s[j]!);
    const sL = s[leaderIndex]!;
    const AL = A[leaderIndex]!;
    const hi = Math.max(WEIGHT_MAX, w0);
    let down: LeaderChange | null = null;
    let up: LeaderChange | null = null;
    // With no weight elsewhere, taking this weight to 0 leaves nothing to rank by.
    if (othersWeight <= TIE_TOLERANCE && w0 > WEIGHT_MIN) down = { weight: WEIGHT_MIN, change: WEIGHT_MIN - w0, newLeaderId: null };
    let downRivalScore = Infinity;
    let upRivalScore = -Infinity;
    options.forEach((o, j) => {
      if (j === leaderIndex) return;
      const slope = sL - s[j]!;
      if (Math.abs(slope) <= TIE_TOLERANCE) return; // the gap does not depend on this weight
      const crossing = (A[j]! - AL) / slope;
      if (crossing > w0 && crossing <= hi) {
        // Several rivals drawing level at once: the one with the higher score here leads beyond the crossing.
        if (!up || crossing < up.weight - TIE_TOLERANCE || (Math.abs(crossing - up.weight) <= TIE_TOLERANCE && s[j]! > upRivalScore)) {
          up = { weight: crossing, change: crossing - w0, newLeaderId: o.id };
          upRivalScore = s[j]!;
        }
      } else if (crossing < w0 && crossing >= WEIGHT_MIN && down?.newLeaderId !== null) {
        if (!down || crossing > down.weight + TIE_TOLERANCE || (Math.abs(crossing - down.weight) <= TIE_TOLERANCE && s[j]! < downRivalScore)) {
          down = { weight: crossing, change: crossing - w0, newLeaderId: o.id };
          downRivalScore = s[j]!;
        }
      }
    });
    return { criterionId: c.id, weight: w0, down, up };
  });
  return { leaderId, noLeader, rows };
}
