import { duplicateIds } from '../shared/ids.js';
import type { KindSpec } from '../shared/kind.js';
import type { ValidationError } from '../shared/result.js';
import { segmentationMatrixToCSV, segmentationMatrixToMarkdown } from './export.js';
import { emptySegmentationMatrix } from './sample.js';
import { SegmentationMatrixSchema } from './schema.js';
import { SEGMENTATION_MATRIX_VERSION, type SegmentationMatrixDocument } from './types.js';

function check(doc: SegmentationMatrixDocument): ValidationError[] {
  const errors = [...duplicateIds(doc.segments, '/segments'), ...duplicateIds(doc.partners, '/partners')];
  const known = new Set(doc.segments.map((s) => s.id));
  const list = doc.segments.map((s) => `"${s.id}"`).join(', ') || 'none defined';
  doc.partners.forEach((p, i) => {
    if (!known.has(p.segment)) errors.push({ path: `/partners/${i}/segment`, message: `Unknown segment "${p.segment}"; the segments are ${list}.` });
  });
  return errors;
}

export const segmentationMatrixSpec: KindSpec<SegmentationMatrixDocument> = {
  kind: 'segmentation-matrix',
  version: SEGMENTATION_MATRIX_VERSION,
  schema: SegmentationMatrixSchema,
  check,
  empty: emptySegmentationMatrix,
  toMarkdown: segmentationMatrixToMarkdown,
  toCSV: segmentationMatrixToCSV,
};
