/** One problem found in a document: where (a JSON Pointer) and what, in words a course author can act on. */
export interface ValidationError {
  /** JSON Pointer to the offending value, e.g. `/risks/0/likelihood`; `''` is the whole document. */
  path: string;
  /** What is wrong, in English. */
  message: string;
  /** The kind of problem, when it is a common one, so that an interface can say it in the learner's language. */
  code?: ValidationCode;
  /** The values the message names (a limit, a key, the expected type), for `code`. */
  params?: Record<string, string | number>;
}

/** The common problems, each with the `params` it carries. */
export type ValidationCode =
  | 'notJson' // detail
  | 'empty'
  | 'tooLarge' // size, limit (MB)
  | 'tooDeep' // max
  | 'notFinite'
  | 'notPlain'
  | 'forbiddenKey' // key
  | 'notObject' // kind
  | 'noKind' // kind
  | 'wrongKind' // found, kind
  | 'newerVersion' // found, supported
  | 'required' // key
  | 'type' // expected: text | number | boolean | list | object
  | 'integer'
  | 'min' // min
  | 'max' // max
  | 'oneOf' // options
  | 'minChars' // count
  | 'maxChars' // count
  | 'minItems' // count
  | 'maxItems' // count
  | 'more' // count
  | 'exactItems' // count
  | 'isoDate'
  | 'calendarDate'
  | 'hexColour'
  | 'currencyCode'
  // The rules a kind checks beyond its schema:
  | 'duplicateId' // id, item (1-based)
  | 'residualPair' // missing (the field without a value)
  | 'bandsRise' // medium, high, critical
  | 'unknownCriterion' // option, key
  | 'unknownTeam' // team, teams
  | 'ownerTwice' // team
  | 'targetIsStart' // target
  | 'unknownSegment' // segment, segments
  | 'nestedPlaybook'
  | 'unknownKind'; // kind (as JSON)

/** An error with its code and parameters. */
export const coded = (path: string, message: string, code: ValidationCode, params?: Record<string, string | number>): ValidationError =>
  params ? { path, message, code, params } : { path, message, code };

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
