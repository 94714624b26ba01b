/**
 * The language of a Markdown report. The models write their reports in English; a worksheet on a German or Spanish
 * page passes its own voice, which says each sentence in the page's language and writes numbers the page's way.
 * Reports name every sentence by its English text (a heading "Ranking" is said as that literal), so the English
 * is not written twice; the translations live beside each worksheet's messages (src/elements/<kind>/report.<lang>.ts,
 * keys `report.<English>`).
 */

/** Values for a sentence's `{name}` placeholders. */
export type ReportParams = Readonly<Record<string, string | number>>;

/** A report's words and numbers. Reports call `say` unbound (`const { say } = voice`). */
export interface ReportVoice {
  /** The locale of the numbers (a BCP 47 tag). */
  readonly locale: string;
  /**
   * `english` (with `{name}` placeholders) in the reader's language, `params` filled in. `key` names a worksheet
   * message that already says it (a category's label), for the worksheets' own voices.
   */
  say(english: string, params?: ReportParams, key?: string): string;
}

/**
 * `text` with each `{name}` that `params` has replaced by its value, in one pass (a value is never read again);
 * `write` turns a value into text (the worksheets write numbers for their locale).
 */
export function fill(text: string, params?: ReportParams, write: (value: string | number) => string = String): string {
  if (!params || !text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? write(params[name]!) : whole));
}

/** The models' own voice: English, numbers as in the United States. */
export const ENGLISH: ReportVoice = { locale: 'en-US', say: (english, params) => fill(english, params) };

/**
 * A voice that says each sentence by a message of its language (`words`: the text for a key, with its params filled,
 * or undefined when the language has none): the key the report names, else `report.<English>`; the English otherwise.
 */
export const voiceFrom = (locale: string, words: (key: string, params?: ReportParams) => string | undefined): ReportVoice => ({
  locale,
  say: (english, params, key) => words(key ?? `report.${english}`, params) ?? fill(english, params),
});

const formats = new Map<string, Intl.NumberFormat>();
const format = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const id = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.NumberFormat(locale, options)));
  return f;
};

/**
 * A number for people in `locale`, with at most `digits` decimals (exactly `digits` when `fixed`); digits are
 * grouped from five up ("1234", "12,345").
 */
export const numberIn = (locale: string, n: number, digits = 2, fixed = false): string =>
  format(locale, { minimumFractionDigits: fixed ? digits : 0, maximumFractionDigits: digits, useGrouping: 'min2' } as Intl.NumberFormatOptions).format(n);

/** A share (0.125) as a percentage for people in `locale`, with at most `digits` decimals ("12.5%", "12,5 %"). */
export const percentIn = (locale: string, share: number, digits = 0): string => format(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
