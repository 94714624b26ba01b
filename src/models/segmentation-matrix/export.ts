import { toCsvText } from '../shared/csv.js';
import { mdText } from '../shared/markdown.js';
import { partnersByQuadrant, quadrantLabel, quadrantOf } from './selectors.js';
import type { SegmentationMatrixDocument } from './types.js';

const segmentLabel = (doc: SegmentationMatrixDocument, id: string) => doc.segments.find((s) => s.id === id)?.label ?? id;

/** The partners as CSV, one a row, with their quadrant. Formula-safe. */
export function segmentationMatrixToCSV(doc: SegmentationMatrixDocument): string {
  const header = ['id', 'name', 'segment', 'x', 'y', 'quadrant', 'size', 'notes'];
  const rows = doc.partners.map((p) => [p.id, p.name, segmentLabel(doc, p.segment), p.x, p.y, quadrantLabel(doc, quadrantOf(p)), p.size, p.notes]);
  return toCsvText([header, ...rows]);
}

/** The matrix as Markdown: the axes, then the partners grouped by quadrant. */
export function segmentationMatrixToMarkdown(doc: SegmentationMatrixDocument): string {
  const { x, y } = doc.axes;
  const lines = [
    `# ${mdText(doc.title.trim() || 'Ecosystem segmentation')}`,
    '',
    `- **Horizontal:** ${mdText(x.label)} (${mdText(x.low)} → ${mdText(x.high)})`,
    `- **Vertical:** ${mdText(y.label)} (${mdText(y.low)} → ${mdText(y.high)})`,
    '',
  ];
  for (const group of partnersByQuadrant(doc)) {
    lines.push(`## ${mdText(group.label)} (${group.partners.length})`, '');
    if (!group.partners.length) lines.push('_No partners._');
    for (const p of group.partners) {
      const extra = [segmentLabel(doc, p.segment), `x ${p.x}`, `y ${p.y}`, p.size !== undefined ? `size ${p.size}` : ''].filter(Boolean).join(', ');
      lines.push(`- **${mdText(p.name)}** (${mdText(extra)})${p.notes ? `: ${mdText(p.notes)}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Escapes text for XML content and attribute values. */
export const xmlText = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
