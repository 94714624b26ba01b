import type { Translation } from '../../core/i18n.js';
import type { Messages } from './messages.js';

/** German, loaded only when a worksheet on the page speaks it (see src/locales/). */
export const de: Translation<Messages> = {
  'playbook.untitled': 'Unbenanntes Partnerschafts-Playbook',
  'playbook.print': 'Drucken…',
  'playbook.empty': 'Dieses Playbook enthält noch keine Arbeitsblätter. Fügen Sie Arbeitsblatt-Elemente ein oder importieren Sie eine Playbook-Datei.',
  'playbook.contents': 'Inhalt',
  'playbook.section.kind': '({kind})',
  'playbook.section.started': 'begonnen',
  'playbook.section.empty': 'leer',
  'playbook.section.numbered': 'Abschnitt {n}',
  'playbook.kind.segmentation-matrix': 'Ökosystem-Segmentierung',
  'playbook.kind.deal-comparator': 'Vergleich der Deal-Strukturen',
  'playbook.kind.okr-builder': 'Gemeinsame OKRs',
  'playbook.kind.risk-register': 'Risikoregister',
  'playbook.kind.governance-charter': 'Governance-Charta',
  'playbook.sectionEdited': 'Abschnitt bearbeitet',
  'playbook.import.partial': {
    one: '„{name}“ wurde ohne einen Abschnitt importiert; die übrigen wurden geladen.',
    other: '„{name}“ wurde ohne {count} Abschnitte importiert; die übrigen wurden geladen.',
  },
  'playbook.import.sectionRefused': '{section} wurde nicht geladen: {reason}',
};
