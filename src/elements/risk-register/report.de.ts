/** German for the risk register's Markdown report (src/models/risk-register/export.ts), keyed by its English. */
export const de: Readonly<Record<string, string>> = {
  'report.Risk register': 'Risikoregister',
  'report._No risks recorded yet._': '_Noch keine Risiken erfasst._',
  'report.Risk': 'Risiko',
  'report.Category': 'Kategorie',
  'report.Score': 'Bruttowert',
  'report.Residual': 'Nettowert',
  'report.Response': 'Strategie',
  'report.Owner': 'Verantwortlich',
  'report.Status': 'Status',
  'report.Review': 'Überprüfung',
  'report.- **Likelihood × impact:** {likelihood} × {impact} = {score}': '- **Wahrscheinlichkeit × Auswirkung:** {likelihood} × {impact} = {score}',
  'report.- **Mitigation ({response}):** {mitigation}': '- **Maßnahmen ({response}):** {mitigation}',
};
