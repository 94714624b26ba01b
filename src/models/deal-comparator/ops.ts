import { nextId } from '../shared/ids.js';
import { cloneJson } from '../shared/json.js';
import { sampleDealComparator, PRESET_CRITERIA, type PresetCriterionId } from './sample.js';
import type { Criterion, DealComparatorDocument, DealOption, DealTerms } from './types.js';
import { applyPatch, patchChanges, unlessUnchanged } from '../shared/ops.js';

/** Every edit a user can make, as a pure function: the document in, a new document out. No change, same document. */

/** Removes keys whose value is `undefined`, so that `{ x: undefined }` in a patch means "remove x". */

function moveItem<T extends { id: string }>(list: readonly T[], id: string, toIndex: number): T[] | undefined {
  const from = list.findIndex((x) => x.id === id);
  const to = Math.max(0, Math.min(toIndex, list.length - 1));
  if (from < 0 || from === to) return undefined;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

// ── criteria ─────────────────────────────────────────────────────────

export const nextCriterionId = (doc: DealComparatorDocument): string => nextId('criterion', doc.criteria.map((c) => c.id));

export const newCriterion = (id: string, fields: Partial<Criterion> = {}): Criterion => ({ label: 'New criterion', weight: 10, ...fields, id });

/** Adds a criterion (at `index`, default the end). Options get no score for it: their scores show as missing. */
export function addCriterion(doc: DealComparatorDocument, fields: Partial<Criterion> = {}, index = doc.criteria.length): DealComparatorDocument {
  const criterion = newCriterion(fields.id ?? nextCriterionId(doc), fields);
  const criteria = [...doc.criteria];
  criteria.splice(index, 0, criterion);
  return { ...doc, criteria };
}

export function updateCriterion(doc: DealComparatorDocument, id: string, patch: Partial<Criterion>): DealComparatorDocument {
  const current = doc.criteria.find((c) => c.id === id);
  if (!current || !patchChanges(current, patch)) return doc;
  return { ...doc, criteria: doc.criteria.map((c) => (c.id === id ? applyPatch(c, patch) : c)) };
}

/** Sets a weight; a negative or non-finite weight is refused (same document). */
export const setWeight = (doc: DealComparatorDocument, id: string, weight: number): DealComparatorDocument =>
  Number.isFinite(weight) && weight >= 0 ? updateCriterion(doc, id, { weight: weight + 0 }) : doc; // + 0: never -0

/** Removes a criterion and every option's score for it. */
export function removeCriterion(doc: DealComparatorDocument, id: string): DealComparatorDocument {
  if (!doc.criteria.some((c) => c.id === id)) return doc;
  return {
    ...doc,
    criteria: doc.criteria.filter((c) => c.id !== id),
    options: doc.options.map((o) => {
      if (!Object.hasOwn(o.scores, id)) return o;
      const scores = { ...o.scores };
      delete scores[id];
      return { ...o, scores };
    }),
  };
}

/**
 * A copy right after the original, with a fresh id, "(copy)" in its label, and every option's score copied too.
 * @param copySuffix appended to the copy's label (an app passes its own language's words).
 */
export function duplicateCriterion(doc: DealComparatorDocument, id: string, copySuffix = ' (copy)'): DealComparatorDocument {
  const index = doc.criteria.findIndex((c) => c.id === id);
  if (index < 0) return doc;
  const original = doc.criteria[index]!;
  const copyId = nextCriterionId(doc);
  const criteria = [...doc.criteria];
  criteria.splice(index + 1, 0, { ...cloneJson(original), id: copyId, label: `${original.label}${copySuffix}` });
  const options = doc.options.map((o) => (Object.hasOwn(o.scores, id) ? { ...o, scores: { ...o.scores, [copyId]: o.scores[id]! } } : o));
  return { ...doc, criteria, options };
}

export function moveCriterion(doc: DealComparatorDocument, id: string, toIndex: number): DealComparatorDocument {
  const criteria = moveItem(doc.criteria, id, toIndex);
  return criteria ? { ...doc, criteria } : doc;
}

// ── options ──────────────────────────────────────────────────────────

export const nextOptionId = (doc: DealComparatorDocument): string => nextId('option', doc.options.map((o) => o.id));

export const newOption = (id: string, fields: Partial<DealOption> = {}): DealOption => ({
  name: 'New option',
  structure: 'other',
  terms: {},
  scores: {},
  ...fields,
  id,
});

export function addOption(doc: DealComparatorDocument, fields: Partial<DealOption> = {}, index = doc.options.length): DealComparatorDocument {
  const option = newOption(fields.id ?? nextOptionId(doc), fields);
  const options = [...doc.options];
  options.splice(index, 0, option);
  return { ...doc, options };
}

/** Changes some fields of one option; a field set to `undefined` is removed (optional fields only). */
export function updateOption(doc: DealComparatorDocument, id: string, patch: Partial<DealOption>): DealComparatorDocument {
  const current = doc.options.find((o) => o.id === id);
  if (!current || !patchChanges(current, patch)) return doc;
  return { ...doc, options: doc.options.map((o) => (o.id === id ? applyPatch(o, patch) : o)) };
}

/** Changes some terms of one option; a term set to `undefined` is removed. Unknown terms are kept. */
export function updateTerms(doc: DealComparatorDocument, id: string, patch: Partial<DealTerms>): DealComparatorDocument {
  const current = doc.options.find((o) => o.id === id);
  if (!current || !patchChanges(current.terms, patch)) return doc;
  return updateOption(doc, id, { terms: applyPatch(current.terms, patch) });
}

/**
 * Sets one score (0–10), or clears it with `undefined` (it then counts 0 and shows as missing).
 * A score out of range, not a number, or for an unknown option or criterion is refused (same document).
 */
export function setScore(doc: DealComparatorDocument, optionId: string, criterionId: string, score: number | undefined): DealComparatorDocument {
  const option = doc.options.find((o) => o.id === optionId);
  if (!option || !doc.criteria.some((c) => c.id === criterionId)) return doc;
  if (score !== undefined && !(Number.isFinite(score) && score >= 0 && score <= 10)) return doc;
  // Own keys only: a criterion may be called "constructor" or "toString".
  const has = Object.hasOwn(option.scores, criterionId);
  if (score === undefined ? !has : has && option.scores[criterionId] === score) return doc;
  const scores = { ...option.scores };
  if (score === undefined) delete scores[criterionId];
  else scores[criterionId] = score;
  return { ...doc, options: doc.options.map((o) => (o.id === optionId ? { ...o, scores } : o)) };
}

export const removeOption = (doc: DealComparatorDocument, id: string): DealComparatorDocument =>
  doc.options.some((o) => o.id === id) ? { ...doc, options: doc.options.filter((o) => o.id !== id) } : doc;

/**
 * A copy right after the original, with a fresh id and "(copy)" in its name.
 * @param copySuffix appended to the copy's name (an app passes its own language's words).
 */
export function duplicateOption(doc: DealComparatorDocument, id: string, copySuffix = ' (copy)'): DealComparatorDocument {
  const index = doc.options.findIndex((o) => o.id === id);
  if (index < 0) return doc;
  const original = doc.options[index]!;
  const options = [...doc.options];
  options.splice(index + 1, 0, { ...cloneJson(original), id: nextOptionId(doc), name: `${original.name}${copySuffix}` });
  return { ...doc, options };
}

export function moveOption(doc: DealComparatorDocument, id: string, toIndex: number): DealComparatorDocument {
  const options = moveItem(doc.options, id, toIndex);
  return options ? { ...doc, options } : doc;
}

// ── the whole document ───────────────────────────────────────────────

/** Sets the ISO 4217 currency of amounts (`undefined` removes the field: amounts are then in USD). */
export function setCurrency(doc: DealComparatorDocument, currency: string | undefined): DealComparatorDocument {
  if (doc.currency === currency) return doc;
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) return doc;
  const next = { ...doc, currency };
  if (currency === undefined) delete next.currency;
  return next;
}

/**
 * Adds the preset criteria a partnership lead would use (those whose label is not there yet).
 * @param labels the label to write for each preset, by its id (an app passes its own language's words); the
 *   English label otherwise. A preset already there under either label is not added again.
 */
export function addPresetCriteria(doc: DealComparatorDocument, labels: Partial<Record<PresetCriterionId, string>> = {}): DealComparatorDocument {
  const have = new Set(doc.criteria.map((c) => c.label.trim().toLowerCase()));
  let next = doc;
  for (const preset of PRESET_CRITERIA) {
    const label = labels[preset.id] ?? preset.label;
    if (have.has(preset.label.toLowerCase()) || have.has(label.trim().toLowerCase())) continue;
    next = addCriterion(next, { label, weight: preset.weight });
  }
  return next;
}

/** Fills the worksheet with the sample comparison, keeping the document's own title, currency and other fields. */
export function useSampleDeal(doc: DealComparatorDocument): DealComparatorDocument {
  const sample = sampleDealComparator();
  return unlessUnchanged(doc, { ...doc, title: doc.title || sample.title, criteria: sample.criteria, options: sample.options });
}
