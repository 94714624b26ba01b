/** One problem found in a document: where (a JSON Pointer) and what, in words a course author can act on. */
export interface ValidationError {
  /** JSON Pointer to the offending value, e.g. `/risks/0/likelihood`; `''` is the whole document. */
  path: string;
  message: string;
}

export type ValidationResult<T> =
  | { ok: true; value: T }
  | { ok: false; errors: ValidationError[] };

export const fail = (path: string, message: string): { ok: false; errors: ValidationError[] } => ({
  ok: false,
  errors: [{ path, message }],
});

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 asks. */
export function pointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
