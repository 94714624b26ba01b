/// <reference types="node" />
// types/{react,vue,svelte}.d.ts are committed (they ship in the package); they must be what
// scripts/gen-framework-types.js writes from today's custom-elements.json, and they must type-check real usage:
// test/types/.fixtures (with @ts-expect-error lines that fail the compile if a wrong prop stops being an error)
// and the React example, compiled by tsc against the sources.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pw-framework-types-'));
const FILES = ['types/react.d.ts', 'types/vue.d.ts', 'types/svelte.d.ts'];

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const generate = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(cwd, 'scripts/gen-framework-types.js'), ...args], { cwd, encoding: 'utf8', timeout: 20_000 });

/** A copy of what the generator reads and writes, to break on purpose. */
function sandbox(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  cpSync(join(root, 'scripts/gen-framework-types.js'), join(dir, 'scripts/gen-framework-types.js'));
  cpSync(join(root, 'custom-elements.json'), join(dir, 'custom-elements.json'));
  cpSync(join(root, 'types'), join(dir, 'types'), { recursive: true });
  return dir;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
const declaration = (manifest: any, tag: string) =>
  manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === tag);

describe('the framework typings', () => {
  it('are up to date with custom-elements.json (--check passes on the repository)', () => {
    const run = generate(root, '--check');
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it('--check fails, naming the file, when the manifest gains an event, and a plain run brings it up to date', () => {
    const dir = sandbox('stale');
    const manifest = manifestOf(dir);
    declaration(manifest, 'pw-risk-register').events.push({ name: 'pw-review-due', type: { text: 'Event' }, description: 'A review date passed.' });
    writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(manifest));

    const stale = generate(dir, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/types\/react\.d\.ts is stale/);
    expect(readFileSync(join(dir, 'types/react.d.ts'), 'utf8')).toBe(readFileSync(join(root, 'types/react.d.ts'), 'utf8'));

    expect(generate(dir).status).toBe(0);
    expect(generate(dir, '--check').status).toBe(0);
    const react = readFileSync(join(dir, 'types/react.d.ts'), 'utf8');
    const vue = readFileSync(join(dir, 'types/vue.d.ts'), 'utf8');
    const svelte = readFileSync(join(dir, 'types/svelte.d.ts'), 'utf8');
    expect(react).toContain(`'onpw-review-due'?: (event: Event & { currentTarget: PwRiskRegister }) => void;`);
    expect(vue).toContain(`onPwReviewDue?: (event: Event & { currentTarget: PwRiskRegister }) => void;`);
    expect(svelte).toContain(`'on:pw-review-due'?:`);
  });

  it('--check fails when a file is missing', () => {
    const dir = sandbox('missing');
    rmSync(join(dir, 'types/vue.d.ts'));
    const run = generate(dir, '--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/types\/vue\.d\.ts is missing/);
  });

  it('refuses an event type the package does not export (the typings would not compile)', () => {
    const dir = sandbox('unknown-type');
    const manifest = manifestOf(dir);
    declaration(manifest, 'pw-playbook').events.push({ name: 'pw-merge', type: { text: 'PwMergeEvent' } });
    writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(manifest));
    const run = generate(dir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('pw-playbook: event pw-merge has type PwMergeEvent, which src/index.ts does not export');
  });

  it('declare every element of the manifest, for each framework, with the package’s own classes', () => {
    const tags = manifestOf(root)
      .modules.flatMap((m: any) => m.declarations ?? [])
      .filter((d: any) => d.customElement && d.tagName)
      .map((d: any) => [d.tagName, d.name]);
    expect(tags).toHaveLength(6);
    for (const file of FILES) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).toMatch(/import type \{[^}]*PwInvalidEvent[^}]*PwStorageEvent[^}]*PwXapiEvent[^}]*\} from 'partnership-worksheets';/);
      for (const [tag, className] of tags) expect(text, `${file}: ${tag}`).toContain(`'${tag}': ${file.includes('vue') ? `DefineComponent<${className}Props>` : `${className}Props`};`);
    }
  });

  it('type-check real usage: accepted props compile, wrong ones are errors (tsc on test/types)', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(root, 'test/types/tsconfig.json')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 55_000,
    });
    expect(run.error, String(run.error)).toBeUndefined();
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
