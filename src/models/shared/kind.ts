import * as v from 'valibot';
import { CURRENCY_CODE, HEX_COLOUR, isCalendarDate } from './formats.js';
import { cloneJson, isPlainObject, readJson, type JsonObject } from './json.js';
import type { ReportVoice } from './report.js';
import { coded, fail, pointer, type ValidationError, type ValidationResult } from './result.js';
import { schemaTest } from './schema-test.js';

/** What the models layer knows about one document kind: its schema, checks, migrations and exports. */
export interface KindSpec<D extends { kind: string; version: number }> {
  kind: D['kind'];
  /** The version this library writes and reads natively. */
  version: number;
  /** The structural schema: the one source of the validator and of the published JSON Schema. */
  schema: v.GenericSchema<unknown, unknown>;
  /** Rules the schema cannot express (unique ids, references between fields). */
  check?: (doc: D) => ValidationError[];
  /** `migrations[n]` turns a version-n document into version n+1. */
  migrations?: Record<number, (doc: JsonObject) => JsonObject>;
  empty: () => D;
  /** The document as a Markdown report, in English unless a voice says otherwise (see report.ts). */
  toMarkdown: (doc: D, voice?: ReportVoice) => string;
  toCSV?: (doc: D) => string;
}

/** At most this many errors are listed; a document with thousands of bad rows is summarised. */
const MAX_ERRORS = 50;

/** Brings an older document up to the current version; refuses a newer one by naming both versions. */
export function migrateWith(spec: KindSpec<any>, doc: JsonObject): ValidationResult<JsonObject> {
  const { version } = doc;
  if (version === undefined) return failWith(coded('/version', `"version" is required (this library writes version ${spec.version}).`, 'required', { key: 'version' }));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return failWith(coded('/version', `"version" must be a whole number, found ${JSON.stringify(version)}.`, 'integer'));
  }
  if (version > spec.version) {
    const message = `This ${spec.kind} document is version ${version}, but this library reads up to version ${spec.version}. Update partnership-worksheets to open it.`;
    return failWith(coded('/version', message, 'newerVersion', { found: version, supported: spec.version }));
  }
  let current = doc;
  for (let n = version; n < spec.version; n++) {
    const step = spec.migrations?.[n];
    if (!step) return fail('/version', `A ${spec.kind} document of version ${n} cannot be migrated to version ${spec.version}.`);
    current = { ...step(current), version: n + 1 };
  }
  return { ok: true, value: current };
}

const failWith = (error: ValidationError): { ok: false; errors: ValidationError[] } => ({ ok: false, errors: [error] });

function issuePath(issue: v.BaseIssue<unknown>): string {
  return pointer((issue.path ?? []).map((p) => p.key as string | number));
}

/** The words a schema issue gives for each JSON type, as `type` errors name them. */
const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'number', boolean: 'boolean', Array: 'list', Object: 'object' };

