/** Spanish for the risk register's Markdown report (src/models/risk-register/export.ts), keyed by its English. */
export const es: Readonly<Record<string, string>> = {
  'report.Risk register': 'Registro de riesgos',
  'report._No risks recorded yet._': '_Aún no hay riesgos registrados._',
  'report.Risk': 'Riesgo',
  'report.Category': 'Categoría',
  'report.Score': 'Valoración inherente',
  'report.Residual': 'Valoración residual',
  'report.Response': 'Respuesta',
  'report.Owner': 'Responsable',
  'report.Status': 'Estado',
  'report.Review': 'Revisión',
  'report.- **Likelihood × impact:** {likelihood} × {impact} = {score}': '- **Probabilidad × impacto:** {likelihood} × {impact} = {score}',
  'report.- **Mitigation ({response}):** {mitigation}': '- **Mitigación ({response}):** {mitigation}',
};
