/**
 * The fast paths of the validate pipeline (issue 9) give the same answers as the slow ones:
 *  - jsonLength(x) is JSON.stringify(x).length, so the 5 MB limit measures a document given as an object honestly;
 *  - the schema's quick yes/no test agrees with valibot's full run on valid, mutated and garbage documents.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as M from '../../src/models/index.js';
import { KINDS } from '../../src/models/registry.js';
import { jsonLength, MAX_DOCUMENT_CHARS } from '../../src/models/shared/json.js';
import { schemaTest } from '../../src/models/shared/schema-test.js';

const SAMPLES: Record<string, unknown> = {
  'risk-register': M.sampleRiskRegister(),
  'segmentation-matrix': M.sampleSegmentationMatrix(),
  'deal-comparator': M.sampleDealComparator(),
  'okr-builder': M.sampleOkrBuilder(),
  'governance-charter': M.sampleGovernanceCharter(),
  playbook: M.samplePlaybook(),
};

describe('jsonLength', () => {
  it('is the length of JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => jsonLength(x) === JSON.stringify(x).length),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), (s, o) => {
        return jsonLength(s) === JSON.stringify(s).length && jsonLength(o) === JSON.stringify(o).length;
      }),
      { numRuns: 1000 },
    );
    for (const x of [0, -0, 1e21, 1.5e-7, -12.25, true, false, null, [], {}, [[]], { a: [] }, 'é"\\\n\u2028😀']) {
      expect(jsonLength(x)).toBe(JSON.stringify(x).length);
    }
    // 3,000 random values: about 1 s alone, several times that on a busy machine. Not a timing test.
  }, 30_000);

  it('counts numbers at their written length: 10,000 full risks under 5 MB are accepted as an object', () => {
    const risk = (i: number) => ({
      id: `risk-${i}`,
      title: 'Export controls tighten on the accelerators in our joint cluster',
      category: 'regulatory',
      description: 'New licensing rules for advanced accelerators could stop shipments to the partner region and stall the launch plan.',
      likelihood: 3,
      impact: 4,
      residualLikelihood: 2,
      residualImpact: 3,
      owner: 'Trade Compliance Lead',
      response: 'reduce',
      mitigation: 'Pre-file licences and keep a second region ready.',
      status: 'open',
      reviewDate: '2027-03-31',
    });
    const doc = { kind: 'risk-register', version: 1, title: 'Ten thousand', risks: Array.from({ length: 10_000 }, (_, i) => risk(i + 1)) };
    const length = JSON.stringify(doc).length;
    expect(length).toBeGreaterThan(4_000_000);
    expect(length).toBeLessThan(MAX_DOCUMENT_CHARS);
    expect(M.validate(doc).ok).toBe(true);
    expect(M.validate(JSON.stringify(doc)).ok).toBe(true);
    // Just over the limit once escapes are counted: refused as an object as well as as text.
    const over = { ...doc, notes: '"'.repeat(Math.ceil((MAX_DOCUMENT_CHARS - length) / 2) + 10) };
    expect(JSON.stringify(over).length).toBeGreaterThan(MAX_DOCUMENT_CHARS);
    expect(over.notes.length + length).toBeLessThan(MAX_DOCUMENT_CHARS);
    const refused = M.validate(over);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]!.message).toMatch(/too large/);
  });
});

/** A random change somewhere in a document: a value replaced, a key deleted or an item dropped. */
function mutate(doc: unknown, choose: () => number, replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (x: unknown) => {
    if (x && typeof x === 'object') {
      containers.push(x as Record<string, unknown>);
      for (const value of Object.values(x)) walk(value);
    }
  };
  walk(copy);
  const target = containers[Math.floor(choose() * containers.length)]!;
  const keys = Object.keys(target);
  if (!keys.length) return copy;
  const key = keys[Math.floor(choose() * keys.length)]!;
  const how = choose();
  if (how < 0.2) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  } else (target as Record<string, unknown>)[key] = replacement;
  return copy;
}

describe('the schema quick test', () => {
  it.each(Object.keys(KINDS))('exists for %s and agrees with valibot', (kind) => {
    const spec = KINDS[kind]!;
    const test = schemaTest(spec.schema);
    expect(test, `no quick test for ${kind}`).toBeDefined();
    const sample = SAMPLES[kind];
    expect(test!(sample)).toBe(true);
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', ' ', '  x ', 0, -1, 0.5, 1, 5, 6, 10, 11, 25, 26, 101, 'open', 'ours', 'reduce', '2027-02-30', '2027-02-28', '#fff', 'USD', null, [], {}),
    );
    fc.assert(
      fc.property(fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), replacement, (stream, value) => {
        const it = stream[Symbol.iterator]();
        const doc = mutate(sample, () => it.next().value as number, value);
        expect(test!(doc)).toBe(v.safeParse(spec.schema, doc).success);
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (doc) => {
        expect(test!(doc)).toBe(v.safeParse(spec.schema, doc).success);
      }),
      { numRuns: 300 },
    );
  });

  it('gives way to valibot for what it does not know (a default value)', () => {
    expect(schemaTest(v.object({ a: v.optional(v.string(), 'x') }))).toBeUndefined();
    expect(schemaTest(v.union([v.string(), v.number()]))).toBeUndefined();
  });
});