/** A schema issue as an error: the schema's own words, plus a code for the common kinds of problem. */
function issueError(issue: v.BaseIssue<unknown>): ValidationError {
  const path = issuePath(issue);
  const last = issue.path?.[issue.path.length - 1];
  // A missing key arrives as an object-level issue whose input is undefined.
  if (last && issue.input === undefined && last.type === 'object' && !(String(last.key) in (last.input as object))) {
    return coded(path, `"${String(last.key)}" is required.`, 'required', { key: String(last.key) });
  }
  const { message } = issue;
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
    case 'strict_object':
    case 'loose_object': {
      const expected = TYPE_WORDS[issue.expected ?? ''];
      return expected ? coded(path, message, 'type', { expected }) : { path, message };
    }
    case 'integer':
      return coded(path, message, 'integer');
    case 'min_value':
      return typeof requirement === 'number' ? coded(path, message, 'min', { min: requirement }) : { path, message };
    case 'max_value':
      return typeof requirement === 'number' ? coded(path, message, 'max', { max: requirement }) : { path, message };
    case 'picklist':
      return coded(path, message, 'oneOf', { options: (issue.expected ?? '').replace(/^\(|\)$|"/g, '').split(' | ').join(', ') });
    case 'min_length':
    case 'max_length':
      if (typeof requirement !== 'number') return { path, message };
      return coded(path, message, `${issue.type === 'min_length' ? 'min' : 'max'}${typeof issue.input === 'string' ? 'Chars' : 'Items'}`, { count: requirement });
    case 'length':
      return typeof requirement === 'number' && Array.isArray(issue.input) ? coded(path, message, 'exactItems', { count: requirement }) : { path, message };
    case 'iso_date':
      return coded(path, message, 'isoDate');
    case 'check':
      return requirement === isCalendarDate ? coded(path, message, 'calendarDate') : { path, message };
    case 'regex':
      if (requirement === HEX_COLOUR) return coded(path, message, 'hexColour');
      return requirement === CURRENCY_CODE ? coded(path, message, 'currencyCode') : { path, message };
    default:
      return { path, message };
  }
}

/** parse → guard → kind → migrate → schema → checks. Never throws; returns the migrated, detached document. */
export function validateWith<D extends { kind: string; version: number }>(spec: KindSpec<D>, input: unknown): ValidationResult<D> {
  try {
    const read = readJson(input);
    if (!read.ok) return read;
    return checkRead(spec, read.value, typeof input === 'string');
  } catch (e) {
    return crashed(e);
  }
}

/**
 * The steps of `validateWith` after reading: for data that has passed `readJson` already. `fresh` says that
 * nothing else holds the data (it was parsed from text here), so the result need not be copied.
 */
export function checkRead<D extends { kind: string; version: number }>(spec: KindSpec<D>, data: unknown, fresh: boolean): ValidationResult<D> {
  try {
    if (!isPlainObject(data)) {
      const message = `Expected a ${spec.kind} document (a JSON object), found ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}.`;
      return failWith(coded('', message, 'notObject', { kind: spec.kind }));
    }
    if (data.kind !== spec.kind) {
      return failWith(
        data.kind === undefined
          ? coded('/kind', `"kind" is required: this worksheet reads "${spec.kind}" documents.`, 'noKind', { kind: spec.kind })
          : coded('/kind', `This is a ${JSON.stringify(data.kind)} document; this worksheet reads "${spec.kind}" documents.`, 'wrongKind', {
              found: JSON.stringify(data.kind),
              kind: spec.kind,
            }),
      );
    }
    const migrated = migrateWith(spec, data);
    if (!migrated.ok) return migrated;
    if (!passesQuickly(spec, migrated.value)) {
      const parsed = v.safeParse(spec.schema, migrated.value, { abortPipeEarly: true });
      if (!parsed.success) {
        const seen = new Set<string>();
        const errors: ValidationError[] = [];
        for (const issue of parsed.issues) {
          const path = issuePath(issue);
          if (seen.has(path)) continue;
          seen.add(path);
          errors.push(issueError(issue));
        }
        // Report the cross-field problems too, where the shape allows checking them, so that an author fixes all at once.
        for (const e of checkLoosely(spec, migrated.value)) if (!seen.has(e.path)) errors.push(e);
        return { ok: false, errors: summarise(errors) };
      }
    }
    const doc = (fresh && migrated.value === data ? data : cloneJson(migrated.value)) as unknown as D;
    const problems = spec.check?.(doc) ?? [];
    if (problems.length) return { ok: false, errors: summarise(problems) };
    return { ok: true, value: doc };
  } catch (e) {
    return crashed(e);
  }
}

/** A validator must not throw; if a rule has a bug, say so rather than take the page down. */
const crashed = (e: unknown) => fail('', `The document could not be checked: ${e instanceof Error ? e.message : String(e)}`);

/** The schema's quick yes/no test (see schema-test.ts); a no, or a schema it cannot test, means "run valibot". */
function passesQuickly(spec: KindSpec<any>, data: unknown): boolean {
  try {
    return schemaTest(spec.schema)?.(data) ?? false;
  } catch {
    return false;
  }
}

/** Runs a kind's cross-field rules on a document that failed the schema; rules that trip on its shape say nothing. */
function checkLoosely<D extends { kind: string; version: number }>(spec: KindSpec<D>, data: unknown): ValidationError[] {
  try {
    return spec.check?.(data as D) ?? [];
  } catch {
    return [];
  }
}

function summarise(errors: ValidationError[]): ValidationError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), coded('', `…and ${more} more problems.`, 'more', { count: more })];
}
