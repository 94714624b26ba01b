#!/usr/bin/env node
// Writes schemas/<kind>.schema.json (JSON Schema 2020-12) for every kind in src/models/registry.ts, from the
// same valibot schema that `validate()` uses.
//
//   node scripts/gen-schemas.js           write the files
//   node scripts/gen-schemas.js --check   write nothing; exit 1 naming the first stale or missing file
//
// The TypeScript models are bundled by esbuild into a temporary .mjs file and imported (about 50 ms).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'schemas');
const check = process.argv.includes('--check');

const unknownArgs = process.argv.slice(2).filter((a) => a !== '--check');
if (unknownArgs.length) {
  console.error(`gen-schemas: unknown argument ${unknownArgs[0]} (the only option is --check)`);
  process.exit(2);
}

/** One short description per kind, for people browsing the schema; a kind without one gets a generic line. */
const DESCRIPTIONS = {
  'risk-register':
    'A partnership risk register: risks with a category, inherent likelihood and impact (1-5), optional residual rating, ' +
    'owner, response, mitigation, status and review date, plus optional band thresholds. Score = likelihood × impact. ' +
    'validate() also checks what JSON Schema cannot express: unique risk ids, both residual values or neither, rising band thresholds.',
};

/** Bundles the TypeScript registry (and valibot) into one temporary ES module and imports it. */
async function loadKinds() {
  const tmp = mkdtempSync(join(tmpdir(), 'pw-schemas-'));
  const outfile = join(tmp, 'registry.mjs');
  try {
    await build({
      entryPoints: [join(root, 'src/models/registry.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    const { KINDS } = await import(pathToFileURL(outfile).href);
    return KINDS;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const titleOf = (kind) => {
  const words = kind.split('-').join(' ');
  return `partnership-worksheets ${words} document`;
};

// `v.trim()` before `v.minLength(1)` (a title that is not only spaces) has no JSON Schema keyword of its own;
// say it with `pattern: "\\S"` so that the published schema refuses what validate() refuses. The marker key set
// on `trim` only lives during conversion and is removed below.
const TRIMMED = 'x-pw-trimmed';
const overrideAction = ({ valibotAction, jsonSchema }) => {
  if (valibotAction.type === 'trim') return { ...jsonSchema, [TRIMMED]: true };
  if (valibotAction.type === 'min_length' && jsonSchema[TRIMMED] && jsonSchema.type === 'string' && valibotAction.requirement === 1) {
    return { ...jsonSchema, minLength: Math.max(jsonSchema.minLength ?? 0, 1), pattern: '\\S' };
  }
  return undefined;
};
const withoutMarkers = (value) =>
  Array.isArray(value)
    ? value.map(withoutMarkers)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== TRIMMED).map(([k, v]) => [k, withoutMarkers(v)]))
      : value;

/** The JSON Schema for one kind, with $schema, $id, title and description first. */
function schemaFor(kind, spec) {
  const converted = toJsonSchema(spec.schema, { target: 'draft-2020-12', errorMode: 'ignore', overrideAction });
  const { $schema, ...body } = withoutMarkers(converted);
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/partnership-worksheets/schemas/${kind}.schema.json`,
    title: titleOf(kind),
    description: DESCRIPTIONS[kind] ?? `A ${kind} document. validate() also checks what JSON Schema cannot express, such as unique ids.`,
    ...body,
  };
}

const KINDS = await loadKinds();
const kinds = Object.keys(KINDS).sort();
if (!kinds.length) {
  console.error('gen-schemas: src/models/registry.ts exports no kinds');
  process.exit(1);
}

// A schema file whose kind left the registry is stale too.
const orphans = existsSync(outDir)
  ? readdirSync(outDir)
      .filter((f) => f.endsWith('.schema.json') && !kinds.includes(f.slice(0, -'.schema.json'.length)))
      .sort()
  : [];
if (check && orphans.length) {
  console.error(`gen-schemas --check: schemas/${orphans[0]} is stale: its kind is not in src/models/registry.ts`);
  process.exit(1);
}
for (const f of orphans) console.warn(`gen-schemas: schemas/${f} has no kind in src/models/registry.ts; delete it`);

if (!check) mkdirSync(outDir, { recursive: true });
for (const kind of kinds) {
  const file = join(outDir, `${kind}.schema.json`);
  const text = `${JSON.stringify(schemaFor(kind, KINDS[kind]), null, 2)}\n`;
  const name = relative(root, file);
  if (check) {
    let committed;
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      console.error(`gen-schemas --check: ${name} is missing: run npm run schemas`);
      process.exit(1);
    }
    if (committed !== text) {
      console.error(`gen-schemas --check: ${name} is stale: run npm run schemas`);
      process.exit(1);
    }
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${name}`);
  }
}
if (check) console.log(`gen-schemas --check: ${kinds.length} schema(s) up to date`);
