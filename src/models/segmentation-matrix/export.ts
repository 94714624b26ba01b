import { toCsvText } from '../shared/csv.js';
import { mdText } from '../shared/markdown.js';
import { ENGLISH, numberIn, type ReportVoice } from '../shared/report.js';
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
export function segmentationMatrixToMarkdown(doc: SegmentationMatrixDocument, voice: ReportVoice = ENGLISH): string {
  const { say } = voice;
  const { x, y } = doc.axes;
  const axis = (a: typeof x) => ({ label: mdText(a.label), low: mdText(a.low), high: mdText(a.high) });
  const lines = [
    `# ${mdText(doc.title.trim() || say('Ecosystem segmentation'))}`,
    '',
    say('- **Horizontal:** {label} ({low} → {high})', axis(x)),
    say('- **Vertical:** {label} ({low} → {high})', axis(y)),
    '',
  ];
  const num = (n: number): string => numberIn(voice.locale, n, 6);
  for (const group of partnersByQuadrant(doc)) {
    lines.push(`## ${mdText(group.label)} (${group.partners.length})`, '');
    if (!group.partners.length) lines.push(say('_No partners._'));
    for (const p of group.partners) {
      const extra = [segmentLabel(doc, p.segment), `x ${num(p.x)}`, `y ${num(p.y)}`, p.size !== undefined ? say('size {size}', { size: num(p.size) }) : ''].filter(Boolean).join(', ');
      lines.push(`- **${mdText(p.name)}** (${mdText(extra)})${p.notes ? `: ${mdText(p.notes)}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Escapes text for XML content and attribute values. */
export const xmlText = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
