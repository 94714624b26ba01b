import { fail, pointer, type ValidationError } from './result.js';

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
  if (typeof input === 'string') {
    if (input.length > MAX_DOCUMENT_CHARS) {
      return fail('', `The document is too large (${formatMB(input.length)}); the limit is ${formatMB(MAX_DOCUMENT_CHARS)}.`);
    }
    if (input.trim() === '') return fail('', 'The document is empty: expected a JSON object.');
    try {
      data = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return fail('', `This is not valid JSON (${detail}).`);
    }
  }
  const problem = inspect(data);
  if (problem) return { ok: false, errors: [problem] };
  return { ok: true, value: data };
}

/** Walks the data without recursion; reports the first structural problem (depth, size, forbidden key, non-JSON value). */
function inspect(root: unknown): ValidationError | undefined {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: root, path: [] }];
  let chars = 0;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (path.length > MAX_DEPTH) {
      return { path: pointer(path.slice(0, MAX_DEPTH)), message: `The document is nested too deeply (more than ${MAX_DEPTH} levels).` };
    }
    switch (typeof value) {
      case 'string':
        chars += value.length + 2;
        break;
      case 'number':
        if (!Number.isFinite(value)) return { path: pointer(path), message: 'Numbers must be finite (no NaN or Infinity).' };
        chars += 8;
        break;
      case 'boolean':
        chars += 5;
        break;
      case 'object':
        if (value === null) {
          chars += 4;
        } else if (Array.isArray(value)) {
          chars += 2 + value.length;
          for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
        } else {
          const proto = Object.getPrototypeOf(value);
          if (proto !== Object.prototype && proto !== null) {
            return { path: pointer(path), message: 'Expected plain JSON data (objects, arrays, strings, numbers, booleans, null).' };
          }
          const keys = Object.keys(value);
          chars += 2;
          for (const key of keys) {
            if (FORBIDDEN_KEYS.has(key)) {
              return { path: pointer([...path, key]), message: `The key "${key}" is not allowed in a document.` };
            }
            chars += key.length + 4;
            stack.push({ value: (value as JsonObject)[key], path: [...path, key] });
          }
        }
        break;
      default:
        return { path: pointer(path), message: `Expected JSON data, found ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}.` };
    }
    if (chars > MAX_DOCUMENT_CHARS) {
      return { path: '', message: `The document is too large (over ${formatMB(MAX_DOCUMENT_CHARS)}).` };
    }
  }
  return undefined;
}

/** A deep copy of JSON data (documents are JSON by construction). */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
