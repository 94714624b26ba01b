/** German for the segmentation matrix's Markdown report (src/models/segmentation-matrix/export.ts), keyed by its English. */
export const de: Readonly<Record<string, string>> = {
  'report.Ecosystem segmentation': 'Ökosystem-Segmentierung',
  'report.- **Horizontal:** {label} ({low} → {high})': '- **Horizontal:** {label} ({low} → {high})',
  'report.- **Vertical:** {label} ({low} → {high})': '- **Vertikal:** {label} ({low} → {high})',
  'report._No partners._': '_Keine Partner._',
  'report.size {size}': 'Größe {size}',
};
