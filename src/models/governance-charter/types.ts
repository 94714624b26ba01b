/** Meeting cadences, from the most to the least frequent; they order the rhythm calendar. */
export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'as-needed'] as const;
export type Cadence = (typeof CADENCES)[number];

/** How a governing body decides. */
export const VOTING_RULES = ['consensus', 'simple-majority', 'two-thirds', 'unanimous', 'chair-decides'] as const;
export type VotingRule = (typeof VOTING_RULES)[number];

export interface GoverningBody {
  id: string;
  name: string;
  /** People or roles, from both sides, e.g. "CTO (ours)". */
  members: string[];
  cadence: Cadence;
  decisionRights: string;
  /** e.g. "4 of 6, both sides present". */
  quorum?: string;
  voting?: VotingRule;
  [extra: string]: unknown;
}

export interface EscalationLevel {
  id: string;
  /** 1 is the first step; higher levels are more senior. */
  level: number;
  trigger: string;
  owner: string;
  /** Working days the owner has to respond. */
  responseDays: number;
  [extra: string]: unknown;
}

export interface OperatingRhythm {
  id: string;
  name: string;
  cadence: Cadence;
  participants: string[];
  outputs: string;
  [extra: string]: unknown;
}

export interface ExitCriterion {
  id: string;
  text: string;
  [extra: string]: unknown;
}

export interface GovernanceCharterDocument {
  kind: 'governance-charter';
  version: 1;
  title: string;
  bodies: GoverningBody[];
  escalation: EscalationLevel[];
  rhythms: OperatingRhythm[];
  exitCriteria: ExitCriterion[];
  [extra: string]: unknown;
}

export const GOVERNANCE_CHARTER_VERSION = 1;

/** The lists of a charter, each an ordered list of items with ids. */
export const CHARTER_LISTS = ['bodies', 'escalation', 'rhythms', 'exitCriteria'] as const;
export type CharterList = (typeof CHARTER_LISTS)[number];
