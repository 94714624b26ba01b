/**
 * The one localisation layer. Every user-visible string is a message looked up by key for the element's locale;
 * numbers, percentages, currency and dates are formatted with `Intl` for that locale. Documents stay locale-free.
 *
 * - A message is text with `{name}` placeholders, or plural forms (`{ one, other, … }`) chosen by `count` through
 *   `Intl.PluralRules`. Numbers passed as parameters are written with the locale's digits and grouping.
 * - The locale of an element is its nearest `lang` (crossing shadow roots), then the page's, then English.
 *   `de-CH` uses `de` when there is no `de-CH`.
 * - Catalogs: English is the source; each worksheet registers its own catalog with its translations. Authors and
 *   apps add or override strings with `setMessages()` (page-wide) or an element's `messages` (one element).
 *
 * Lookup: element overrides → exact locale → language → English → the key itself (reported as missing).
 */
import { fill as fillText } from '../models/shared/report.js';

/** Plural forms, as `Intl.PluralRules` names them; `other` is required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;
export type Catalog = Record<string, Message>;
/** A translation of a catalog: every key, nothing else. */
export type Translation<C extends Catalog> = { readonly [K in keyof C]: Message };
export type MessageParams = Record<string, string | number>;

/**
 * Every message key. Each catalog adds its keys by declaration merging, so a typo in a key is a type error:
 * `declare module '…/core/i18n.js' { interface MessageKeys extends Record<keyof typeof en, true> {} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface MessageKeys {}
export type MessageKey = keyof MessageKeys & string;
/** Strings an author supplies for one element or the page: any subset of the keys. */
export type MessageOverrides = Partial<Record<MessageKey, Message>>;

/** A message function bound to one locale (and the element's overrides). */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  readonly locale: string;
  /**
   * A message with some placeholders filled by markup (a value in `<strong>`), in the language's word order: the
   * text pieces with the parts between them, ready for a template. A part may share its name with a plural's
   * `count`: the form is still chosen by the number in `params`.
   */
  rich<P>(key: MessageKey, params: MessageParams, parts: Record<string, P>): Array<string | P>;
  /** Whether this locale (or the element's overrides) has its own message for `key`, not English's. */
  has(key: MessageKey): boolean;
}

/** Stand-ins for parts, from the Private Use Area: they occur in no message and in no one's text. */
const PART = 0xe000;

export const SOURCE_LOCALE = 'en';

/** locale (lower case) → key → message. */
const tables = new Map<string, Map<string, Message>>([[SOURCE_LOCALE, new Map()]]);
/** Locales the package itself ships complete. */
const shipped = new Set<string>([SOURCE_LOCALE]);
/** Elements (and anything else) to tell when messages change. */
const listeners = new Set<() => void>();

const table = (locale: string): Map<string, Message> => {
  const key = locale.toLowerCase();
  let t = tables.get(key);
  if (!t) tables.set(key, (t = new Map()));
  return t;
};

/** Called with (locale, key) when a message is missing from that locale; tests set it to fail on any. */
export const i18nDiagnostics: { onMissing: ((locale: string, key: string) => void) | undefined } = { onMissing: undefined };

/** @internal Registers a shipped catalog's English source (translations come with their language's module). */
export function defineMessages<C extends Catalog>(en: C): void {
  for (const [k, m] of Object.entries(en)) table(SOURCE_LOCALE).set(k, m);
}

/** @internal Adds shipped translations of one language; strings an author set with `setMessages()` keep priority. */
export function addTranslation(locale: string, ...catalogs: Array<Readonly<Record<string, Message>>>): void {
  const lang = locale.toLowerCase();
  shipped.add(lang);
  const t = table(lang);
  for (const catalog of catalogs) for (const [k, m] of Object.entries(catalog)) if (!overridden.has(`${lang}|${k}`)) t.set(k, m);
  revision++;
}

/** `locale|key` of every message set with `setMessages()`: a language loaded later does not overwrite them. */
const overridden = new Set<string>();
/** Shipped languages not loaded yet: language → its module. */
const loaders = new Map<string, () => Promise<unknown>>();
/** Languages being loaded, or loaded: language → done. */
const loading = new Map<string, Promise<void>>();
/** Languages whose module could not be loaded: they fall back to English. */
const failed = new Set<string>();

