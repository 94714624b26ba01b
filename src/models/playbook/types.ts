/** A worksheet document inside a playbook: any kind this library reads, except a playbook. */
export interface PlaybookSection {
  kind: string;
  version: number;
  title: string;
  [extra: string]: unknown;
}

export interface PlaybookDocument {
  kind: 'playbook';
  version: 1;
  title: string;
  /** Worksheet documents, in the order the playbook shows them. */
  sections: PlaybookSection[];
  [extra: string]: unknown;
}

export const PLAYBOOK_VERSION = 1;

/** What each kind is called in a table of contents. */
export const KIND_LABEL: Record<string, string> = {
  'segmentation-matrix': 'Ecosystem segmentation',
  'deal-comparator': 'Deal structure comparison',
  'okr-builder': 'Joint OKRs',
  'risk-register': 'Risk register',
  'governance-charter': 'Governance charter',
};
