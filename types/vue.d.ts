// Generated from custom-elements.json by scripts/gen-framework-types.js: do not edit by hand (npm run build).
// Vue 3 typings: the elements in GlobalComponents, for type-checked templates (vue-tsc) and h().
// Vue binds `@pw-invalid` to the `onPwInvalid` prop. Bind the document as `:value.prop` (a plain
// `:value` is set again on every render; the element ignores the same unchanged object). Tell the compiler the tags are custom
// elements (isCustomElement: (tag) => tag.startsWith('pw-')). Use: `import type {} from 'partnership-worksheets/vue';`
import type { DefineComponent } from 'vue';
import type { PwDealComparator, PwGovernanceCharter, PwInvalidEvent, PwOkrBuilder, PwPlaybook, PwRiskRegister, PwSegmentationMatrix, PwStorageEvent, PwXapiEvent } from 'partnership-worksheets';

/** The properties and events of `<pw-deal-comparator>` (in templates, `storage-key` is `storageKey`). */
export interface PwDealComparatorProps {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwDealComparator['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwDealComparator['storageKey'];
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
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwDealComparator['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwDealComparator['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwDealComparator['value'] | string;
  /** `@input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: Event & { currentTarget: PwDealComparator; target: PwDealComparator }) => void;
  /** `@change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: Event & { currentTarget: PwDealComparator; target: PwDealComparator }) => void;
  /** `@pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  onPwInvalid?: (event: PwInvalidEvent & { currentTarget: PwDealComparator }) => void;
  /** `@pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  onPwStorage?: (event: PwStorageEvent & { currentTarget: PwDealComparator }) => void;
  /** `@pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  onPwXapi?: (event: PwXapiEvent & { currentTarget: PwDealComparator }) => void;
}

/** The properties and events of `<pw-governance-charter>` (in templates, `storage-key` is `storageKey`). */
export interface PwGovernanceCharterProps {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwGovernanceCharter['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwGovernanceCharter['storageKey'];
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
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwGovernanceCharter['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwGovernanceCharter['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwGovernanceCharter['value'] | string;
  /** `@input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: Event & { currentTarget: PwGovernanceCharter; target: PwGovernanceCharter }) => void;
  /** `@change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: Event & { currentTarget: PwGovernanceCharter; target: PwGovernanceCharter }) => void;
  /** `@pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  onPwInvalid?: (event: PwInvalidEvent & { currentTarget: PwGovernanceCharter }) => void;
  /** `@pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  onPwStorage?: (event: PwStorageEvent & { currentTarget: PwGovernanceCharter }) => void;
  /** `@pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  onPwXapi?: (event: PwXapiEvent & { currentTarget: PwGovernanceCharter }) => void;
}

/** The properties and events of `<pw-okr-builder>` (in templates, `storage-key` is `storageKey`). */
export interface PwOkrBuilderProps {
  /** The date a new check-in starts with (`YYYY-MM-DD`); defaults to today. */
  today?: PwOkrBuilder['today'];
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwOkrBuilder['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwOkrBuilder['storageKey'];
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
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwOkrBuilder['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwOkrBuilder['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwOkrBuilder['value'] | string;
  /** `@input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: Event & { currentTarget: PwOkrBuilder; target: PwOkrBuilder }) => void;
  /** `@change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: Event & { currentTarget: PwOkrBuilder; target: PwOkrBuilder }) => void;
  /** `@pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  onPwInvalid?: (event: PwInvalidEvent & { currentTarget: PwOkrBuilder }) => void;
  /** `@pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  onPwStorage?: (event: PwStorageEvent & { currentTarget: PwOkrBuilder }) => void;
  /** `@pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  onPwXapi?: (event: PwXapiEvent & { currentTarget: PwOkrBuilder }) => void;
}

/** The properties and events of `<pw-playbook>` (in templates, `storage-key` is `storageKey`). */
export interface PwPlaybookProps {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwPlaybook['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwPlaybook['storageKey'];
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
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwPlaybook['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwPlaybook['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwPlaybook['value'] | string;
  /** `@input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: Event & { currentTarget: PwPlaybook; target: PwPlaybook }) => void;
  /** `@change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: Event & { currentTarget: PwPlaybook; target: PwPlaybook }) => void;
  /** `@pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  onPwInvalid?: (event: PwInvalidEvent & { currentTarget: PwPlaybook }) => void;
  /** `@pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  onPwStorage?: (event: PwStorageEvent & { currentTarget: PwPlaybook }) => void;
  /** `@pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  onPwXapi?: (event: PwXapiEvent & { currentTarget: PwPlaybook }) => void;
}

/** The properties and events of `<pw-risk-register>` (in templates, `storage-key` is `storageKey`). */
export interface PwRiskRegisterProps {
  /** The date that decides which reviews are overdue (`YYYY-MM-DD`); defaults to today. */
  today?: PwRiskRegister['today'];
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwRiskRegister['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwRiskRegister['storageKey'];
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
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwRiskRegister['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwRiskRegister['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwRiskRegister['value'] | string;
  /** `@input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: Event & { currentTarget: PwRiskRegister; target: PwRiskRegister }) => void;
  /** `@change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: Event & { currentTarget: PwRiskRegister; target: PwRiskRegister }) => void;
  /** `@pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  onPwInvalid?: (event: PwInvalidEvent & { currentTarget: PwRiskRegister }) => void;
  /** `@pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  onPwStorage?: (event: PwStorageEvent & { currentTarget: PwRiskRegister }) => void;
  /** `@pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  onPwXapi?: (event: PwXapiEvent & { currentTarget: PwRiskRegister }) => void;
}

/** The properties and events of `<pw-segmentation-matrix>` (in templates, `storage-key` is `storageKey`). */
export interface PwSegmentationMatrixProps {
  /** Review mode: everything is shown, nothing can be edited. */
  readonly?: PwSegmentationMatrix['readonly'];
  /** Autosave: every edit is saved to localStorage under this key, and restored on load. */
  storageKey?: PwSegmentationMatrix['storageKey'];
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
  /** Strings for this element only, by message key (see the README's "Languages" section): they win over the page's and the shipped ones. A child `<script type="application/json" data-messages>` sets them without code. */
  messages?: PwSegmentationMatrix['messages'];
  /** The language, as a BCP 47 tag (`de`, `es-MX`): it sets both the words and the formats of numbers, amounts and dates. By default the element's nearest `lang`, then the page's; a language without messages falls back to `en`. */
  locale?: PwSegmentationMatrix['locale'];
  /** The current document, as a fresh plain object. Setting it accepts a document object or JSON text: a valid one replaces the state; an invalid one leaves the state unchanged, shows a message and fires `pw-invalid`. Never throws. */
  value?: PwSegmentationMatrix['value'] | string;
  /** `@input`: While a gesture (a drag) is under way; `change` follows when it ends. */
  onInput?: (event: Event & { currentTarget: PwSegmentationMatrix; target: PwSegmentationMatrix }) => void;
  /** `@change`: After each committed user edit, undo or redo (not when `value` is set by code). Read `event.target.value`. */
  onChange?: (event: Event & { currentTarget: PwSegmentationMatrix; target: PwSegmentationMatrix }) => void;
  /** `@pw-invalid`: A document was refused; `detail.errors` is `[{ path, message }]`. The state is unchanged. */
  onPwInvalid?: (event: PwInvalidEvent & { currentTarget: PwSegmentationMatrix }) => void;
  /** `@pw-storage`: Autosave news: `detail.state` is `restored`, `saved`, `corrupt`, `quota`, `conflict`, `unavailable` or `synced`. */
  onPwStorage?: (event: PwStorageEvent & { currentTarget: PwSegmentationMatrix }) => void;
  /** `@pw-xapi`: An xAPI statement without actor (`progressed`, `answered`, `completed`); `detail` is the statement, `result.response` the document as JSON. */
  onPwXapi?: (event: PwXapiEvent & { currentTarget: PwSegmentationMatrix }) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    /** Weighted comparison of partnership deal structures, with sensitivity analysis, CSV and a Markdown decision memo. */
    'pw-deal-comparator': DefineComponent<PwDealComparatorProps>;
    /** Governance charter with governing bodies, an escalation ladder, a meeting calendar and exit criteria. */
    'pw-governance-charter': DefineComponent<PwGovernanceCharterProps>;
    /** Joint OKR builder: progress bars with text, score bands in words, check-ins with a d3 trend, reorder by drag or keyboard, team filter and summary, CSV and Markdown export. */
    'pw-okr-builder': DefineComponent<PwOkrBuilderProps>;
    /** Gathers worksheet elements into one playbook document with a table of contents, exports and print view. */
    'pw-playbook': DefineComponent<PwPlaybookProps>;
    /** Risk register with an inherent/residual heat map, inline editing, CSV and Markdown export. */
    'pw-risk-register': DefineComponent<PwRiskRegisterProps>;
    /** 2×2 partner matrix with draggable, keyboard-movable points, segment legend, editable table and SVG export. */
    'pw-segmentation-matrix': DefineComponent<PwSegmentationMatrixProps>;
  }
}
