import { numberIn, percentIn } from '../shared/report.js';
import {
  BAND_THRESHOLDS,
  KEY_RESULTS_MAX,
  KEY_RESULTS_MIN,
  type CheckIn,
  type CoachNoteCode,
  type KeyResult,
  type Objective,
  type OkrBand,
  type OkrBuilderDocument,
  type Team,
} from './types.js';

const clamp01 = (n: number): number => (n <= 0 ? 0 : n > 1 ? 1 : n);

/**
 * Progress = (current − start) / (target − start), clamped to 0–1. Works for falling targets (latency 120 → 40 ms).
 * A key result whose target equals its start cannot be measured (the document is invalid): 1 when current reaches it, else 0.
 */
export function keyResultProgress(kr: Pick<KeyResult, 'start' | 'target' | 'current'>): number {
  const span = kr.target - kr.start;
  if (span === 0 || !Number.isFinite(span)) return kr.current === kr.target ? 1 : 0;
  const p = clamp01((kr.current - kr.start) / span);
  return Number.isFinite(p) ? p : 0;
}

/** The mean progress of an objective's key results, 0–1; `undefined` when it has none yet. */
export function objectiveScore(objective: Pick<Objective, 'keyResults'>): number | undefined {
  const krs = objective.keyResults;
  return krs.length ? krs.reduce((sum, kr) => sum + keyResultProgress(kr), 0) / krs.length : undefined;
}

/** red < 0.4, yellow 0.4–0.7, green ≥ 0.7. */
export function okrBand(score: number): OkrBand {
  if (score >= BAND_THRESHOLDS.green) return 'green';
  if (score >= BAND_THRESHOLDS.yellow) return 'yellow';
  return 'red';
}

// For people, in `locale` (English by default); `+ 0` never writes "-0".

/** A score as people read it: "62%" ("62 %" in German). */
export const formatPercent = (score: number, locale = 'en-US'): string => percentIn(locale, Math.round(score * 100) / 100 + 0, 0);

/** A number without float noise: 0.30000000000000004 → "0.3"; digits grouped from five up ("12,345"). */
export const formatNumber = (n: number, locale = 'en-US'): string => (Number.isFinite(n) ? numberIn(locale, Math.round(n * 1e6) / 1e6 + 0, 6) : String(n));

/** A value with its unit: "70 ms", "3 customers". */
export const withUnit = (n: number, unit?: string, locale = 'en-US'): string => (unit ? `${formatNumber(n, locale)} ${unit}` : formatNumber(n, locale));

export const isJoint = (objective: Pick<Objective, 'owners'>): boolean => new Set(objective.owners).size >= 2;

/** A team's name, or its id when the team is unknown. */
export const teamName = (teams: readonly Team[], id: string | undefined): string => {
  if (!id) return '';
  return teams.find((t) => t.id === id)?.name || id;
};

/** The key result's readings in date order (stable for equal dates). */
export function checkInsByDate(kr: Pick<KeyResult, 'checkIns'>): CheckIn[] {
  return [...(kr.checkIns ?? [])].map((c, i) => ({ c, i })).sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : a.i - b.i)).map((x) => x.c);
}

/** The latest reading by date, if any. */
export function latestCheckIn(kr: Pick<KeyResult, 'checkIns'>): CheckIn | undefined {
  const sorted = checkInsByDate(kr);
  return sorted[sorted.length - 1];
}

// ── coaching ─────────────────────────────────────────────────────────

/** Guidance a coach would give: shown as warnings, never blocking. */
export interface CoachNote {
  code: CoachNoteCode;
  /** JSON Pointer to what the note is about. */
  path: string;
  objectiveId: string;
  keyResultId?: string;
  message: string;
}

const notesMemo = new WeakMap<Objective, { teams: readonly Team[]; index: number; notes: CoachNote[] }>();

/**
 * The coaching notes on one objective (at `index` in the document). Memoised per objective object and team list:
 * documents are immutable (every edit makes new objects), so 200 objectives are not re-checked on each keystroke.
 */
