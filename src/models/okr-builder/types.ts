/** Enumerations are defined once here; types, validation, the view, stories and tests all read them. */

/** Objective bands, worst first. */
export const OKR_BANDS = ['red', 'yellow', 'green'] as const;
export type OkrBand = (typeof OKR_BANDS)[number];

/** The lowest score of each band above `red`: red < 0.4 ≤ yellow < 0.7 ≤ green. */
export const BAND_THRESHOLDS: Readonly<{ yellow: number; green: number }> = Object.freeze({ yellow: 0.4, green: 0.7 });

/** What each band means, in words: colour is never the only cue. */
export const BAND_LABEL: Record<OkrBand, string> = { red: 'At risk', yellow: 'Needs attention', green: 'On track' };

/** A coach's rule of thumb: an objective has two to five key results. */
export const KEY_RESULTS_MIN = 2;
export const KEY_RESULTS_MAX = 5;

/** The kinds of coaching note (warnings, never errors). */
export const COACH_NOTES = ['too-few-key-results', 'too-many-key-results', 'key-result-no-owner', 'objective-no-owner', 'joint-one-sided'] as const;
export type CoachNoteCode = (typeof COACH_NOTES)[number];

export interface Team {
  id: string;
  name: string;
  /** Fields this library does not know are kept as they are. */
  [extra: string]: unknown;
}

/** One recorded reading of a key result (the optional `checkIns[]` extension). */
export interface CheckIn {
  id: string;
  /** `YYYY-MM-DD` */
  date: string;
  value: number;
  /** 0–1 */
  confidence?: number;
  note?: string;
  [extra: string]: unknown;
}

export interface KeyResult {
  id: string;
  title: string;
  /** A team id; empty or absent means nobody owns it yet (a coaching note, not an error). */
  owner?: string;
  start: number;
  target: number;
  current: number;
  unit?: string;
  /** 0–1: how sure the owner is to reach the target. */
  confidence?: number;
  /** History of readings, oldest first. */
  checkIns?: CheckIn[];
  [extra: string]: unknown;
}

export interface Objective {
  id: string;
  title: string;
  /** Team ids; two or more make a joint objective. */
  owners: string[];
  keyResults: KeyResult[];
  [extra: string]: unknown;
}

export interface OkrBuilderDocument {
  kind: 'okr-builder';
  version: 1;
  title: string;
  /** The OKR period, e.g. `2027-Q1`. */
  period: string;
  teams: Team[];
  objectives: Objective[];
  [extra: string]: unknown;
}

export const OKR_BUILDER_VERSION = 1;

/** The teams a new sheet starts with: ours and the partner's, both renamable. */
export const DEFAULT_TEAMS: readonly Team[] = [
  { id: 'ours', name: 'Our company' },
  { id: 'partner', name: 'Partner' },
];
