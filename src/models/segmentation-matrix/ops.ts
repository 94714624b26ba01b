import { nextId } from '../shared/ids.js';
import { cloneJson } from '../shared/json.js';
import { unlessUnchanged } from '../shared/ops.js';
import { sampleSegmentationMatrix } from './sample.js';
import { clampCoordinate } from './selectors.js';
import type { AxisSpec, Partner, Segment, SegmentationMatrixDocument } from './types.js';

/** Every edit a user can make, as a pure function. An edit that changes nothing returns the same document. */

type Doc = SegmentationMatrixDocument;

const withoutUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const nextPartnerId = (doc: Doc): string => nextId('partner', doc.partners.map((p) => p.id));
export const nextSegmentId = (doc: Doc): string => nextId('segment', doc.segments.map((s) => s.id));

/** A new partner, at the centre unless placed, in the first segment unless given. */
export function addPartner(doc: Doc, fields: Partial<Partner> = {}): Doc {
  // Every partner belongs to a segment: a matrix with none gets one to hold the new partner.
  if (!doc.segments.length && fields.segment === undefined) doc = addSegment(doc, { label: 'Unsorted' });
  const given = withoutUndefined(fields);
  const partner: Partner = {
    name: 'New partner',
    segment: doc.segments[0]!.id,
    x: 50,
    y: 50,
    ...given,
    id: given.id ?? nextPartnerId(doc),
  };
  return { ...doc, partners: [...doc.partners, partner] };
}

/** Changes fields of one partner; `undefined` removes an optional field; coordinates are clamped to 0–100. */
export function updatePartner(doc: Doc, id: string, patch: Partial<Partner>): Doc {
  const current = doc.partners.find((p) => p.id === id);
  if (!current) return doc;
  const fixed: Partial<Partner> = { ...patch };
  if (fixed.x !== undefined) fixed.x = clampCoordinate(fixed.x);
  if (fixed.y !== undefined) fixed.y = clampCoordinate(fixed.y);
  if (Object.keys(fixed).every((k) => current[k] === fixed[k])) return doc;
  return {
    ...doc,
    partners: doc.partners.map((p) => {
      if (p.id !== id) return p;
      const next: Partner = { ...p, ...fixed };
      for (const key of Object.keys(fixed)) if (fixed[key] === undefined) delete next[key];
      return next;
    }),
  };
}

/** Moves a partner to a place (clamped). */
export const movePartner = (doc: Doc, id: string, x: number, y: number): Doc => updatePartner(doc, id, { x, y });

/** Moves a partner by a step (keyboard), clamped; rounding keeps keyboard moves on whole numbers. */
export function nudgePartner(doc: Doc, id: string, dx: number, dy: number): Doc {
  const p = doc.partners.find((q) => q.id === id);
  if (!p) return doc;
  return movePartner(doc, id, Math.round(p.x + dx), Math.round(p.y + dy));
}

export const removePartner = (doc: Doc, id: string): Doc =>
  doc.partners.some((p) => p.id === id) ? { ...doc, partners: doc.partners.filter((p) => p.id !== id) } : doc;

/**
 * A copy right after the original, with a fresh id and "(copy)" in its name.
 * @param copySuffix appended to the copy's name (an app passes its own language's words).
 */
export function duplicatePartner(doc: Doc, id: string, copySuffix = ' (copy)'): Doc {
  const i = doc.partners.findIndex((p) => p.id === id);
  if (i < 0) return doc;
  const original = doc.partners[i]!;
  const copy: Partner = { ...cloneJson(original), id: nextPartnerId(doc), name: `${original.name}${copySuffix}` };
  const partners = [...doc.partners];
  partners.splice(i + 1, 0, copy);
  return { ...doc, partners };
}

export function setAxis(doc: Doc, axis: 'x' | 'y', patch: Partial<AxisSpec>): Doc {
  const current = doc.axes[axis];
  if (Object.keys(patch).every((k) => current[k] === patch[k])) return doc;
  return { ...doc, axes: { ...doc.axes, [axis]: { ...current, ...patch } } };
}

/** Renames a quadrant; `index` follows the document order (top-right, top-left, bottom-left, bottom-right). */
export function setQuadrantLabel(doc: Doc, index: number, label: string): Doc {
  if (doc.quadrants[index] === label || index < 0 || index > 3) return doc;
  const quadrants = [...doc.quadrants] as Doc['quadrants'];
  quadrants[index] = label;
  return { ...doc, quadrants };
}

export function addSegment(doc: Doc, fields: Partial<Segment> = {}): Doc {
  const given = withoutUndefined(fields);
  const segment: Segment = { label: 'New segment', ...given, id: given.id ?? nextSegmentId(doc) };
  return { ...doc, segments: [...doc.segments, segment] };
}

export function updateSegment(doc: Doc, id: string, patch: Partial<Segment>): Doc {
  const current = doc.segments.find((s) => s.id === id);
  if (!current || Object.keys(patch).every((k) => current[k] === patch[k])) return doc;
  return {
    ...doc,
    segments: doc.segments.map((s) => {
      if (s.id !== id) return s;
      const next: Segment = { ...s, ...patch };
      for (const key of Object.keys(patch)) if (patch[key] === undefined) delete next[key];
      return next;
    }),
  };
}

/** Removes a segment that no partner uses; a segment in use is kept (the document would become invalid). */
export function removeSegment(doc: Doc, id: string): Doc {
  if (doc.partners.some((p) => p.segment === id) || !doc.segments.some((s) => s.id === id)) return doc;
  return { ...doc, segments: doc.segments.filter((s) => s.id !== id) };
}

/** Fills an empty matrix with the preset ecosystem, keeping the document's own title, axes and labels. */
export function useSamplePartners(doc: Doc): Doc {
  const sample = sampleSegmentationMatrix();
  const segments = [...doc.segments];
  for (const s of sample.segments) if (!segments.some((t) => t.id === s.id)) segments.push(s);
  return unlessUnchanged(doc, { ...doc, title: doc.title || sample.title, segments, partners: sample.partners });
}
