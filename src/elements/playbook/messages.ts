import { defineMessages } from '../../core/i18n.js';

/** The playbook's own strings: the table of contents, section names, its exports and import messages. */
const en = {
  'playbook.untitled': 'Untitled partnership playbook',
  'playbook.print': 'Print…',
  'playbook.empty': 'This playbook has no worksheets yet. Place worksheet elements inside it, or import a playbook file.',
  'playbook.contents': 'Contents',
  'playbook.section.kind': '({kind})',
  'playbook.section.started': 'started',
  'playbook.section.empty': 'empty',
  'playbook.section.numbered': 'Section {n}',
  'playbook.kind.segmentation-matrix': 'Ecosystem segmentation',
  'playbook.kind.deal-comparator': 'Deal structure comparison',
  'playbook.kind.okr-builder': 'Joint OKRs',
  'playbook.kind.risk-register': 'Risk register',
  'playbook.kind.governance-charter': 'Governance charter',
  'playbook.sectionEdited': 'Section edited',
  'playbook.import.partial': {
    one: '“{name}” was imported without one section; the others loaded.',
    other: '“{name}” was imported without {count} sections; the others loaded.',
  },
  'playbook.import.sectionRefused': '{section} was not loaded: {reason}',
} as const;

declare module '../../core/i18n.js' {
  interface MessageKeys extends Record<keyof typeof en, true> {}
}

defineMessages(en);

/** The English catalog's shape: what every translation of it must cover (see messages.de.ts, messages.es.ts). */
export type Messages = typeof en;
