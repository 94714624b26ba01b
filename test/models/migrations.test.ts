/**
 * Migrations (issue 8): a version-1 fixture of every kind (test/fixtures/v1/<kind>.json, the samples plus the
 * unknown fields a course platform adds) and a test-only version 2 that exercises the migration mechanism
 * without changing what ships. A newer version than a kind reads is refused, naming both versions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { migrate, validate, type ValidationResult } from '../../src/models/index.js';
import { KINDS } from '../../src/models/registry.js';
import type { JsonObject } from '../../src/models/shared/json.js';
import { migrateWith, validateWith, type KindSpec } from '../../src/models/shared/kind.js';

type Doc = Record<string, any>;

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/v1');
const KIND_NAMES = Object.keys(KINDS);
const fixtureText = (kind: string): string => readFileSync(path.join(FIXTURES, `${kind}.json`), 'utf8');
const fixture = (kind: string): Doc => JSON.parse(fixtureText(kind));

const valueOf = <T>(result: ValidationResult<T>): T => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.value;
};
const errorsOf = (result: ValidationResult<unknown>) => {
  if (result.ok) throw new Error('accepted, but should have been refused');
  return result.errors;
};

/** Unknown fields anywhere in a document: `x-…` keys, with their JSON Pointer. */
function unknownFields(x: unknown, at = ''): string[] {
  if (Array.isArray(x)) return x.flatMap((item, i) => unknownFields(item, `${at}/${i}`));
  if (x === null || typeof x !== 'object') return [];
  return Object.entries(x).flatMap(([k, value]) => (k.startsWith('x-') ? [`${at}/${k}`] : unknownFields(value, `${at}/${k}`)));
}

// ── the test-only version 2 ──────────────────────────────────────────

/** What version 2 changes, for every kind: `title` is renamed `heading`. Everything else is carried through. */
const toV2 = (doc: JsonObject): JsonObject => {
  const { title, ...rest } = doc;
  return { ...rest, heading: title };
};

/**
 * A kind's spec as a future release would write it: version 2, a schema that reads `heading`, and the shipped
 * migrations plus 1 → 2. A new object: the shipped spec (and so `validate()`) is not touched.
 */
function specV2(kind: string, withStep = true): KindSpec<any> {
  const spec = KINDS[kind]!;
  const { title: _title, version: _version, ...entries } = (spec.schema as unknown as { entries: Record<string, v.GenericSchema> }).entries;
  return {
    ...spec,
    version: 2,
    schema: v.looseObject({ ...entries, version: v.literal(2, 'version must be 2.'), heading: v.string('heading must be text.') }),
    migrations: withStep ? { ...spec.migrations, 1: toV2 } : { ...spec.migrations },
  };
}

// ── fixtures ─────────────────────────────────────────────────────────

describe('version-1 fixtures', () => {
  it('exist for every kind this library reads, and only for those', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual([...KIND_NAMES].sort());
  });

  describe.each(KIND_NAMES)('%s', (kind) => {
    it('is a realistic version-1 document that carries unknown fields, at the top level and inside items', () => {
      const doc = fixture(kind);
      expect(doc.kind).toBe(kind);
      expect(doc.version).toBe(1);
      const unknown = unknownFields(doc);
      expect(unknown).toContain('/x-course');
      expect(unknown.some((p) => p.split('/').length > 3)).toBe(true);
    });

    it('validates and round-trips losslessly, as an object and as JSON text', () => {
      const doc = fixture(kind);
      expect(valueOf(validate(doc))).toEqual(doc);
      expect(valueOf(validate(fixtureText(kind)))).toEqual(doc);
      expect(JSON.parse(JSON.stringify(valueOf(validate(doc))))).toEqual(doc);
    });

    it('is already current: migrate() returns it unchanged, and again when run twice', () => {
      const doc = fixture(kind);
      const once = valueOf(migrate(doc));
      expect(once).toEqual(doc);
      expect(valueOf(migrate(once))).toEqual(once);
    });
  });
});

// ── the mechanism, with a test-only version 2 ────────────────────────

describe.each(KIND_NAMES)('%s: migrating to a test-only version 2', (kind) => {
  it('runs the 1 → 2 step: the new shape, every other field (unknown ones included) kept, the input untouched', () => {
    const v1 = fixture(kind);
    const before = JSON.stringify(v1);
    const v2 = valueOf(validateWith(specV2(kind), v1));
    expect(v2.version).toBe(2);
    expect(v2.heading).toBe(v1.title);
    expect('title' in v2).toBe(false);
    const { title: _t, version: _v, ...rest1 } = v1;
    const { heading: _h, version: _v2, ...rest2 } = v2;
    expect(rest2).toEqual(rest1);
    expect(unknownFields(v2)).toEqual(unknownFields(v1));
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('is idempotent: a migrated document migrates to itself, as data and as text', () => {
    const spec = specV2(kind);
    const once = valueOf(validateWith(spec, fixture(kind)));
    expect(valueOf(validateWith(spec, once))).toEqual(once);
    expect(valueOf(validateWith(spec, JSON.stringify(once)))).toEqual(once);
    expect(valueOf(migrateWith(spec, once as JsonObject))).toEqual(once);
    // The same document given as text migrates the same way.
    expect(valueOf(validateWith(spec, fixtureText(kind)))).toEqual(once);
  });

  it('without a 1 → 2 step, a version-1 document is refused (not passed through half-read), naming both versions', () => {
    const [e] = errorsOf(validateWith(specV2(kind, false), fixture(kind)));
    expect(e!.path).toBe('/version');
    expect(e!.message).toMatch(/version 1\b/);
    expect(e!.message).toMatch(/version 2\b/);
  });

  it('refuses a version newer than it reads (3), naming both versions', () => {
    const [e] = errorsOf(validateWith(specV2(kind), { ...fixture(kind), version: 3 }));
    expect(e!.path).toBe('/version');
    expect(e!.message).toMatch(/version 3\b.*version 2\b/);
  });

  it('leaves what ships alone: the kind still reads and writes version 1', () => {
    specV2(kind);
    expect(KINDS[kind]!.version).toBe(1);
    expect(valueOf(validate(fixture(kind)))).toEqual(fixture(kind));
  });
});

describe('steps run in order', () => {
  it('a version-0 risk register goes through 0 → 1 (ids) and then 1 → 2 (heading)', () => {
    const v0 = { kind: 'risk-register', version: 0, title: 'Draft', 'x-course': { module: 4 }, risks: [{ ...fixture('risk-register').risks[0], id: undefined }] };
    delete v0.risks[0].id;
    const v2 = valueOf(validateWith(specV2('risk-register'), v0));
    expect(v2).toMatchObject({ version: 2, heading: 'Draft', 'x-course': { module: 4 } });
    expect(v2.risks[0].id).toMatch(/^risk-/);
    expect(valueOf(validateWith(specV2('risk-register'), v2))).toEqual(v2);
  });
});

// ── what ships: a newer document is refused with both versions named ──

describe.each(KIND_NAMES)('%s: a newer version than this library reads', (kind) => {
  it.each([2, 17])('version %i is refused by validate() and migrate(), naming both versions', (newer) => {
    const doc = { ...fixture(kind), version: newer };
    for (const result of [validate(doc), validate(JSON.stringify(doc)), migrate(doc)]) {
      const [e] = errorsOf(result);
      expect(e!.path).toBe('/version');
      expect(e!.message).toContain(`version ${newer}`);
      expect(e!.message).toContain(`version ${KINDS[kind]!.version}`);
    }
  });
});