export function objectiveNotes(objective: Objective, index: number, teams: readonly Team[]): CoachNote[] {
  const m = notesMemo.get(objective);
  if (m && m.teams === teams && m.index === index) return m.notes;
  const at = `/objectives/${index}`;
  const name = objective.title.trim() ? `“${objective.title.trim()}”` : `Objective ${index + 1}`;
  const notes: CoachNote[] = [];
  const n = objective.keyResults.length;
  const base = { objectiveId: objective.id };
  if (n < KEY_RESULTS_MIN) {
    notes.push({
      ...base,
      code: 'too-few-key-results',
      path: `${at}/keyResults`,
      message: `${name} has ${n === 0 ? 'no key results' : 'only one key result'}: aim for ${KEY_RESULTS_MIN} to ${KEY_RESULTS_MAX}, so one number cannot carry the whole objective.`,
    });
  } else if (n > KEY_RESULTS_MAX) {
    notes.push({
      ...base,
      code: 'too-many-key-results',
      path: `${at}/keyResults`,
      message: `${name} has ${n} key results: keep ${KEY_RESULTS_MAX} or fewer, so the teams know what matters most.`,
    });
  }
  if (new Set(objective.owners).size === 0) {
    notes.push({ ...base, code: 'objective-no-owner', path: `${at}/owners`, message: `${name} has no owner team: choose who is accountable for it.` });
  }
  objective.keyResults.forEach((kr, j) => {
    if (!kr.owner) {
      const krName = kr.title.trim() ? `“${kr.title.trim()}”` : `Key result ${j + 1}`;
      notes.push({
        ...base,
        keyResultId: kr.id,
        code: 'key-result-no-owner',
        path: `${at}/keyResults/${j}/owner`,
        message: `${krName} has no owner: every key result needs one team that answers for it.`,
      });
    }
  });
  if (isJoint(objective) && n > 0) {
    const krOwners = new Set(objective.keyResults.map((kr) => kr.owner).filter(Boolean));
    if (krOwners.size === 1) {
      const [only] = krOwners;
      const others = [...new Set(objective.owners)].filter((o) => o !== only).map((o) => teamName(teams, o));
      notes.push({
        ...base,
        code: 'joint-one-sided',
        path: `${at}/keyResults`,
        message: `${name} is joint, but every key result is owned by ${teamName(teams, only)}: give ${others.join(' and ') || 'the other owner'} at least one, or the partnership is one-sided.`,
      });
    }
  }
  notesMemo.set(objective, { teams, index, notes });
  return notes;
}

/** Every coaching note in the document, objective by objective. */
export const coachNotes = (doc: OkrBuilderDocument): CoachNote[] => doc.objectives.flatMap((o, i) => objectiveNotes(o, i, doc.teams));

// ── summary per team ─────────────────────────────────────────────────

export interface ScoreGroup {
  /** Objectives (or key results) counted. */
  count: number;
  /** Mean score, or undefined when there is nothing to score. */
  score: number | undefined;
}

export interface TeamSummary {
  team: Team;
  /** Objectives the team shares with at least one other team. */
  joint: ScoreGroup;
  /** Objectives the team owns alone. */
  solo: ScoreGroup;
  /** Key results the team owns, on any objective. */
  keyResults: ScoreGroup;
}

const mean = (xs: number[]): ScoreGroup => ({ count: xs.length, score: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined });

const summaryMemo = new WeakMap<OkrBuilderDocument, TeamSummary[]>();

/** The score per team, for joint and single-owner objectives, and over the key results it owns. Memoised per document. */
export function teamSummaries(doc: OkrBuilderDocument): TeamSummary[] {
  const hit = summaryMemo.get(doc);
  if (hit) return hit;
  const rows = doc.teams.map((team) => {
    const joint: number[] = [];
    const solo: number[] = [];
    const krs: number[] = [];
    for (const o of doc.objectives) {
      const score = objectiveScore(o);
      if (score !== undefined && o.owners.includes(team.id)) (isJoint(o) ? joint : solo).push(score);
      for (const kr of o.keyResults) if (kr.owner === team.id) krs.push(keyResultProgress(kr));
    }
    return { team, joint: mean(joint), solo: mean(solo), keyResults: mean(krs) };
  });
  summaryMemo.set(doc, rows);
  return rows;
}

export interface SheetSummary {
  objectives: number;
  keyResults: number;
  joint: number;
  byBand: Record<OkrBand | 'none', number>;
  /** Mean of the objective scores. */
  overall: number | undefined;
}

const sheetMemo = new WeakMap<OkrBuilderDocument, SheetSummary>();

/** Counts and the overall score. Memoised per document. */
export function sheetSummary(doc: OkrBuilderDocument): SheetSummary {
  const hit = sheetMemo.get(doc);
  if (hit) return hit;
  const byBand: SheetSummary['byBand'] = { red: 0, yellow: 0, green: 0, none: 0 };
  const scores: number[] = [];
  let keyResults = 0;
  let joint = 0;
  for (const o of doc.objectives) {
    const s = objectiveScore(o);
    byBand[s === undefined ? 'none' : okrBand(s)]++;
    if (s !== undefined) scores.push(s);
    keyResults += o.keyResults.length;
    if (isJoint(o)) joint++;
  }
  const summary = { objectives: doc.objectives.length, keyResults, joint, byBand, overall: mean(scores).score };
  sheetMemo.set(doc, summary);
  return summary;
}

/** Which objectives a team filter shows: `all`, `joint`, or a team id (objectives it owns, alone or jointly). */
export type ObjectiveFilter = 'all' | 'joint' | { team: string };

export function filterObjectives(objectives: readonly Objective[], filter: ObjectiveFilter): readonly Objective[] {
  if (filter === 'all') return objectives;
  if (filter === 'joint') return objectives.filter(isJoint);
  return objectives.filter((o) => o.owners.includes(filter.team));
}
