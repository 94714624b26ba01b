/**
 * Formats the schemas check with their own test, named here so that a problem with one can be told by its code
 * (see `issueError` in kind.ts) and said in the learner's language.
 */

/** A colour written `#rgb` or `#rrggbb`. */
export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** A three-letter ISO 4217 currency code. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date written `YYYY-MM-DD` that exists (no 31 April), in the proleptic Gregorian calendar. Years
 * before 0100 are refused, as they always were here (JavaScript's Date reads years 0–99 as 1900–1999). Plain
 * arithmetic: this runs for every risk of a document.
 */
export const isCalendarDate = (s: string): boolean => {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const digits = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      n = n * 10 + d;
    }
    return n;
  };
  const year = digits(0, 4);
  const month = digits(5, 7);
  const day = digits(8, 10);
  // NaN (a non-digit) fails every comparison below.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
};
