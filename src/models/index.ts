/**
 * `partnership-worksheets/models`: the pure data layer. No DOM, no Lit; runs in Node.
 * An LMS back end can validate a learner's submission with `validate(doc)`.
 */
import { cloneJson, isPlainObject, readJson } from './shared/json.js';
import { checkRead, migrateWith, type KindSpec } from './shared/kind.js';
import type { ReportVoice } from './shared/report.js';
import { fail, type ValidationResult } from './shared/result.js';
import { KINDS, specFor } from './registry.js';

export * from './risk-register/index.js';
export * from './segmentation-matrix/index.js';
export * from './deal-comparator/index.js';
export * from './okr-builder/index.js';
export * from './governance-charter/index.js';
export * from './playbook/index.js';
export type { ValidationError, ValidationResult } from './shared/result.js';
export type { KindSpec } from './shared/kind.js';
export { ENGLISH, type ReportParams, type ReportVoice } from './shared/report.js';
export { csvCell, toCsvText } from './shared/csv.js';
export { setDocumentTitle } from './shared/ops.js';
export { MAX_DOCUMENT_CHARS, MAX_DEPTH } from './shared/json.js';
export { KINDS, specFor, playbookSpec } from './registry.js';

/** The kinds this version reads, e.g. `['risk-register']`. */
export const documentKinds = (): string[] => Object.keys(KINDS);

/** Reads the input and finds the spec of its kind, or says why not. */
function findSpec(input: unknown): ValidationResult<{ spec: KindSpec<any>; data: Record<string, unknown> }> {
  const read = readJson(input);
  if (!read.ok) return read;
  const data = read.value;
  if (!isPlainObject(data)) return fail('', 'Expected a worksheet document (a JSON object).');
  const spec = specFor(data.kind);
  if (spec) return { ok: true, value: { spec, data } };
  const known = documentKinds().map((k) => `"${k}"`).join(', ');
  return fail(
    '/kind',
    data.kind === undefined ? `"kind" is required; one of ${known}.` : `Unknown kind ${JSON.stringify(data.kind)}; expected one of ${known}.`,
  );
}

/** Validates a document of any kind (object or JSON text). Never throws. */
export function validate(input: unknown): ValidationResult<any> {
  try {
    const found = findSpec(input);
    // The input was read once already; from text, nothing else holds the parsed data, so it is not copied again.
    return found.ok ? checkRead(found.value.spec, found.value.data, typeof input === 'string') : found;
  } catch (e) {
    return fail('', `The document could not be checked: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Brings an older document up to the current version of its kind (it is not validated further). */
export function migrate(input: unknown): ValidationResult<any> {
  try {
    const found = findSpec(input);
    if (!found.ok) return found;
    const migrated = migrateWith(found.value.spec, found.value.data);
    return migrated.ok ? { ok: true, value: cloneJson(migrated.value) } : migrated;
  } catch (e) {
    return fail('', `The document could not be migrated: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * A Markdown rendering of any valid document, in English unless `voice` says it in another language (see
 * `ReportVoice`); throws a readable error for an invalid one.
 */
export function toMarkdown(doc: unknown, voice?: ReportVoice): string {
  const result = validate(doc);
  if (!result.ok) throw new TypeError(`Cannot write Markdown: ${result.errors[0]!.path || '/'} ${result.errors[0]!.message}`);
  return specFor(result.value.kind)!.toMarkdown(result.value, voice);
}

/** CSV for the tabular kinds; throws a readable error for an invalid document or a kind with no table. */
export function toCSV(doc: unknown): string {
  const result = validate(doc);
  if (!result.ok) throw new TypeError(`Cannot write CSV: ${result.errors[0]!.path || '/'} ${result.errors[0]!.message}`);
  const spec = specFor(result.value.kind)!;
  if (!spec.toCSV) throw new TypeError(`A ${spec.kind} document has no CSV form; use toMarkdown.`);
  return spec.toCSV(result.value);
}
