import { duplicateIds } from '../shared/ids.js';
import type { KindSpec } from '../shared/kind.js';
import { coded, type ValidationError } from '../shared/result.js';
import { segmentationMatrixToCSV, segmentationMatrixToMarkdown } from './export.js';
import { emptySegmentationMatrix } from './sample.js';
import { SegmentationMatrixSchema } from './schema.js';
import { SEGMENTATION_MATRIX_VERSION, type SegmentationMatrixDocument } from './types.js';

function check(doc: SegmentationMatrixDocument): ValidationError[] {
  const errors = [...duplicateIds(doc.segments, '/segments'), ...duplicateIds(doc.partners, '/partners')];
  const known = new Set(doc.segments.map((s) => s.id));
  const ids = doc.segments.map((s) => `"${s.id}"`).join(', ');
  doc.partners.forEach((p, i) => {
    if (known.has(p.segment)) return;
    const message = `Unknown segment "${p.segment}"; the segments are ${ids || 'none defined'}.`;
    errors.push(coded(`/partners/${i}/segment`, message, 'unknownSegment', { segment: p.segment, segments: ids || '—' }));
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
