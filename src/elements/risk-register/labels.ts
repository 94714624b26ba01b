import type { FieldNames } from '../../core/field-labels.js';
import { formatNumber, type MessageKey, type Translate } from '../../core/i18n.js';
import {
  RATINGS,
  RISK_BANDS,
  RISK_CATEGORIES,
  RISK_RESPONSES,
  RISK_STATUSES,
  type RiskBand,
  type RiskCategory,
  type RiskResponse,
  type RiskStatus,
} from '../../models/risk-register/types.js';
import './messages.js';
import { OptionList } from './select-options.js';

/** Stand-ins for parameters, from the Private Use Area: they never occur in a message or in a risk's text. */
const MARK = 0xe000;
const MARKS = /[\uE000-\uE003]/g;
const HAS_MARK = /[\uE000-\uE003]/;

/**
 * A message with parameters, looked up once: the returned function fills it with plain string concatenation,
 * so that a register of thousands of rows does not look a message up for every row.
 */
function compile(t: Translate, key: MessageKey, ...names: string[]): (...values: string[]) => string {
  const text = t(key, Object.fromEntries(names.map((n, i) => [n, String.fromCharCode(MARK + i)])));
  if (!HAS_MARK.test(text)) return () => text;
  return (...values) => text.replace(MARKS, (m) => values[m.charCodeAt(0) - MARK] ?? '');
}

function table<K extends string>(keys: readonly K[], label: (k: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;
}

const optionList = (entries: ReadonlyArray<readonly [string, string]>, empty?: string): OptionList =>
  new OptionList([...(empty !== undefined ? [['', empty] as const] : []), ...entries]);

/** The message that names each field of a row (see `RiskLabels.field`). */
const FIELD_NAMES: Record<string, MessageKey> = {
  title: 'risk.row.title',
  category: 'risk.row.categoryOf',
  description: 'risk.row.descriptionOf',
  likelihood: 'risk.row.likelihoodOf',
  impact: 'risk.row.impactOf',
  residualLikelihood: 'risk.row.residualLikelihoodOf',
  residualImpact: 'risk.row.residualImpactOf',
  response: 'risk.row.responseTo',
  mitigation: 'risk.row.mitigationOf',
  owner: 'risk.row.ownerOf',
  status: 'risk.row.statusOf',
  reviewDate: 'risk.row.reviewDateOf',
  duplicate: 'risk.row.duplicate',
  remove: 'risk.row.delete',
};

/** Every label a row, the heat map and the legend show, in one locale; built once per message function. */
export interface RiskLabels {
  readonly locale: string;
  /** A whole number (a score, a rating, a count) in the locale's digits. */
  num(n: number): string;
  readonly category: Record<RiskCategory, string>;
  readonly response: Record<RiskResponse, string>;
  readonly status: Record<RiskStatus, string>;
  readonly band: Record<RiskBand, string>;
  /** The `<option>` lists every row's selects share. */
  readonly options: { category: OptionList; rating: OptionList; residual: OptionList; response: OptionList; status: OptionList };
  readonly notRated: string;
  readonly untitledRisk: string;
  readonly description: string;
  readonly mitigation: string;
  readonly owner: string;
  readonly inherent: string;
  readonly residual: string;
  readonly responseColumn: string;
  readonly statusReview: string;
  readonly noReview: string;
  readonly overdue: string;
  readonly duplicateHint: string;
  readonly deleteHint: string;
  readonly badge: (score: string, band: string) => string;
  readonly review: (date: string) => string;
  /**
   * Each row field's accessible name, from the risk's name ("Likelihood of {name}"), by what the field edits (its
   * `data-field`) or what the button does (its `data-action`).
   */
  readonly field: FieldNames;
}

/** The base class makes a new message function whenever the locale or the overrides change: one entry each. */
const cache = new WeakMap<Translate, RiskLabels>();

/** The labels for a message function, built on first use. */
export function riskLabels(t: Translate): RiskLabels {
  let labels = cache.get(t);
  if (!labels) cache.set(t, (labels = build(t)));
  return labels;
}

function build(t: Translate): RiskLabels {
  const locale = t.locale;
  // Scores run 1–25; anything else (a count) is formatted when asked for.
  const small = Array.from({ length: 26 }, (_, n) => formatNumber(locale, n));
  const num = (n: number): string => small[n] ?? formatNumber(locale, n);
  const category = table(RISK_CATEGORIES, (c) => t(`risk.category.${c}`));
  const response = table(RISK_RESPONSES, (r) => t(`risk.response.${r}`));
  const status = table(RISK_STATUSES, (s) => t(`risk.status.${s}`));
  const band = table(RISK_BANDS, (b) => t(`risk.band.${b}`));
  const ratings = RATINGS.map((r) => [String(r), num(r)] as const);
  return {
    locale,
    num,
    category,
    response,
    status,
    band,
    options: {
      category: optionList(RISK_CATEGORIES.map((c) => [c, category[c]] as const)),
      rating: optionList(ratings),
      residual: optionList(ratings, '–'),
      response: optionList(RISK_RESPONSES.map((r) => [r, response[r]] as const)),
      status: optionList(RISK_STATUSES.map((s) => [s, status[s]] as const)),
    },
    notRated: t('risk.row.notRated'),
    untitledRisk: t('risk.row.untitled'),
    description: t('risk.row.description'),
    mitigation: t('risk.row.mitigation'),
    owner: t('risk.col.owner'),
    inherent: t('risk.view.inherent'),
    residual: t('risk.view.residual'),
    responseColumn: t('risk.col.response'),
    statusReview: t('risk.col.statusReview'),
    noReview: t('risk.row.noReview'),
    overdue: t('risk.row.overdue'),
    duplicateHint: t('risk.row.duplicateHint'),
    deleteHint: t('risk.row.deleteHint'),
    badge: compile(t, 'risk.row.badge', 'score', 'band'),
    review: compile(t, 'risk.row.review', 'date'),
    field: Object.fromEntries(Object.entries(FIELD_NAMES).map(([field, key]) => [field, compile(t, key, 'name')])),
  };
}
