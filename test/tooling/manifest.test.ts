/// <reference types="node" />
// custom-elements.json is committed (Storybook and IDEs read it); it must be what the analyzer writes from
// today's sources. Runs `cem analyze` into a temporary directory and compares byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pw-cem-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('custom-elements.json', () => {
  it('is up to date with the sources', () => {
    // cem joins --outdir onto the working directory, so it must be relative (an absolute path would land in the repo).
    const outdir = relative(root, tmp);
    const run = spawnSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--outdir', outdir], {
      cwd: root,
      encoding: 'utf8',
      timeout: 55_000,
    });
    expect(run.error, String(run.error)).toBeUndefined();
    expect(run.status, `cem analyze failed:\n${run.stdout}\n${run.stderr}`).toBe(0);

    const fresh = readFileSync(join(tmp, 'custom-elements.json'), 'utf8');
    let committed = '';
    try {
      committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    } catch {
      // reported below
    }
    expect(fresh === committed, 'custom-elements.json is stale: run npm run analyze').toBe(true);
  }, 60_000);

  it('documents <pw-risk-register>', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const decls = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []);
    const el = decls.find((d: { tagName?: string }) => d.tagName === 'pw-risk-register');
    expect(el, 'no declaration with tagName pw-risk-register').toBeDefined();
    const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map((x) => x.name);
    expect(names(el.attributes)).toEqual(expect.arrayContaining(['readonly', 'storage-key', 'name', 'theme', 'today']));
    expect(names(el.members)).toEqual(expect.arrayContaining(['value', 'toJSON', 'undo', 'redo', 'readonly', 'storageKey']));
    expect(names(el.events)).toEqual(expect.arrayContaining(['change', 'pw-invalid', 'pw-storage']));
    expect(names(el.slots)).toContain('');
    expect(el.cssParts?.length).toBeGreaterThan(0);
    expect(el.cssProperties?.length).toBeGreaterThan(0);
    // Internal state is not public API.
    for (const m of el.members) expect(m.privacy ?? 'public', m.name).toBe('public');
    expect(names(el.members)).not.toContain('doc');
    expect(names(el.members)).not.toContain('internals');
  });
});
