import type { Translation } from '../../core/i18n.js';
import type { Messages } from './messages.js';

/** Spanish, loaded only when a worksheet on the page speaks it (see src/locales/). */
export const es: Translation<Messages> = {
  'playbook.untitled': 'Manual de alianza sin título',
  'playbook.print': 'Imprimir…',
  'playbook.empty': 'Este manual aún no tiene hojas de trabajo. Coloque elementos de hoja de trabajo dentro de él o importe un archivo de manual.',
  'playbook.contents': 'Contenido',
  'playbook.section.kind': '({kind})',
  'playbook.section.started': 'empezada',
  'playbook.section.empty': 'vacía',
  'playbook.section.numbered': 'Sección {n}',
  'playbook.kind.segmentation-matrix': 'Segmentación del ecosistema',
  'playbook.kind.deal-comparator': 'Comparación de estructuras de acuerdo',
  'playbook.kind.okr-builder': 'OKR conjuntos',
  'playbook.kind.risk-register': 'Registro de riesgos',
  'playbook.kind.governance-charter': 'Carta de gobernanza',
  'playbook.sectionEdited': 'Sección editada',
  'playbook.import.partial': {
    one: '«{name}» se importó sin una sección; las demás se cargaron.',
    other: '«{name}» se importó sin {count} secciones; las demás se cargaron.',
  },
  'playbook.import.sectionRefused': '{section} no se cargó: {reason}',
};
