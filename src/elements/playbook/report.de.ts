/** German for the playbook's Markdown report (src/models/playbook/export.ts), keyed by its English. */
export const de: Readonly<Record<string, string>> = {
  'report.Partnership strategy playbook': 'Playbook für die Partnerschaftsstrategie',
  'report._No sections yet._': '_Noch keine Abschnitte._',
};
