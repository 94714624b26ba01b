import { nextId } from '../shared/ids.js';
import { cloneJson } from '../shared/json.js';
import { unlessUnchanged } from '../shared/ops.js';
import { sampleRiskRegister } from './sample.js';
import type { BandThresholds, Risk, RiskRegisterDocument } from './types.js';

/** Every edit a user can make, as a pure function: the document in, a new document out. */

export const newRisk = (id: string, fields: Partial<Risk> = {}): Risk => ({
  title: 'New risk',
  category: 'other',
  description: '',
  likelihood: 3,
  impact: 3,
  owner: '',
  response: 'reduce',
  mitigation: '',
  status: 'open',
  ...fields,
  id,
});

export const nextRiskId = (doc: RiskRegisterDocument): string => nextId('risk', doc.risks.map((r) => r.id));

/** Adds a risk (at `index`, default the end). Its id is taken from `fields.id` or generated. */
export function addRisk(doc: RiskRegisterDocument, fields: Partial<Risk> = {}, index = doc.risks.length): RiskRegisterDocument {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Risk>;
  const risk = newRisk(given.id ?? nextRiskId(doc), given);
  const risks = [...doc.risks];
  risks.splice(index, 0, risk);
  return { ...doc, risks };
}

/** Changes some fields of one risk. A field set to `undefined` is removed (optional fields only). No change, same document. */
export function updateRisk(doc: RiskRegisterDocument, id: string, patch: Partial<Risk>): RiskRegisterDocument {
  let at = 0;
  while (at < doc.risks.length && doc.risks[at]!.id !== id) at++;
  const current = doc.risks[at];
  if (!current || Object.keys(patch).every((key) => current[key] === patch[key])) return doc;
  const next: Risk = { ...current, ...patch };
  for (const key of Object.keys(patch)) if (patch[key] === undefined) delete next[key];
  const risks = doc.risks.slice();
  risks[at] = next;
  return { ...doc, risks };
}

/** Sets the residual rating; both halves together, or neither (`undefined` clears both). */
export function setResidual(
  doc: RiskRegisterDocument,
  id: string,
  rating: { likelihood: number; impact: number } | undefined,
): RiskRegisterDocument {
  return updateRisk(doc, id, {
    residualLikelihood: rating?.likelihood,
    residualImpact: rating?.impact,
  });
}

/**
 * A copy placed right after the original, with a fresh id and "(copy)" in its title.
 * @param copySuffix appended to the copy's title (an app passes its own language's words).
 */
export function duplicateRisk(doc: RiskRegisterDocument, id: string, copySuffix = ' (copy)'): RiskRegisterDocument {
  const index = doc.risks.findIndex((r) => r.id === id);
  if (index < 0) return doc;
  const original = doc.risks[index]!;
  const copy: Risk = { ...cloneJson(original), id: nextRiskId(doc), title: `${original.title}${copySuffix}` };
  const risks = [...doc.risks];
  risks.splice(index + 1, 0, copy);
  return { ...doc, risks };
}

export const removeRisk = (doc: RiskRegisterDocument, id: string): RiskRegisterDocument =>
  doc.risks.some((r) => r.id === id) ? { ...doc, risks: doc.risks.filter((r) => r.id !== id) } : doc;

/** Moves a risk to a new position in the list. */
export function moveRisk(doc: RiskRegisterDocument, id: string, toIndex: number): RiskRegisterDocument {
  const from = doc.risks.findIndex((r) => r.id === id);
  const to = Math.max(0, Math.min(toIndex, doc.risks.length - 1));
  if (from < 0 || from === to) return doc;
  const risks = [...doc.risks];
  const [risk] = risks.splice(from, 1);
  risks.splice(Math.max(0, Math.min(toIndex, risks.length)), 0, risk!);
  return { ...doc, risks };
}

/** Custom band thresholds, or `undefined` to go back to the defaults. */
export function setBands(doc: RiskRegisterDocument, bands: BandThresholds | undefined): RiskRegisterDocument {
  if (bands === undefined && doc.bands === undefined) return doc;
  const b = doc.bands;
  if (b && bands && b.medium === bands.medium && b.high === bands.high && b.critical === bands.critical) return doc;
  const next = { ...doc, bands };
  if (bands === undefined) delete next.bands;
  return next;
}


/** Fills the register with the preset sample risks, keeping the document's own title and fields. */
export function useSampleRisks(doc: RiskRegisterDocument): RiskRegisterDocument {
  const sample = sampleRiskRegister();
  return unlessUnchanged(doc, { ...doc, title: doc.title || sample.title, risks: sample.risks });
}