/** @internal Makes a shipped language known before its messages are loaded. */
export function registerLocale(language: string, load: () => Promise<unknown>): void {
  const lang = language.toLowerCase();
  loaders.set(lang, load);
  shipped.add(lang);
}

/**
 * The loading of the messages a locale needs, or undefined when there is nothing to wait for (English, loaded,
 * unknown, or failed). Starts the loading on first call.
 */
export function localeReady(locale: string): Promise<void> | undefined {
  const lang = locale.toLowerCase().split('-')[0]!;
  const load = loaders.get(lang);
  if (!load || failed.has(lang)) return undefined;
  let done = loading.get(lang);
  if (!done) {
    done = load().then(
      () => {
        loaders.delete(lang);
      },
      (e: unknown) => {
        failed.add(lang);
        console.warn(`partnership-worksheets: the "${lang}" messages could not be loaded; showing English (${e instanceof Error ? e.message : String(e)}).`);
      },
    );
    loading.set(lang, done);
  }
  return done;
}

/** Loads the messages of a shipped language (they load by themselves when a worksheet needs them). */
export async function loadLocale(locale: string): Promise<void> {
  await localeReady(locale);
}

/**
 * Adds or overrides messages for a locale, page-wide: a new language, or different words for some keys.
 * Every worksheet on the page re-renders.
 */
export function setMessages(locale: string, messages: MessageOverrides | Record<string, Message>): void {
  const t = table(locale);
  for (const [k, m] of Object.entries(messages)) {
    if (m === undefined) continue;
    t.set(k, m);
    overridden.add(`${locale.toLowerCase()}|${k}`);
  }
  revision++;
  notify();
}

let revision = 0;
/** @internal Counts `setMessages()` calls, so that an element knows its messages may have changed. */
export const messagesRevision = (): number => revision;

/** The locales with messages: the shipped ones (loaded or not) and any added with `setMessages()`. */
export function availableLocales(): string[] {
  return [...new Set([...tables.keys()].filter((l) => tables.get(l)!.size > 0).concat([...loaders.keys()]))];
}

/** The locales the package ships complete. */
export function shippedLocales(): string[] {
  return [...shipped];
}

/** @internal Every message of one locale table (for tests and tools). */
export function messagesOf(locale: string): ReadonlyMap<string, Message> {
  return table(locale);
}

/**
 * The locale to speak for a `lang` tag: the tag itself (canonical, so `de-CH` keeps Swiss number and date formats)
 * when there are messages for it or for its language; English otherwise, so text and formats never mix languages.
 */
export function resolveLocale(tag: string | null | undefined): string {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales((tag ?? '').trim().replace(/_/g, '-') || [])[0];
  } catch {
    canonical = undefined;
  }
  if (!canonical) return SOURCE_LOCALE;
  const lower = canonical.toLowerCase();
  const language = lower.split('-')[0]!;
  const known = (l: string) => !!tables.get(l)?.size || (loaders.has(l) && !failed.has(l));
  return known(lower) || known(language) ? canonical : SOURCE_LOCALE;
}

/** The `lang` that applies to an element: its own or its nearest ancestor's, across shadow roots; then the page's. */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || '';
}

/** Whether an element is laid out right to left. */
export function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(el).direction === 'rtl';
  }
}

// ── formatting ────────────────────────────────────────────────────

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** A number in the locale's digits and grouping. */
export function formatNumber(locale: string, n: number, options?: Intl.NumberFormatOptions): string {
  // The plain format is the common one (every number in a message): no options to write into its cache key.
  const key = options ? `n|${locale}|${JSON.stringify(options)}` : `n|${locale}`;
  let known = written.get(key);
  if (!known) written.set(key, (known = new Map()));
  // (A Map holds 0 and -0 as one key; Intl writes them differently, so -0 is never remembered.)
  let text = Object.is(n, -0) ? undefined : known.get(n);
  if (text === undefined) {
    // A chart or grid writes the same few numbers again and again (scores, weights, ranks): Intl is asked once each.
    if (known.size >= 4096) known.clear();
    text = cached(key, () => new Intl.NumberFormat(locale, options)).format(n);
    if (!Object.is(n, -0)) known.set(n, text);
  }
  return text;
}

/** Numbers already written, per format. */
const written = new Map<string, Map<number, string>>();

