/// <reference types="node" />
// The published JSON Schemas (schemas/<kind>.schema.json) are generated from the valibot schemas; they must be
// current, and they must accept and refuse the same documents as validate().
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sampleRiskRegister, validate } from '../../src/models/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readSchema = (kind: string) => JSON.parse(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8'));

describe('schemas/*.schema.json', () => {
  it('are what scripts/gen-schemas.js writes', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/gen-schemas.js'), '--check'], { cwd: root, encoding: 'utf8', timeout: 55_000 });
    expect(run.error, String(run.error)).toBeUndefined();
    expect(run.status, `${run.stderr.trim() || run.stdout.trim()} (node scripts/gen-schemas.js --check)`).toBe(0);
  }, 60_000);

  describe('risk-register', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // `format: date` is an annotation in 2020-12; assert it here as validate() does.
    ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    const schema = readSchema('risk-register');
    const check = ajv.compile(schema);

    type Obj = Record<string, any>;
    const sample = (): Obj => sampleRiskRegister() as Obj;
    const patched = (edit: (doc: Obj) => void): Obj => {
      const doc = sample();
      edit(doc);
      return doc;
    };

    it('carries its $id and the 2020-12 dialect', () => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe('https://unpkg.com/partnership-worksheets/schemas/risk-register.schema.json');
    });

    it('accepts the sample, as validate() does', () => {
      const doc = sample();
      expect(check(doc), JSON.stringify(check.errors)).toBe(true);
      expect(validate(doc).ok).toBe(true);
    });

    it('accepts unknown fields (documents are lossless), as validate() does', () => {
      const doc = patched((d) => {
        d.lmsCourse = 'MBA-7';
        d.risks[0].tags = ['board'];
      });
      expect(check(doc), JSON.stringify(check.errors)).toBe(true);
      expect(validate(doc).ok).toBe(true);
    });

    const invalid: Array<[string, Obj]> = [
      ['likelihood 7', patched((d) => (d.risks[0].likelihood = 7))],
      ['likelihood 2.5', patched((d) => (d.risks[0].likelihood = 2.5))],
      ['impact 0', patched((d) => (d.risks[0].impact = 0))],
      ['residualImpact 6', patched((d) => (d.risks[0].residualImpact = 6))],
      ['an unknown category', patched((d) => (d.risks[0].category = 'weather'))],
      ['an unknown response', patched((d) => (d.risks[0].response = 'ignore'))],
      ['an unknown status', patched((d) => (d.risks[0].status = 'done'))],
      ['a risk with no title', patched((d) => delete d.risks[0].title)],
      ['a risk with an empty title', patched((d) => (d.risks[0].title = ''))],
      ['a risk whose title is only spaces', patched((d) => (d.risks[0].title = '   '))],
      ['a risk with no id', patched((d) => delete d.risks[0].id)],
      ['a document with no title', patched((d) => delete d.title)],
      ['the wrong kind', patched((d) => (d.kind = 'okr-builder'))],
      ['no kind', patched((d) => delete d.kind)],
      ['a newer version', patched((d) => (d.version = 2))],
      ['risks not a list', patched((d) => (d.risks = {}))],
      ['a reviewDate not written YYYY-MM-DD', patched((d) => (d.risks[0].reviewDate = '30/09/2026'))],
      ['bands missing critical', patched((d) => (d.bands = { medium: 5, high: 10 }))],
      ['a band threshold of 30', patched((d) => (d.bands = { medium: 5, high: 10, critical: 30 }))],
    ];

    it.each(invalid)('refuses %s, as validate() does', (_, doc) => {
      expect(check(doc), 'the JSON Schema accepted it').toBe(false);
      expect(validate(doc).ok, 'validate() accepted it').toBe(false);
    });
  });
});
