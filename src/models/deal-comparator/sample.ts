import { cloneJson } from '../shared/json.js';
import type { Criterion, DealComparatorDocument, DealOption } from './types.js';

/** The ids of the preset criteria. */
export type PresetCriterionId =
  | 'strategic-fit'
  | 'revenue-potential'
  | 'control'
  | 'ip-position'
  | 'capital'
  | 'time-to-value'
  | 'exit'
  | 'regulatory';

/**
 * The criteria a partnership lead weighs when choosing a deal structure. Every criterion is scored so that
 * higher is better: "capital required" scores 10 when almost no capital is needed.
 */
export const PRESET_CRITERIA: ReadonlyArray<Readonly<Criterion & { id: PresetCriterionId }>> = [
  { id: 'strategic-fit', label: 'Strategic fit', weight: 20 },
  { id: 'revenue-potential', label: 'Revenue potential', weight: 15 },
  { id: 'control', label: 'Control and governance', weight: 12 },
  { id: 'ip-position', label: 'IP position', weight: 12 },
  { id: 'capital', label: 'Capital required (10 = least)', weight: 10 },
  { id: 'time-to-value', label: 'Time to value (10 = fastest)', weight: 12 },
  { id: 'exit', label: 'Exit flexibility', weight: 9 },
  { id: 'regulatory', label: 'Regulatory and antitrust exposure (10 = least)', weight: 10 },
];

/** Scores in the order of PRESET_CRITERIA. */
const scores = (...values: number[]): Record<string, number> =>
  Object.fromEntries(PRESET_CRITERIA.map((c, i) => [c.id, values[i]!]));

const OPTIONS: DealOption[] = [
  {
    id: 'marketplace-co-sell',
    name: 'Marketplace co-sell with a hyperscaler',
    structure: 'revenue-share',
    terms: {
      revenueSharePct: 20,
      upfrontInvestment: 0,
      ipOwnership: 'ours',
      termMonths: 36,
      exitCriteria: 'Either side may leave on 180 days’ notice after month 18 if co-sold consumption stays under 5 million a quarter.',
    },
    scores: scores(7, 8, 6, 9, 9, 9, 8, 6),
    notes: 'Marketplace listing, co-sell incentives and joint solution architects; the hyperscaler keeps 20% of marketplace revenue.',
  },
  {
    id: 'gpu-vendor-stake',
    name: 'Minority investment from a GPU vendor',
    structure: 'equity-investment',
    terms: {
      equityPct: 12,
      upfrontInvestment: 150_000_000,
      ipOwnership: 'ours',
      termMonths: 60,
      exitCriteria: 'Right of first offer, not first refusal; one board observer and no veto over the roadmap.',
    },
    scores: scores(8, 6, 5, 8, 10, 8, 4, 4),
    notes: 'The vendor invests; priority allocation of next-generation accelerators is tied to the round. Amount is what the vendor puts in.',
  },
  {
    id: 'sovereign-jv',
    name: 'Sovereign-cloud joint venture with a telco',
    structure: 'joint-venture',
    terms: {
      equityPct: 50,
      upfrontInvestment: 200_000_000,
      ipOwnership: 'joint',
      termMonths: 120,
      exitCriteria: 'Buy-sell clause from year 5; deadlock goes to an independent chair; sites revert to the telco on dissolution.',
    },
    scores: scores(9, 9, 6, 5, 2, 3, 3, 5),
    notes: 'In-country operation by vetted staff for public-sector customers. The amount is our half of the capital.',
  },
  {
    id: 'colo-licence',
    name: 'Licence our inference stack to a colocation operator',
    structure: 'licensing',
    terms: {
      revenueSharePct: 8,
      upfrontInvestment: 5_000_000,
      ipOwnership: 'licensed',
      termMonths: 48,
      exitCriteria: 'The licence ends if the minimum royalty of 12 million a year is missed two years running.',
    },
    scores: scores(5, 5, 8, 6, 9, 8, 7, 8),
    notes: 'An 8% royalty on the operator’s inference revenue; the amount is our integration and support cost.',
  },
  {
    id: 'rack-co-development',
    name: 'Co-develop a liquid-cooled rack with a server OEM',
    structure: 'co-development',
    terms: {
      revenueSharePct: 50,
      upfrontInvestment: 60_000_000,
      ipOwnership: 'joint',
      termMonths: 30,
      exitCriteria: 'Stage gates at the thermal prototype and the pilot deployment; either side may stop at a gate and keep its background IP.',
    },
    scores: scores(8, 6, 6, 5, 5, 4, 6, 7),
    notes: 'Revenue from the jointly designed rack is split evenly; each side funds its own engineers.',
  },
  {
    id: 'si-reseller',
    name: 'Regional reseller agreement with a systems integrator',
    structure: 'reseller',
    terms: {
      revenueSharePct: 25,
      upfrontInvestment: 2_000_000,
      ipOwnership: 'ours',
      termMonths: 24,
      exitCriteria: 'Renews yearly; either side may end it on 90 days’ notice.',
    },
    scores: scores(4, 5, 9, 9, 9, 8, 9, 9),
    notes: 'The integrator keeps a 25% margin; the amount is partner enablement and demo clusters.',
  },
];

/** A preset comparison for an AI-infrastructure company choosing how to partner: one option per structure type. */
export const sampleDealComparator = (): DealComparatorDocument => ({
  kind: 'deal-comparator',
  version: 1,
  title: 'Inference platform: choosing a partnership structure',
  currency: 'USD',
  criteria: PRESET_CRITERIA.map((c) => ({ ...c })),
  options: cloneJson(OPTIONS),
});
