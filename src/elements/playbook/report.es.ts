/** Spanish for the playbook's Markdown report (src/models/playbook/export.ts), keyed by its English. */
export const es: Readonly<Record<string, string>> = {
  'report.Partnership strategy playbook': 'Manual de estrategia de alianzas',
  'report._No sections yet._': '_Aún no hay secciones._',
};
