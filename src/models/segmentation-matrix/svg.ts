import { xmlText } from './export.js';
import { matrixLayout } from './layout.js';
import { segmentColor } from './selectors.js';
import { THRESHOLD, type SegmentationMatrixDocument } from './types.js';

/** The matrix as a standalone SVG file (light colours, system font), for slides and documents. */
export function matrixToSVG(doc: SegmentationMatrixDocument, width = 900): string {
  const L = matrixLayout(doc, width, { labels: true });
  const { plot } = L;
  const [tx, ty] = L.toPx(THRESHOLD, THRESHOLD);
  const legendTop = L.height + 8;
  const height = legendTop + 24 * Math.ceil(doc.segments.length / 3) + 8;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title>${xmlText(doc.title || 'Ecosystem segmentation')}</title>`,
    `<desc>${xmlText(`${doc.partners.length} partners by ${doc.axes.x.label} (horizontal) and ${doc.axes.y.label} (vertical).`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect x="${plot.left}" y="${plot.top}" width="${plot.width}" height="${plot.height}" fill="#f7f8fa" stroke="#8a93a3"/>`,
    `<line x1="${tx}" y1="${plot.top}" x2="${tx}" y2="${plot.top + plot.height}" stroke="#8a93a3" stroke-dasharray="4 4"/>`,
    `<line x1="${plot.left}" y1="${ty}" x2="${plot.left + plot.width}" y2="${ty}" stroke="#8a93a3" stroke-dasharray="4 4"/>`,
  ];
  for (const q of L.quadrants) {
    out.push(`<text x="${q.x}" y="${q.y}" text-anchor="${q.anchor}" dominant-baseline="${q.baseline}" fill="#566073" font-weight="600">${xmlText(q.text)}</text>`);
  }
  const axisY = plot.top + plot.height;
  out.push(
    `<text x="${plot.left}" y="${axisY + 16}" fill="#566073">${xmlText(doc.axes.x.low)}</text>`,
    `<text x="${plot.left + plot.width}" y="${axisY + 16}" text-anchor="end" fill="#566073">${xmlText(doc.axes.x.high)}</text>`,
    `<text x="${plot.left + plot.width / 2}" y="${axisY + 34}" text-anchor="middle" font-weight="600" fill="#1b2231">${xmlText(doc.axes.x.label)} →</text>`,
    `<g transform="translate(${plot.left - 10} ${axisY}) rotate(-90)"><text x="0" y="0" fill="#566073">${xmlText(doc.axes.y.low)}</text>` +
      `<text x="${plot.height}" y="0" text-anchor="end" fill="#566073">${xmlText(doc.axes.y.high)}</text>` +
      `<text x="${plot.height / 2}" y="-20" text-anchor="middle" font-weight="600" fill="#1b2231">${xmlText(doc.axes.y.label)} →</text></g>`,
  );
  for (const p of L.points) {
    out.push(
      `<path d="${p.path}" transform="translate(${p.px.toFixed(1)} ${p.py.toFixed(1)})" fill="${p.color}" fill-opacity="0.85" stroke="#1b2231" stroke-width="1"><title>${xmlText(p.partner.name)}</title></path>`,
    );
    const label = L.labels.get(p.partner.id);
    if (label) {
      if (label.leader) out.push(`<line x1="${p.px.toFixed(1)}" y1="${p.py.toFixed(1)}" x2="${label.x.toFixed(1)}" y2="${label.y.toFixed(1)}" stroke="#8a93a3"/>`);
      out.push(`<text x="${label.x.toFixed(1)}" y="${label.y.toFixed(1)}" text-anchor="${label.anchor}" dominant-baseline="middle" fill="#1b2231">${xmlText(p.partner.name)}</text>`);
    }
  }
  doc.segments.forEach((s, i) => {
    const x = 16 + (i % 3) * ((width - 32) / 3);
    const y = legendTop + 12 + Math.floor(i / 3) * 24;
    const color = segmentColor(doc.segments, s.id);
    out.push(
      `<path d="${L.segmentSymbol(s.id)}" transform="translate(${x + 6} ${y})" fill="${color}" stroke="#1b2231"/>`,
      `<text x="${x + 18}" y="${y}" dominant-baseline="middle" fill="#1b2231">${xmlText(s.label)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
