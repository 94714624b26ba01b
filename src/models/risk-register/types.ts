/** Enumerations are defined once here; types, validation, pickers, stories and tests all read them. */
export const RISK_CATEGORIES = [
  'antitrust',
  'data-sharing',
  'regulatory',
  'ip',
  'commercial',
  'operational',
  'reputational',
  'concentration',
  'other',
] as const;
export const RISK_RESPONSES = ['avoid', 'reduce', 'transfer', 'accept'] as const;
export const RISK_STATUSES = ['open', 'monitoring', 'closed'] as const;
export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
/** Likelihood and impact are rated on this scale. */
export const RATINGS = [1, 2, 3, 4, 5] as const;

export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export type RiskResponse = (typeof RISK_RESPONSES)[number];
export type RiskStatus = (typeof RISK_STATUSES)[number];
export type RiskBand = (typeof RISK_BANDS)[number];
export type Rating = (typeof RATINGS)[number];

/** The lowest score of each band above `low`. */
export interface BandThresholds {
  medium: number;
  high: number;
  critical: number;
}

export const DEFAULT_BANDS: Readonly<BandThresholds> = Object.freeze({ medium: 5, high: 10, critical: 20 });

export interface Risk {
  id: string;
  title: string;
  category: RiskCategory;
  description: string;
  likelihood: number;
  impact: number;
  residualLikelihood?: number;
  residualImpact?: number;
  owner: string;
  response: RiskResponse;
  mitigation: string;
  status: RiskStatus;
  /** `YYYY-MM-DD` */
  reviewDate?: string;
  /** Fields this library does not know are kept as they are. */
  [extra: string]: unknown;
}

export interface RiskRegisterDocument {
  kind: 'risk-register';
  version: 1;
  title: string;
  risks: Risk[];
  bands?: BandThresholds;
  [extra: string]: unknown;
}

export const RISK_REGISTER_VERSION = 1;
