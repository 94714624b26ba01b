// Generated from custom-elements.json by scripts/gen-framework-types.js: do not edit by hand (npm run build).
// React 19 JSX typings. React sets a custom element's known properties as properties and listens for
// `on<exact event name>` props (`onpw-invalid`); `change` and `input` go through React's own onChange/onInput.
// Use: `import type {} from 'partnership-worksheets/react';` once in the app.
import type { DetailedHTMLProps, HTMLAttributes, SyntheticEvent } from 'react';
import type { PwDealComparator, PwGovernanceCharter, PwInvalidEvent, PwOkrBuilder, PwPlaybook, PwRiskRegister, PwSegmentationMatrix, PwStorageEvent, PwXapiEvent } from 'partnership-worksheets';

/** A React event from the worksheet element itself. */
type WorksheetSyntheticEvent<T> = SyntheticEvent<T> & { target: T };
type HTMLProps<T extends HTMLElement, Own> = Own & Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, keyof Own>;

/** The properties and events of `<pw-deal-comparator>`. */
export interface PwDealComparatorAttributes {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwDealComparator['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwDealComparator['storageKey'];
  /** The `storage-key` attribute: the same as `storageKey`. */
  'storage-key'?: PwDealComparator['storageKey'];
  /** The form field name: inside a `<form>`, the form data holds the document as JSON under this name. */
  name?: PwDealComparator['name'];
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the system. */
  theme?: PwDealComparator['theme'];
  /** Learner view: hides the author's actions (the "Embed code…" dialog). The embed and SCORM pages set it. */
  learner?: PwDealComparator['learner'];
  /** Offers a "Mark complete" toggle; turning it on fires a `completed` xAPI statement. */
  completable?: PwDealComparator['completable'];
  /** Whether the learner has marked the work complete (with `completable`). Not part of the document. */
  complete?: PwDealComparator['complete'];
  /** The xAPI activity IRI of this worksheet; by default the page's URL with the autosave key or the kind. */
  activityId?: PwDealComparator['activityId'];
  /** The `activity-id` attribute: the same as `activityId`. */
  'activity-id'?: PwDealComparator['activityId'];
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwDealComparator['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwDealComparator['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwDealComparator['value'] | string;
  /** `input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: WorksheetSyntheticEvent<PwDealComparator>) => void;
  /** `change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: WorksheetSyntheticEvent<PwDealComparator>) => void;
  /** `pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  'onpw-invalid'?: (event: PwInvalidEvent & { currentTarget: PwDealComparator }) => void;
  /** `pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  'onpw-storage'?: (event: PwStorageEvent & { currentTarget: PwDealComparator }) => void;
  /** `pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  'onpw-xapi'?: (event: PwXapiEvent & { currentTarget: PwDealComparator }) => void;
}
/** Weighted comparison of partnership deal structures, with sensitivity analysis, CSV and a Markdown decision memo. */
export type PwDealComparatorProps = HTMLProps<PwDealComparator, PwDealComparatorAttributes>;

/** The properties and events of `<pw-governance-charter>`. */
export interface PwGovernanceCharterAttributes {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwGovernanceCharter['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwGovernanceCharter['storageKey'];
  /** The `storage-key` attribute: the same as `storageKey`. */
  'storage-key'?: PwGovernanceCharter['storageKey'];
  /** The form field name: inside a `<form>`, the form data holds the document as JSON under this name. */
  name?: PwGovernanceCharter['name'];
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the system. */
  theme?: PwGovernanceCharter['theme'];
  /** Learner view: hides the author's actions (the "Embed code…" dialog). The embed and SCORM pages set it. */
  learner?: PwGovernanceCharter['learner'];
  /** Offers a "Mark complete" toggle; turning it on fires a `completed` xAPI statement. */
  completable?: PwGovernanceCharter['completable'];
  /** Whether the learner has marked the work complete (with `completable`). Not part of the document. */
  complete?: PwGovernanceCharter['complete'];
  /** The xAPI activity IRI of this worksheet; by default the page's URL with the autosave key or the kind. */
  activityId?: PwGovernanceCharter['activityId'];
  /** The `activity-id` attribute: the same as `activityId`. */
  'activity-id'?: PwGovernanceCharter['activityId'];
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwGovernanceCharter['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwGovernanceCharter['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwGovernanceCharter['value'] | string;
  /** `input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: WorksheetSyntheticEvent<PwGovernanceCharter>) => void;
  /** `change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: WorksheetSyntheticEvent<PwGovernanceCharter>) => void;
  /** `pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  'onpw-invalid'?: (event: PwInvalidEvent & { currentTarget: PwGovernanceCharter }) => void;
  /** `pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  'onpw-storage'?: (event: PwStorageEvent & { currentTarget: PwGovernanceCharter }) => void;
  /** `pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  'onpw-xapi'?: (event: PwXapiEvent & { currentTarget: PwGovernanceCharter }) => void;
}
/** Governance charter with governing bodies, an escalation ladder, a meeting calendar and exit criteria. */
export type PwGovernanceCharterProps = HTMLProps<PwGovernanceCharter, PwGovernanceCharterAttributes>;

/** The properties and events of `<pw-okr-builder>`. */
export interface PwOkrBuilderAttributes {
  /** The date a new check-in starts with (`YYYY-MM-DD`); defaults to today. */
  today?: PwOkrBuilder['today'];
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwOkrBuilder['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwOkrBuilder['storageKey'];
  /** The `storage-key` attribute: the same as `storageKey`. */
  'storage-key'?: PwOkrBuilder['storageKey'];
  /** The form field name: inside a `<form>`, the form data holds the document as JSON under this name. */
  name?: PwOkrBuilder['name'];
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the system. */
  theme?: PwOkrBuilder['theme'];
  /** Learner view: hides the author's actions (the "Embed code…" dialog). The embed and SCORM pages set it. */
  learner?: PwOkrBuilder['learner'];
  /** Offers a "Mark complete" toggle; turning it on fires a `completed` xAPI statement. */
  completable?: PwOkrBuilder['completable'];
  /** Whether the learner has marked the work complete (with `completable`). Not part of the document. */
  complete?: PwOkrBuilder['complete'];
  /** The xAPI activity IRI of this worksheet; by default the page's URL with the autosave key or the kind. */
  activityId?: PwOkrBuilder['activityId'];
  /** The `activity-id` attribute: the same as `activityId`. */
  'activity-id'?: PwOkrBuilder['activityId'];
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwOkrBuilder['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwOkrBuilder['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwOkrBuilder['value'] | string;
  /** `input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: WorksheetSyntheticEvent<PwOkrBuilder>) => void;
  /** `change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: WorksheetSyntheticEvent<PwOkrBuilder>) => void;
  /** `pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  'onpw-invalid'?: (event: PwInvalidEvent & { currentTarget: PwOkrBuilder }) => void;
  /** `pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  'onpw-storage'?: (event: PwStorageEvent & { currentTarget: PwOkrBuilder }) => void;
  /** `pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  'onpw-xapi'?: (event: PwXapiEvent & { currentTarget: PwOkrBuilder }) => void;
}
/** Joint OKR builder: progress bars with text, score bands in words, check-ins with a d3 trend, reorder by drag or keyboard, team filter and summary, CSV and Markdown export. */
export type PwOkrBuilderProps = HTMLProps<PwOkrBuilder, PwOkrBuilderAttributes>;

/** The properties and events of `<pw-playbook>`. */
export interface PwPlaybookAttributes {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwPlaybook['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwPlaybook['storageKey'];
  /** The `storage-key` attribute: the same as `storageKey`. */
  'storage-key'?: PwPlaybook['storageKey'];
  /** The form field name: inside a `<form>`, the form data holds the document as JSON under this name. */
  name?: PwPlaybook['name'];
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the system. */
  theme?: PwPlaybook['theme'];
  /** Learner view: hides the author's actions (the "Embed code…" dialog). The embed and SCORM pages set it. */
  learner?: PwPlaybook['learner'];
  /** Offers a "Mark complete" toggle; turning it on fires a `completed` xAPI statement. */
  completable?: PwPlaybook['completable'];
  /** Whether the learner has marked the work complete (with `completable`). Not part of the document. */
  complete?: PwPlaybook['complete'];
  /** The xAPI activity IRI of this worksheet; by default the page's URL with the autosave key or the kind. */
  activityId?: PwPlaybook['activityId'];
  /** The `activity-id` attribute: the same as `activityId`. */
  'activity-id'?: PwPlaybook['activityId'];
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwPlaybook['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwPlaybook['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwPlaybook['value'] | string;
  /** `input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: WorksheetSyntheticEvent<PwPlaybook>) => void;
  /** `change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: WorksheetSyntheticEvent<PwPlaybook>) => void;
  /** `pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  'onpw-invalid'?: (event: PwInvalidEvent & { currentTarget: PwPlaybook }) => void;
  /** `pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  'onpw-storage'?: (event: PwStorageEvent & { currentTarget: PwPlaybook }) => void;
  /** `pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  'onpw-xapi'?: (event: PwXapiEvent & { currentTarget: PwPlaybook }) => void;
}
/** Gathers worksheet elements into one playbook document with a table of contents, exports and print view. */
export type PwPlaybookProps = HTMLProps<PwPlaybook, PwPlaybookAttributes>;

/** The properties and events of `<pw-risk-register>`. */
export interface PwRiskRegisterAttributes {
  /** The date that decides which reviews are overdue (`YYYY-MM-DD`); defaults to today. */
  today?: PwRiskRegister['today'];
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwRiskRegister['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwRiskRegister['storageKey'];
  /** The `storage-key` attribute: the same as `storageKey`. */
  'storage-key'?: PwRiskRegister['storageKey'];
  /** The form field name: inside a `<form>`, the form data holds the document as JSON under this name. */
  name?: PwRiskRegister['name'];
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the system. */
  theme?: PwRiskRegister['theme'];
  /** Learner view: hides the author's actions (the "Embed code…" dialog). The embed and SCORM pages set it. */
  learner?: PwRiskRegister['learner'];
  /** Offers a "Mark complete" toggle; turning it on fires a `completed` xAPI statement. */
  completable?: PwRiskRegister['completable'];
  /** Whether the learner has marked the work complete (with `completable`). Not part of the document. */
  complete?: PwRiskRegister['complete'];
  /** The xAPI activity IRI of this worksheet; by default the page's URL with the autosave key or the kind. */
  activityId?: PwRiskRegister['activityId'];
  /** The `activity-id` attribute: the same as `activityId`. */
  'activity-id'?: PwRiskRegister['activityId'];
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwRiskRegister['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwRiskRegister['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwRiskRegister['value'] | string;
  /** `input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: WorksheetSyntheticEvent<PwRiskRegister>) => void;
  /** `change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: WorksheetSyntheticEvent<PwRiskRegister>) => void;
  /** `pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  'onpw-invalid'?: (event: PwInvalidEvent & { currentTarget: PwRiskRegister }) => void;
  /** `pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  'onpw-storage'?: (event: PwStorageEvent & { currentTarget: PwRiskRegister }) => void;
  /** `pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  'onpw-xapi'?: (event: PwXapiEvent & { currentTarget: PwRiskRegister }) => void;
}
/** Risk register with an inherent/residual heat map, inline editing, CSV and Markdown export. */
export type PwRiskRegisterProps = HTMLProps<PwRiskRegister, PwRiskRegisterAttributes>;

/** The properties and events of `<pw-segmentation-matrix>`. */
export interface PwSegmentationMatrixAttributes {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwSegmentationMatrix['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwSegmentationMatrix['storageKey'];
  /** The `storage-key` attribute: the same as `storageKey`. */
  'storage-key'?: PwSegmentationMatrix['storageKey'];
  /** The form field name: inside a `<form>`, the form data holds the document as JSON under this name. */
  name?: PwSegmentationMatrix['name'];
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the system. */
  theme?: PwSegmentationMatrix['theme'];
  /** Learner view: hides the author's actions (the "Embed code…" dialog). The embed and SCORM pages set it. */
  learner?: PwSegmentationMatrix['learner'];
  /** Offers a "Mark complete" toggle; turning it on fires a `completed` xAPI statement. */
  completable?: PwSegmentationMatrix['completable'];
  /** Whether the learner has marked the work complete (with `completable`). Not part of the document. */
  complete?: PwSegmentationMatrix['complete'];
  /** The xAPI activity IRI of this worksheet; by default the page's URL with the autosave key or the kind. */
  activityId?: PwSegmentationMatrix['activityId'];
  /** The `activity-id` attribute: the same as `activityId`. */
  'activity-id'?: PwSegmentationMatrix['activityId'];
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwSegmentationMatrix['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwSegmentationMatrix['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwSegmentationMatrix['value'] | string;
  /** `input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: WorksheetSyntheticEvent<PwSegmentationMatrix>) => void;
  /** `change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: WorksheetSyntheticEvent<PwSegmentationMatrix>) => void;
  /** `pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  'onpw-invalid'?: (event: PwInvalidEvent & { currentTarget: PwSegmentationMatrix }) => void;
  /** `pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  'onpw-storage'?: (event: PwStorageEvent & { currentTarget: PwSegmentationMatrix }) => void;
  /** `pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  'onpw-xapi'?: (event: PwXapiEvent & { currentTarget: PwSegmentationMatrix }) => void;
}
/** 2×2 partner matrix with draggable, keyboard-movable points, segment legend, editable table and SVG export. */
export type PwSegmentationMatrixProps = HTMLProps<PwSegmentationMatrix, PwSegmentationMatrixAttributes>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pw-deal-comparator': PwDealComparatorProps;
      'pw-governance-charter': PwGovernanceCharterProps;
      'pw-okr-builder': PwOkrBuilderProps;
      'pw-playbook': PwPlaybookProps;
      'pw-risk-register': PwRiskRegisterProps;
      'pw-segmentation-matrix': PwSegmentationMatrixProps;
    }
  }
}
