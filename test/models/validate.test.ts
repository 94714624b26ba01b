import { describe, it, expect } from 'vitest';
import { migrate, sampleRiskRegister, specFor, validate, type ValidationError } from '../../src/models/index.js';
import { validateWith } from '../../src/models/shared/kind.js';

type Obj = Record<string, unknown>;
const baseRisk = (id = 'r1'): Obj => ({
  id, title: 'A risk', category: 'other', description: '', likelihood: 3, impact: 3,
  owner: '', response: 'reduce', mitigation: '', status: 'open',
});
const doc = (extra: Obj = {}, risks: unknown[] = [baseRisk()]): Obj => ({ kind: 'risk-register', version: 1, title: 'T', risks, ...extra });
/** A document whose first risk is patched; a patch value of `undefined` deletes that key. */
const withRisk = (patch: Obj): Obj => {
  const r = { ...baseRisk(), ...patch };
  for (const k of Object.keys(patch)) if (patch[k] === undefined) delete r[k];
  return doc({}, [r]);
};
const without = (o: Obj, key: string): Obj => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** The errors of a refused document; each has a JSON Pointer path and a readable message. */
function errorsOf(input: unknown): ValidationError[] {
  const result = validate(input);
  if (result.ok) throw new Error(`expected ${String(input).slice(0, 60)} to be refused`);
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.path).toMatch(/^(\/.*)?$/);
    expect(e.message.length).toBeGreaterThan(10);
  }
  return result.errors;
}
const firstError = (input: unknown) => errorsOf(input)[0]!;
function valueOf(input: unknown): any {
  const result = validate(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Unicode, unknown fields at every level, nested objects and arrays, surrounding spaces. */
const rich = (): Obj => ({
  kind: 'risk-register', version: 1, title: '  Ünïcödé register 🚀 — 日本語  ',
  bands: { medium: 4, high: 9, critical: 16, note: 'custom' },
  meta: { author: { name: 'Zoë', tags: ['α', '𝔘𝔫𝔦', null, true, 0, -3.5, 1e21] }, empty: {}, list: [] },
  extraTop: [[1, [2, [3]]], { deep: { deeper: 'ok' } }],
  risks: [
    {
      ...baseRisk('r-😀'), title: 'emoji 😀, e\u0301, 👨‍👩‍👧', residualLikelihood: 2, residualImpact: 2,
      reviewDate: '2028-02-29', customField: { nested: [{ a: 1 }, 'two', [3]] }, 'weird key/with~chars': 'x',
    },
    { ...baseRisk('r2'), title: 'RTL \u05E9\u05DC\u05D5\u05DD', lone: '\uD800 lone surrogate', nul: 'a\u0000b', constructor: 'c' },
  ],
});

describe('validate: valid documents', () => {
  it('accepts the sample unchanged', () => {
    expect(valueOf(sampleRiskRegister())).toEqual(sampleRiskRegister());
  });

  it('is lossless from an object: unknown fields, nesting, Unicode and key order kept', () => {
    const value = valueOf(rich());
    expect(value).toEqual(rich());
    expect(JSON.stringify(value)).toBe(JSON.stringify(rich()));
  });

  it('is lossless from JSON text', () => {
    const value = valueOf(JSON.stringify(rich(), null, 2));
    expect(value).toEqual(rich());
    expect(JSON.stringify(value)).toBe(JSON.stringify(rich()));
  });

  it('does not change its input and returns a detached value', () => {
    const input = rich();
    const value = valueOf(input);
    expect(input).toEqual(rich());
    expect(value).not.toBe(input);
    value.title = 'changed';
    value.risks[0].customField.nested[0].a = 99;
    value.meta.author.tags.push('more');
    value.bands.medium = 2;
    expect(input).toEqual(rich());
  });
});

describe('validate: refused documents', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['malformed JSON text', '{"kind": "risk-register",', '', /not valid JSON/],
    ['an empty string', '', '', /empty/],
    ['whitespace only', ' \n\t', '', /empty/],
    ['an array', [doc()], '', /JSON object/],
    ['JSON text of an array', '[1, 2]', '', /JSON object/],
    ['a number', 42, '', /JSON object/],
    ['null', null, '', /JSON object/],
    ['JSON text "null"', 'null', '', /JSON object/],
    ['undefined', undefined, '', /JSON/],
    ['an unknown kind', doc({ kind: 'weather-report' }), '/kind', /Unknown kind "weather-report".*"risk-register"/],
    ['a missing kind', without(doc(), 'kind'), '/kind', /"kind" is required/],
    ['a missing version', without(doc(), 'version'), '/version', /"version" is required/],
    ['version 1.5', doc({ version: 1.5 }), '/version', /whole number.*1\.5/],
    ['version "1"', doc({ version: '1' }), '/version', /whole number/],
    ['version -1', doc({ version: -1 }), '/version', /whole number/],
    ['a title that is not text', doc({ title: 7 }), '/title', /title must be text/],
    ['risks missing', without(doc(), 'risks'), '/risks', /"risks" is required/],
    ['risks not a list', doc({ risks: {} }), '/risks', /risks must be a list/],
    ['likelihood 0', withRisk({ likelihood: 0 }), '/risks/0/likelihood', /likelihood must be from 1 to 5/],
    ['likelihood 6', withRisk({ likelihood: 6 }), '/risks/0/likelihood', /likelihood must be from 1 to 5/],
    ['likelihood 2.5', withRisk({ likelihood: 2.5 }), '/risks/0/likelihood', /likelihood must be a whole number/],
    ['likelihood "3"', withRisk({ likelihood: '3' }), '/risks/0/likelihood', /likelihood must be a number/],
    ['impact 0', withRisk({ impact: 0 }), '/risks/0/impact', /impact must be from 1 to 5/],
    ['residualImpact 7', withRisk({ residualLikelihood: 1, residualImpact: 7 }), '/risks/0/residualImpact', /1 to 5/],
    ['a missing title', withRisk({ title: undefined }), '/risks/0/title', /^"title" is required/],
    ['a missing id', withRisk({ id: undefined }), '/risks/0/id', /^"id" is required/],
    ['an empty title', withRisk({ title: '' }), '/risks/0/title', /needs a title/],
    ['a blank title', withRisk({ title: '   ' }), '/risks/0/title', /needs a title/],
    ['an unknown category', withRisk({ category: 'legal' }), '/risks/0/category', /category must be one of: antitrust/],
    ['an unknown status', withRisk({ status: 'done' }), '/risks/0/status', /status must be one of: open, monitoring, closed/],
    ['an unknown response', withRisk({ response: 'ignore' }), '/risks/0/response', /response must be one of: avoid/],
    ['reviewDate 2026-02-30', withRisk({ reviewDate: '2026-02-30' }), '/risks/0/reviewDate', /not a real calendar date/],
    ['reviewDate 2027-02-29', withRisk({ reviewDate: '2027-02-29' }), '/risks/0/reviewDate', /not a real calendar date/],
    ['reviewDate 26-1-1', withRisk({ reviewDate: '26-1-1' }), '/risks/0/reviewDate', /YYYY-MM-DD/],
    ['duplicate ids', doc({}, [baseRisk('x'), baseRisk('x')]), '/risks/1/id', /"x" is already used by item 1/],
    ['only residualLikelihood', withRisk({ residualLikelihood: 2 }), '/risks/0/residualImpact', /needs both/],
    ['only residualImpact', withRisk({ residualImpact: 2 }), '/risks/0/residualLikelihood', /needs both/],
    ['equal bands', doc({ bands: { medium: 10, high: 10, critical: 20 } }), '/bands', /must rise/],
    ['falling bands', doc({ bands: { medium: 5, high: 20, critical: 10 } }), '/bands', /must rise/],
    ['a band out of range', doc({ bands: { medium: 1, high: 10, critical: 20 } }), '/bands/medium', /from 2 to 25/],
  ])('%s', (_name, input, path, message) => {
    const error = firstError(input);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it('refuses a newer version, naming both versions', () => {
    const error = firstError(doc({ version: 2 }));
    expect(error.path).toBe('/version');
    expect(error.message).toMatch(/version 2\b/);
    expect(error.message).toMatch(/version 1\b/);
  });

  it.each<[string, Obj, string]>([
    ['at the top level', doc({ __PROTO__: { polluted: 'yes' } }), '/__proto__'],
    ['inside a risk', doc({}, [{ ...baseRisk(), __PROTO__: { polluted: 'yes' } }]), '/risks/0/__proto__'],
    ['deep in an unknown field', doc({ meta: { list: [1, { __PROTO__: { polluted: 'yes' } }] } }), '/meta/list/1/__proto__'],
  ])('refuses a "__proto__" key %s, from text and from a parsed object', (_name, template, path) => {
    const text = JSON.stringify(template).replace('"__PROTO__"', '"__proto__"');
    const parsed: unknown = JSON.parse(text);
    for (const input of [text, parsed]) {
      const error = firstError(input);
      expect(error.path).toBe(path);
      expect(error.message).toMatch(/"__proto__" is not allowed/);
    }
    expect(({} as Obj).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  const nest = (levels: number, leaf: unknown = 'leaf'): unknown => {
    let value = leaf;
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };

  it('accepts nesting to 64 levels and refuses deeper', () => {
    // doc.deep is level 1, so 63 wrappers put the leaf at level 64.
    expect(validate(doc({ deep: nest(63) })).ok).toBe(true);
    const error = firstError(doc({ deep: nest(64) }));
    expect(error.path).toBe('/deep' + '/a'.repeat(63));
    expect(error.message).toMatch(/nested too deeply \(more than 64 levels\)/);
  });

  it('refuses very deep nesting from text, from an object and from a cycle, without throwing', () => {
    const text = `{"kind":"risk-register","version":1,"title":"T","risks":[],"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(firstError(text).message).toMatch(/nested too deeply/);
    expect(firstError(doc({ deep: nest(100_000) })).message).toMatch(/nested too deeply/);
    const cyclic = doc();
    cyclic.self = cyclic;
    expect(firstError(cyclic).message).toMatch(/nested too deeply/);
  });

  it('refuses a document over 5 MB, as text or as an object', () => {
    const huge = firstError('x'.repeat(10_000_000));
    expect(huge.path).toBe('');
    expect(huge.message).toMatch(/too large \(10\.0 MB\).*5\.0 MB/);
    const bigText = JSON.stringify(doc({ notes: 'n'.repeat(6_000_000) }));
    expect(firstError(bigText).message).toMatch(/too large/);
    expect(firstError(doc({ notes: 'n'.repeat(6_000_000) })).message).toMatch(/too large/);
    expect(validate(doc({ notes: 'n'.repeat(1_000_000) })).ok).toBe(true);
  });

  it.each<[string, Obj, string]>([
    ['NaN at the top level', doc({ score: NaN }), '/score'],
    ['Infinity as a likelihood', withRisk({ likelihood: Infinity }), '/risks/0/likelihood'],
    ['-Infinity in a list', doc({ meta: [0, -Infinity] }), '/meta/1'],
    ['NaN under a key with / and ~', doc({ 'a/b~c': NaN }), '/a~1b~0c'],
  ])('refuses %s', (_name, input, path) => {
    const error = firstError(input);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(/finite/);
  });

  it.each<[string, unknown, string]>([
    ['a function', doc({ f: () => 1 }), '/f'],
    ['undefined inside', doc({ u: undefined }), '/u'],
    ['a bigint', doc({ big: 10n }), '/big'],
    ['a Date', doc({ when: new Date(0) }), '/when'],
    ['a Map', doc({ m: new Map() }), '/m'],
  ])('refuses non-JSON data: %s', (_name, input, path) => {
    expect(firstError(input).path).toBe(path);
  });

  it('does not throw when reading the document throws', () => {
    const input = doc();
    Object.defineProperty(input, 'boom', { enumerable: true, get: () => { throw new Error('kaboom'); } });
    expect(firstError(input).message).toMatch(/could not be checked: kaboom/);
  });

  it('summarises more than 50 errors', () => {
    const risks = Array.from({ length: 60 }, (_, i) => ({ ...baseRisk(`r${i}`), likelihood: 0 }));
    const errors = errorsOf(doc({}, risks));
    expect(errors).toHaveLength(51);
    expect(errors[49]!.path).toBe('/risks/49/likelihood');
    expect(errors[50]!.path).toBe('');
    expect(errors[50]!.message.startsWith('…and')).toBe(true);
    expect(errors[50]!.message).toMatch(/10 more/);
    const dupes = errorsOf(doc({}, Array.from({ length: 60 }, () => baseRisk('same'))));
    expect(dupes).toHaveLength(51);
    expect(dupes[50]!.message).toMatch(/^…and 9 more/);
  });
});

describe('migrate', () => {
  const v0 = (): Obj => ({
    kind: 'risk-register', version: 0, title: 'Draft', notes: { keep: [1, 2] },
    risks: [
      without(baseRisk(), 'id'),
      { ...baseRisk('risk-2'), title: 'Has an id' },
      { ...without(baseRisk(), 'id'), title: 'Also no id', extra: { a: [true] } },
    ],
  });
  const migrated = (): Obj => {
    const d = v0();
    const risks = d.risks as Obj[];
    return { ...d, version: 1, risks: [{ ...risks[0], id: 'risk-3' }, risks[1], { ...risks[2], id: 'risk-4' }] };
  };

  it('gives risks without an id a fresh, unique one and sets version 1; nothing else changes', () => {
    const input = v0();
    const result = migrate(input);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toEqual(migrated());
    expect(input).toEqual(v0());
  });

  it('validate() accepts a version-0 document and returns the migrated document', () => {
    expect(valueOf(v0())).toEqual(migrated());
    expect(valueOf(JSON.stringify(v0()))).toEqual(migrated());
  });

  it('leaves a current document as it is and refuses a newer one', () => {
    const same = migrate(sampleRiskRegister());
    expect(same.ok && same.value).toEqual(sampleRiskRegister());
    const newer = migrate(doc({ version: 3 }));
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.errors[0]!.message).toMatch(/version 3.*version 1/);
  });
});

describe('error codes (so that an interface can say them in the learner’s language)', () => {
  const codeOf = (input: unknown) => {
    const e = firstError(input);
    return { path: e.path, code: e.code, params: e.params };
  };

  it('name the common problems with their values; the English message stays', () => {
    expect(codeOf(withRisk({ likelihood: 7 }))).toEqual({ path: '/risks/0/likelihood', code: 'max', params: { max: 5 } });
    expect(codeOf(withRisk({ likelihood: 0 }))).toEqual({ path: '/risks/0/likelihood', code: 'min', params: { min: 1 } });
    expect(codeOf(withRisk({ likelihood: 2.5 }))).toEqual({ path: '/risks/0/likelihood', code: 'integer', params: undefined });
    expect(codeOf(withRisk({ likelihood: 'high' }))).toEqual({ path: '/risks/0/likelihood', code: 'type', params: { expected: 'number' } });
    expect(codeOf(withRisk({ title: 5 }))).toEqual({ path: '/risks/0/title', code: 'type', params: { expected: 'text' } });
    expect(codeOf(withRisk({ title: undefined }))).toEqual({ path: '/risks/0/title', code: 'required', params: { key: 'title' } });
    const oneOf = codeOf(withRisk({ category: 'weather' }));
    expect(oneOf.code).toBe('oneOf');
    expect(String(oneOf.params!.options)).toMatch(/^antitrust, data-sharing, /);
  });

  it('cover reading, the kind and the version', () => {
    // What a risk register element sees.
    const asRegister = (input: unknown) => {
      const result = validateWith(specFor('risk-register')!, input);
      return result.ok ? undefined : { path: result.errors[0]!.path, code: result.errors[0]!.code, params: result.errors[0]!.params };
    };
    expect(codeOf('{oops').code).toBe('notJson');
    expect(codeOf('   ').code).toBe('empty');
    expect(asRegister('[]')).toEqual({ path: '', code: 'notObject', params: { kind: 'risk-register' } });
    expect(asRegister(without(doc(), 'kind'))).toEqual({ path: '/kind', code: 'noKind', params: { kind: 'risk-register' } });
    expect(asRegister(doc({ kind: 'okr-builder' }))).toEqual({ path: '/kind', code: 'wrongKind', params: { found: '"okr-builder"', kind: 'risk-register' } });
    expect(codeOf(doc({ version: 99 }))).toEqual({ path: '/version', code: 'newerVersion', params: { found: 99, supported: 1 } });
    expect(codeOf(doc({ extra: Number.NaN })).code).toBe('notFinite');
  });

  it("name the rules a kind checks beyond its schema, and the formats its schema checks with its own test", () => {
    expect(codeOf(doc({}, [baseRisk('x'), baseRisk('x')]))).toEqual({ path: '/risks/1/id', code: 'duplicateId', params: { id: 'x', item: 1 } });
    expect(codeOf(withRisk({ residualLikelihood: 2 }))).toEqual({ path: '/risks/0/residualImpact', code: 'residualPair', params: { missing: 'residualImpact' } });
    expect(codeOf(doc({ bands: { medium: 5, high: 20, critical: 10, note: { x: 1 } } }))).toEqual({ path: '/bands', code: 'bandsRise', params: { medium: 5, high: 20, critical: 10 } });
    expect(codeOf(withRisk({ reviewDate: '2026-02-30' }))).toEqual({ path: '/risks/0/reviewDate', code: 'calendarDate', params: undefined });
    expect(codeOf(withRisk({ reviewDate: '26-1-1' }))).toEqual({ path: '/risks/0/reviewDate', code: 'isoDate', params: undefined });
    // A playbook's section keeps its problem's code and names itself.
    const register = { ...doc({}, [baseRisk('x'), baseRisk('x')]), title: 'Risks' };
    const book = firstError({ kind: 'playbook', version: 1, title: 'Book', sections: [register] });
    expect(book).toMatchObject({ path: '/sections/0/risks/1/id', code: 'duplicateId', params: { id: 'x', item: 1 } });
    expect(typeof book.params!.section).toBe('string');
    expect(book.message.startsWith(`${book.params!.section}: `)).toBe(true);
    expect(firstError({ kind: 'playbook', version: 1, title: 'Book', sections: [{ kind: 'weather', version: 1, title: 'x' }] })).toMatchObject({
      path: '/sections/0/kind',
      code: 'unknownKind',
      params: { kind: '"weather"' },
    });
  });

  it('summarise a long list with a counted last line', () => {
    const many = doc({}, Array.from({ length: 60 }, (_, i) => ({ ...baseRisk(`r${i}`), likelihood: 9 })));
    const errors = errorsOf(many);
    expect(errors.at(-1)!.code).toBe('more');
    expect(errors.at(-1)!.params!.count).toBeGreaterThan(0);
  });
});
