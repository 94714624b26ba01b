import { nextId } from '../shared/ids.js';
import { cloneJson } from '../shared/json.js';
import { sampleOkrBuilder } from './sample.js';
import { latestCheckIn } from './selectors.js';
import { DEFAULT_TEAMS, type CheckIn, type KeyResult, type Objective, type OkrBuilderDocument, type Team } from './types.js';
import { applyPatch, patchChanges, unlessUnchanged } from '../shared/ops.js';

/** Every edit a user can make, as a pure function: the document in, a new document out. No change, same document. */

type Doc = OkrBuilderDocument;

const withoutUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** A field set to `undefined` in a patch is removed (optional fields only). */

/** Moves an item to `toIndex` of the resulting list; `undefined` when nothing moves. */
function moveItem<T extends { id: string }>(list: readonly T[], id: string, toIndex: number): T[] | undefined {
  const from = list.findIndex((x) => x.id === id);
  const to = Math.max(0, Math.min(Math.trunc(toIndex), list.length - 1));
  if (from < 0 || from === to || Number.isNaN(to)) return undefined;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The index that puts item `id` just before or after `targetId` once it has left its place. */
function placeIndex(list: ReadonlyArray<{ id: string }>, id: string, targetId: string, where: 'before' | 'after'): number | undefined {
  const from = list.findIndex((x) => x.id === id);
  const at = list.findIndex((x) => x.id === targetId);
  if (from < 0 || at < 0 || from === at) return undefined;
  const base = at > from ? at - 1 : at;
  return where === 'before' ? base : base + 1;
}

// ── sheet ────────────────────────────────────────────────────────────

export const setPeriod = (doc: Doc, period: string): Doc => (doc.period === period ? doc : { ...doc, period });

// ── teams ────────────────────────────────────────────────────────────

export const nextTeamId = (doc: Doc): string => nextId('team', doc.teams.map((t) => t.id));

export function addTeam(doc: Doc, fields: Partial<Team> = {}): Doc {
  const given = withoutUndefined(fields);
  const team: Team = { name: 'New team', ...given, id: given.id ?? nextTeamId(doc) };
  return { ...doc, teams: [...doc.teams, team] };
}

export function updateTeam(doc: Doc, id: string, patch: Partial<Team>): Doc {
  const current = doc.teams.find((t) => t.id === id);
  if (!current || !patchChanges(current, patch)) return doc;
  return { ...doc, teams: doc.teams.map((t) => (t.id === id ? applyPatch(t, patch) : t)) };
}

/** How many objectives and key results name a team as owner. */
export function teamUsage(doc: Doc, id: string): number {
  let n = 0;
  for (const o of doc.objectives) {
    if (o.owners.includes(id)) n++;
    for (const kr of o.keyResults) if (kr.owner === id) n++;
  }
  return n;
}

/** Removes a team nothing refers to; a team in use is kept (the document would become invalid). */
export function removeTeam(doc: Doc, id: string): Doc {
  if (!doc.teams.some((t) => t.id === id) || teamUsage(doc, id) > 0) return doc;
  return { ...doc, teams: doc.teams.filter((t) => t.id !== id) };
}

// ── objectives ───────────────────────────────────────────────────────

export const nextObjectiveId = (doc: Doc): string => nextId('objective', doc.objectives.map((o) => o.id));

/** Adds an objective (at `index`, default the end), owned by the first team unless `owners` is given. */
export function addObjective(doc: Doc, fields: Partial<Objective> = {}, index = doc.objectives.length): Doc {
  const given = withoutUndefined(fields);
  const objective: Objective = {
    title: 'New objective',
    owners: doc.teams[0] ? [doc.teams[0].id] : [],
    keyResults: [],
    ...given,
    id: given.id ?? nextObjectiveId(doc),
  };
  const objectives = [...doc.objectives];
  objectives.splice(index, 0, objective);
  return { ...doc, objectives };
}

function mapObjective(doc: Doc, id: string, edit: (o: Objective) => Objective): Doc {
  const i = doc.objectives.findIndex((o) => o.id === id);
  if (i < 0) return doc;
  const next = edit(doc.objectives[i]!);
  if (next === doc.objectives[i]) return doc;
  const objectives = [...doc.objectives];
  objectives[i] = next;
  return { ...doc, objectives };
}

export const updateObjective = (doc: Doc, id: string, patch: Partial<Objective>): Doc =>
  mapObjective(doc, id, (o) => (patchChanges(o, patch) ? applyPatch(o, patch) : o));

/** Adds or removes one owner team, keeping the teams' order. */
export function setObjectiveOwner(doc: Doc, id: string, teamId: string, owns: boolean): Doc {
  return mapObjective(doc, id, (o) => {
    if (o.owners.includes(teamId) === owns) return o;
    const set = new Set(owns ? [...o.owners, teamId] : o.owners.filter((t) => t !== teamId));
    const order = doc.teams.map((t) => t.id);
    const owners = [...set].sort((a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity));
    return { ...o, owners };
  });
}

export const removeObjective = (doc: Doc, id: string): Doc =>
  doc.objectives.some((o) => o.id === id) ? { ...doc, objectives: doc.objectives.filter((o) => o.id !== id) } : doc;

/**
 * A copy right after the original, with fresh ids for it and its key results, and "(copy)" in its title.
 * @param copySuffix appended to the copy's title (an app passes its own language's words).
 */
export function duplicateObjective(doc: Doc, id: string, copySuffix = ' (copy)'): Doc {
  const i = doc.objectives.findIndex((o) => o.id === id);
  if (i < 0) return doc;
  const original = doc.objectives[i]!;
  const taken = allKeyResultIds(doc);
  const copy: Objective = {
    ...cloneJson(original),
    id: nextObjectiveId(doc),
    title: `${original.title}${copySuffix}`,
    keyResults: original.keyResults.map((kr) => {
      const krId = nextId('kr', taken);
      taken.push(krId);
      return { ...cloneJson(kr), id: krId };
    }),
  };
  const objectives = [...doc.objectives];
  objectives.splice(i + 1, 0, copy);
  return { ...doc, objectives };
}

/** Moves an objective to `toIndex` (its place in the resulting list). */
export function moveObjective(doc: Doc, id: string, toIndex: number): Doc {
  const objectives = moveItem(doc.objectives, id, toIndex);
  return objectives ? { ...doc, objectives } : doc;
}

/** Moves an objective just before or after another one (drag and drop, or moving past hidden objectives). */
export function placeObjective(doc: Doc, id: string, targetId: string, where: 'before' | 'after'): Doc {
  const to = placeIndex(doc.objectives, id, targetId, where);
  return to === undefined ? doc : moveObjective(doc, id, to);
}

// ── key results ──────────────────────────────────────────────────────

const allKeyResultIds = (doc: Doc): string[] => doc.objectives.flatMap((o) => o.keyResults.map((kr) => kr.id));

/** A new key result id, unique in the whole sheet (the contract asks only within its list; this is kinder to links). */
export const nextKeyResultId = (doc: Doc): string => nextId('kr', allKeyResultIds(doc));

/** Adds a key result to an objective, owned by the objective's first owner unless `owner` is given. */
export function addKeyResult(doc: Doc, objectiveId: string, fields: Partial<KeyResult> = {}): Doc {
  const given = withoutUndefined(fields);
  const id = given.id ?? nextKeyResultId(doc);
  return mapObjective(doc, objectiveId, (o) => {
    const owner = given.owner ?? o.owners[0];
    const kr: KeyResult = {
      title: 'New key result',
      ...(owner ? { owner } : {}),
      start: 0,
      target: 100,
      current: 0,
      confidence: 0.5,
      ...given,
      id,
    };
    return { ...o, keyResults: [...o.keyResults, kr] };
  });
}

function mapKeyResult(doc: Doc, objectiveId: string, id: string, edit: (kr: KeyResult) => KeyResult): Doc {
  return mapObjective(doc, objectiveId, (o) => {
    const j = o.keyResults.findIndex((kr) => kr.id === id);
    if (j < 0) return o;
    const next = edit(o.keyResults[j]!);
    if (next === o.keyResults[j]) return o;
    const keyResults = [...o.keyResults];
    keyResults[j] = next;
    return { ...o, keyResults };
  });
}

/** Changes fields of one key result. Refuses (same document) a change that would make target equal start. */
export function updateKeyResult(doc: Doc, objectiveId: string, id: string, patch: Partial<KeyResult>): Doc {
  return mapKeyResult(doc, objectiveId, id, (kr) => {
    if (!patchChanges(kr, patch)) return kr;
    const next = applyPatch(kr, patch);
    if (next.target === next.start) return kr;
    return next;
  });
}

export const removeKeyResult = (doc: Doc, objectiveId: string, id: string): Doc =>
  mapObjective(doc, objectiveId, (o) => (o.keyResults.some((kr) => kr.id === id) ? { ...o, keyResults: o.keyResults.filter((kr) => kr.id !== id) } : o));

export function moveKeyResult(doc: Doc, objectiveId: string, id: string, toIndex: number): Doc {
  return mapObjective(doc, objectiveId, (o) => {
    const keyResults = moveItem(o.keyResults, id, toIndex);
    return keyResults ? { ...o, keyResults } : o;
  });
}

export function placeKeyResult(doc: Doc, objectiveId: string, id: string, targetId: string, where: 'before' | 'after'): Doc {
  const o = doc.objectives.find((x) => x.id === objectiveId);
  const to = o && placeIndex(o.keyResults, id, targetId, where);
  return to === undefined ? doc : moveKeyResult(doc, objectiveId, id, to);
}

// ── check-ins ────────────────────────────────────────────────────────

export interface CheckInInput {
  /** `YYYY-MM-DD` */
  date: string;
  value: number;
  confidence?: number;
  note?: string;
}

/**
 * Records a reading: it joins the history (in date order) and, unless an equal or later reading exists, becomes
 * the key result's `current` value (and `confidence`, when given). A back-dated reading only fills in the history.
 */
export function recordCheckIn(doc: Doc, objectiveId: string, id: string, input: CheckInInput): Doc {
  if (!Number.isFinite(input.value)) return doc;
  return mapKeyResult(doc, objectiveId, id, (kr) => {
    const history = kr.checkIns ?? [];
    const checkIn: CheckIn = withoutUndefined({
      id: nextId('checkin', history.map((c) => c.id)),
      date: input.date,
      value: input.value,
      confidence: input.confidence,
      note: input.note?.trim() || undefined,
    });
    const latest = latestCheckIn(kr);
    const isLatest = !latest || input.date >= latest.date;
    // Insert after every reading of the same date or earlier, so the list stays in date order.
    const at = history.findIndex((c) => c.date > input.date);
    const checkIns = [...history];
    checkIns.splice(at < 0 ? history.length : at, 0, checkIn);
    const next: KeyResult = { ...kr, checkIns };
    if (isLatest) {
      next.current = input.value;
      if (input.confidence !== undefined) next.confidence = input.confidence;
    }
    return next;
  });
}

/** Removes one reading from the history; the current value stays as it is. */
export function removeCheckIn(doc: Doc, objectiveId: string, id: string, checkInId: string): Doc {
  return mapKeyResult(doc, objectiveId, id, (kr) =>
    kr.checkIns?.some((c) => c.id === checkInId) ? { ...kr, checkIns: kr.checkIns.filter((c) => c.id !== checkInId) } : kr,
  );
}

// ── presets ──────────────────────────────────────────────────────────

/**
 * Fills the sheet with the sample joint OKRs, keeping the document's own title, period and fields. The sample's
 * teams are added; a team of the same id keeps a name the learner gave it, and takes the sample's name otherwise.
 */
export function useSampleOkrs(doc: Doc): Doc {
  const sample = sampleOkrBuilder();
  const defaults = new Map(DEFAULT_TEAMS.map((t) => [t.id, t.name]));
  const teams = doc.teams.map((t) => {
    const named = sample.teams.find((u) => u.id === t.id);
    return named && (!t.name.trim() || t.name === defaults.get(t.id)) && t.name !== named.name ? { ...t, name: named.name } : t;
  });
  for (const t of sample.teams) if (!teams.some((u) => u.id === t.id)) teams.push(t);
  return unlessUnchanged(doc, { ...doc, title: doc.title || sample.title, period: doc.period || sample.period, teams, objectives: sample.objectives });
}
