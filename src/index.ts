/** The package root: defines every worksheet element and re-exports every class and model function. */
export * from './models/index.js';
export { WorksheetElement, type WorksheetDocument } from './core/worksheet-element.js';
export { PwInvalidEvent, PwStorageEvent, type PwInvalidDetail, type PwStorageDetail, type InvalidSource, type StorageState } from './core/events.js';
export { PwXapiEvent, xapiStatement, XAPI_VERBS, type XapiStatement, type XapiVerb } from './core/xapi.js';
export { packDocument, unpackDocument } from './core/embed-code.js';
export {
  setMessages,
  messagesOf,
  availableLocales,
  shippedLocales,
  resolveLocale,
  formatNumber,
  formatPercent,
  formatCurrency,
  formatDate,
  i18nDiagnostics,
  type Message,
  type MessageKey,
  type MessageOverrides,
  type MessageParams,
  type PluralMessage,
} from './core/i18n.js';
export { PwRiskRegister } from './define/risk-register.js';
export { PwSegmentationMatrix } from './define/segmentation-matrix.js';
export { PwDealComparator } from './define/deal-comparator.js';
export { PwOkrBuilder } from './define/okr-builder.js';
export { PwGovernanceCharter } from './define/governance-charter.js';
export { PwPlaybook } from './define/playbook.js';
