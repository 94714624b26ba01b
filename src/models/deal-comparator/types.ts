/** Enumerations are defined once here; types, validation, pickers, stories and tests all read them. */
export const DEAL_STRUCTURES = [
  'revenue-share',
  'equity-investment',
  'joint-venture',
  'licensing',
  'co-development',
  'reseller',
  'other',
] as const;
export const IP_OWNERSHIPS = ['ours', 'partner', 'joint', 'licensed'] as const;
/** The numeric terms, in the order the view and the exports show them. */
export const NUMERIC_TERMS = ['revenueSharePct', 'upfrontInvestment', 'equityPct', 'termMonths'] as const;

export type DealStructure = (typeof DEAL_STRUCTURES)[number];
export type IpOwnership = (typeof IP_OWNERSHIPS)[number];
export type NumericTerm = (typeof NUMERIC_TERMS)[number];

export const STRUCTURE_LABEL: Record<DealStructure, string> = {
  'revenue-share': 'Revenue share',
  'equity-investment': 'Equity investment',
  'joint-venture': 'Joint venture',
  licensing: 'Licensing',
  'co-development': 'Co-development',
  reseller: 'Reseller',
  other: 'Other',
};
export const IP_LABEL: Record<IpOwnership, string> = { ours: 'Ours', partner: 'Partner’s', joint: 'Joint', licensed: 'Licensed' };

/** Scores run from 0 to 10, higher is better. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** The range the weight controls offer and the sensitivity analysis explores (weights are relative). */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
/** When a document has no `currency`, amounts are in this one. */
export const DEFAULT_CURRENCY = 'USD';

export interface Criterion {
  id: string;
  label: string;
  /** Relative weight, ≥ 0. Only the proportions matter. */
  weight: number;
  /** Fields this library does not know are kept as they are. */
  [extra: string]: unknown;
}

export interface DealTerms {
  /** Share of revenue paid to (or kept from) the partner, 0–100. */
  revenueSharePct?: number;
  /** Capital committed up front, in the document's currency (a plain number). */
  upfrontInvestment?: number;
  /** Equity stake, 0–100. */
  equityPct?: number;
  ipOwnership?: IpOwnership;
  /** Length of the agreement in whole months. */
  termMonths?: number;
  exitCriteria?: string;
  [extra: string]: unknown;
}

export interface DealOption {
  id: string;
  name: string;
  structure: DealStructure;
  terms: DealTerms;
  /** criterion id → score 0–10. A criterion with no entry is "missing" and counts 0. */
  scores: Record<string, number>;
  notes?: string;
  [extra: string]: unknown;
}

export interface DealComparatorDocument {
  kind: 'deal-comparator';
  version: 1;
  title: string;
  /** ISO 4217 code of `upfrontInvestment` amounts; `USD` when absent. */
  currency?: string;
  criteria: Criterion[];
  options: DealOption[];
  [extra: string]: unknown;
}

export const DEAL_COMPARATOR_VERSION = 1;
