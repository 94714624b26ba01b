import { coded, pointer, type ValidationError } from './result.js';

/** Documents larger than this (as JSON text) are refused: a worksheet is not a database. */
export const MAX_DOCUMENT_CHARS = 5_000_000;
/** Deeper nesting than this is refused, so that no step below can overflow the stack. */
export const MAX_DEPTH = 64;

/** Keys that would reach an object's prototype if copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

export type JsonObject = { [key: string]: unknown };

export const isPlainObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const formatMB = (chars: number): string => `${(chars / 1_000_000).toFixed(1)} MB`;

/**
 * Turns what a caller handed us (a JSON string or an object) into plain JSON data, or says why not.
 * Checks size, depth and forbidden keys before anything else touches the data.
 */
export function readJson(input: unknown): { ok: true; value: unknown } | { ok: false; errors: ValidationError[] } {
  let data: unknown = input;
  const text = typeof input === 'string';
  if (text) {
    if (input.length > MAX_DOCUMENT_CHARS) {
      const message = `The document is too large (${formatMB(input.length)}); the limit is ${formatMB(MAX_DOCUMENT_CHARS)}.`;
      return { ok: false, errors: [coded('', message, 'tooLarge', { limit: MAX_DOCUMENT_CHARS / 1e6 })] };
    }
    if (input.trim() === '') return { ok: false, errors: [coded('', 'The document is empty: expected a JSON object.', 'empty')] };
    try {
      data = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, errors: [coded('', `This is not valid JSON (${detail}).`, 'notJson', { detail })] };
    }
  }
  // Text has been measured already; an object is measured as the JSON text it would become.
  const problem = inspect(data, !text);
  if (problem) return { ok: false, errors: [problem] };
  return { ok: true, value: data };
}

/** Characters that JSON text writes as an escape (and lone surrogates, which it writes as `\uXXXX`). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The length of a string as JSON text, quotes included. */
const quotedLength = (s: string): number => (ESCAPED.test(s) ? JSON.stringify(s).length : s.length + 2);

/**
 * The length of `JSON.stringify(value)` for JSON data, without building the text. Exact for data that
 * `readJson` accepts; it is what the size limit measures for a document given as an object.
 */
export function jsonLength(root: unknown, limit = Infinity): number {
  let chars = 0;
  const stack: unknown[] = [root];
  while (stack.length && chars <= limit) {
    const value = stack.pop();
    switch (typeof value) {
      case 'string':
        chars += quotedLength(value);
        break;
      case 'number':
        chars += Number.isFinite(value) ? String(value).length : 4;
        break;
      case 'boolean':
        chars += value ? 4 : 5;
        break;
      case 'object':
        if (value === null) chars += 4;
        else if (Array.isArray(value)) {
          chars += value.length ? value.length + 1 : 2;
          for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
        } else {
          const keys = Object.keys(value);
          chars += keys.length ? keys.length + 1 : 2;
          for (const key of keys) {
            chars += quotedLength(key) + 1;
            stack.push((value as JsonObject)[key]);
          }
        }
        break;
      default:
        break;
    }
  }
  return chars;
}

/** What `inspect` adds up: the JSON length with every string unescaped (a lower bound), and the characters in strings and keys. */
interface Tally {
  chars: number;
  text: number;
}

/**
 * Walks the data and reports the first structural problem (depth, forbidden key, non-JSON value) and, when asked,
 * a size over the limit. The walk builds no paths (the usual document has no problem): only when there is one is
 * the data walked again with paths, to say where. Recursion is bounded by MAX_DEPTH.
 */
function inspect(root: unknown, measure: boolean): ValidationError | undefined {
  const tally: Tally = { chars: 0, text: 0 };
  if (!sound(root, 0, tally)) return locate(root);
  // Each string or key character could at most become a six-character escape: the exact length is only computed
  // when the lower and upper bounds straddle the limit.
  const { chars, text } = tally;
  if (measure && chars + 5 * text > MAX_DOCUMENT_CHARS && (chars > MAX_DOCUMENT_CHARS || jsonLength(root, MAX_DOCUMENT_CHARS) > MAX_DOCUMENT_CHARS)) {
    return coded('', `The document is too large (over ${formatMB(MAX_DOCUMENT_CHARS)}).`, 'tooLarge', { limit: MAX_DOCUMENT_CHARS / 1e6 });
  }
  return undefined;
}

function sound(value: unknown, depth: number, tally: Tally): boolean {
  if (depth > MAX_DEPTH) return false;
  switch (typeof value) {
    case 'string':
      tally.chars += value.length + 2;
      tally.text += value.length;
      return true;
    case 'boolean':
      tally.chars += value ? 4 : 5;
      return true;
    case 'number':
      if (!Number.isFinite(value)) return false;
      tally.chars += value >= 0 && value < 10 && Number.isInteger(value) ? 1 : String(value).length;
      return true;
    case 'object': {
      if (value === null) {
        tally.chars += 4;
        return true;
      }
      if (Array.isArray(value)) {
        tally.chars += value.length ? value.length + 1 : 2;
        for (let i = 0; i < value.length; i++) if (!sound(value[i], depth + 1, tally)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      // An own "__proto__" (from JSON.parse) is an ordinary key that would reach the prototype if copied naively.
      if (Object.hasOwn(value, '__proto__')) return false;
      let keys = 0;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        keys++;
        tally.chars += key.length + 3;
        tally.text += key.length;
        if (!sound((value as JsonObject)[key], depth + 1, tally)) return false;
      }
      tally.chars += keys ? keys + 1 : 2;
      return true;
    }
    default:
      return false;
  }
}

/** The first structural problem with its path (the slow walk, for data known to have one). */
function locate(root: unknown): ValidationError | undefined {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (path.length > MAX_DEPTH) {
      return coded(pointer(path.slice(0, MAX_DEPTH)), `The document is nested too deeply (more than ${MAX_DEPTH} levels).`, 'tooDeep', { max: MAX_DEPTH });
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        break;
      case 'number':
        if (!Number.isFinite(value)) return coded(pointer(path), 'Numbers must be finite (no NaN or Infinity).', 'notFinite');
        break;
      case 'object':
        if (value === null) break;
        if (Array.isArray(value)) {
          for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
        } else {
          const proto = Object.getPrototypeOf(value);
          if (proto !== Object.prototype && proto !== null) {
            return coded(pointer(path), 'Expected plain JSON data (objects, arrays, strings, numbers, booleans, null).', 'notPlain');
          }
          for (const key of Object.keys(value)) {
            if (FORBIDDEN_KEYS.has(key)) return coded(pointer([...path, key]), `The key "${key}" is not allowed in a document.`, 'forbiddenKey', { key });
            stack.push({ value: (value as JsonObject)[key], path: [...path, key] });
          }
        }
        break;
      default:
        return coded(pointer(path), `Expected JSON data, found ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}.`, 'notPlain');
    }
  }
  return undefined;
}

/** A deep copy of JSON data (documents are JSON by construction). */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