/** A fraction (0.25) as a percentage (25 %). */
export function formatPercent(locale: string, fraction: number, maximumFractionDigits = 0): string {
  return formatNumber(locale, fraction, { style: 'percent', maximumFractionDigits });
}

/** An amount of money; an unknown currency code falls back to the number and the code. */
export function formatCurrency(locale: string, amount: number, currency: string, maximumFractionDigits = 0): string {
  try {
    return formatNumber(locale, amount, { style: 'currency', currency, maximumFractionDigits });
  } catch {
    return `${formatNumber(locale, amount, { maximumFractionDigits })} ${currency}`;
  }
}

/** A calendar date written `YYYY-MM-DD` in the document, in the locale's style; other text is returned as is. */
export function formatDate(locale: string, isoDate: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })).format(date);
}

/** A list: "a, b and c" in the locale's words. */
export function formatList(locale: string, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

// ── messages ──────────────────────────────────────────────────────

function lookup(tag: string, key: string): Message | undefined {
  const locale = tag.toLowerCase();
  const exact = tables.get(locale)?.get(key);
  if (exact !== undefined) return exact;
  const language = locale.split('-')[0]!;
  return language !== locale ? tables.get(language)?.get(key) : undefined;
}

/** Fills `{name}` placeholders as the reports do; numbers are written for the locale. */
const fill = (locale: string, text: string, params: MessageParams | undefined): string =>
  fillText(text, params, (v) => (typeof v === 'number' ? formatNumber(locale, v) : v));

/** The message behind a key: the element's override, then the locale's, then its language's, then English. */
function resolve(locale: string, key: string, overrides: Record<string, Message | undefined> | undefined): Message {
  const m = overrides?.[key] ?? lookup(locale, key);
  if (m !== undefined) return m;
  i18nDiagnostics.onMissing?.(locale, key);
  return tables.get(SOURCE_LOCALE)!.get(key) ?? key;
}

/** The text of a message: a plural message's form for `params.count`. */
function choose(locale: string, m: Message, params: MessageParams | undefined): string {
  if (typeof m === 'string') return m;
  const count = Number(params?.count ?? 0);
  const form = cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count) as keyof PluralMessage;
  return (count === 0 ? m.zero : undefined) ?? m[form] ?? m.other;
}

/** One message for a locale (already resolved), with an element's overrides first; `fillWith` replaces what fills it. */
export function message(
  locale: string,
  key: string,
  params?: MessageParams,
  overrides?: Record<string, Message | undefined>,
  fillWith: MessageParams | undefined = params,
): string {
  return fill(locale, choose(locale, resolve(locale, key, overrides), params), fillWith);
}

/**
 * A message function for one locale. It remembers each key's message (a render asks for the same few hundred keys
 * again and again) until messages are added or replaced anywhere (`messagesRevision`).
 */
export function translator(locale: string, overrides?: Record<string, Message | undefined>): Translate {
  const known = new Map<string, Message>();
  let seen = revision;
  const get = (key: string): Message => {
    if (seen !== revision) {
      known.clear();
      seen = revision;
    }
    let m = known.get(key);
    if (m === undefined) known.set(key, (m = resolve(locale, key, overrides)));
    return m;
  };
  const text = (key: string, params: MessageParams | undefined, fillWith = params) => fill(locale, choose(locale, get(key), params), fillWith);
  const t = ((key: MessageKey, params?: MessageParams) => text(key, params)) as Translate;
  Object.defineProperty(t, 'locale', { value: locale });
  t.rich = <P>(key: MessageKey, params: MessageParams, parts: Record<string, P>): Array<string | P> => {
    const names = Object.keys(parts);
    const marks = Object.fromEntries(names.map((name, i) => [name, String.fromCharCode(PART + i)]));
    return text(key, params, { ...params, ...marks }).split(/([\uE000-\uF8FF])/).map((piece, i) => (i % 2 ? parts[names[piece.charCodeAt(0) - PART]!]! : piece));
  };
  t.has = (key: MessageKey) => overrides?.[key] !== undefined || lookup(locale, key) !== undefined;
  return t;
}

// ── change notification ───────────────────────────────────────────

let observer: MutationObserver | undefined;

function notify(): void {
  for (const l of listeners) l();
}

/**
 * @internal Calls `listener` when a `lang` or `dir` attribute changes anywhere in the page's light DOM, or when
 * messages are added. Returns the unsubscribe function.
 */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  return () => listeners.delete(listener);
}
