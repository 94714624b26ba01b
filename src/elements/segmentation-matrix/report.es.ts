/** Spanish for the segmentation matrix's Markdown report (src/models/segmentation-matrix/export.ts), keyed by its English. */
export const es: Readonly<Record<string, string>> = {
  'report.Ecosystem segmentation': 'Segmentación del ecosistema',
  'report.- **Horizontal:** {label} ({low} → {high})': '- **Eje horizontal:** {label} ({low} → {high})',
  'report.- **Vertical:** {label} ({low} → {high})': '- **Eje vertical:** {label} ({low} → {high})',
  'report._No partners._': '_Sin socios._',
  'report.size {size}': 'tamaño {size}',
};
