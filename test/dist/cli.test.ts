/**
 * The `partnership-worksheets` command as installed (dist/cli/partnership-worksheets.js, package.json "bin"), run in
 * a child process on good and bad files: exit codes, path-precise messages, help, and no stack traces.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT, DIST, ROOT } from './harness.js';

const CLI = path.join(DIST, 'cli/partnership-worksheets.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
const out = mkdtempSync(path.join(tmpdir(), 'pw-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Reads a zip through its central directory (independently of `unzip`): name → contents. */
function readZip(bytes: Buffer): Map<string, Buffer> {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThan(0);
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    expect(bytes.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    expect(files.get(name)!.length).toBe(bytes.readUInt32LE(at + 24));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

/** Runs the command in the fixtures folder, so that messages name files as a person typed them. */
function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: FIXTURES, encoding: 'utf8', input, timeout: 30_000 });
  // Whatever happens, a person never sees a stack trace.
  expect(run.stderr, 'stderr has no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!BUILT)('partnership-worksheets (the CLI)', () => {
  it('package.json "bin" points at the built CLI, which starts with a shebang', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(path.resolve(ROOT, pkg.bin['partnership-worksheets'])).toBe(CLI);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(pkg.files).toContain('dist');
  });

  describe('validate', () => {
    it('exits 0 when every file is valid, one line per file', () => {
      const r = cli(['validate', 'risks.json', 'deal.json', 'playbook.json']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('risks.json: valid risk-register\ndeal.json: valid deal-comparator\nplaybook.json: valid playbook\n');
    });

    it('exits 1 with a JSON Pointer to each problem when a file is invalid', () => {
      const r = cli(['validate', 'risks.json', 'invalid-risks.json']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^risks\.json: valid risk-register\ninvalid-risks\.json: \/risks\/3\/likelihood: .+\n$/);
    });

    it('exits 1 with the line and column of broken JSON, and names a missing file', () => {
      const r = cli(['validate', 'not-json.json', 'missing.json', '.']);
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^not-json\.json: not valid JSON: .+ \(line 5, column 3\)$/);
      expect(lines[1]).toBe('missing.json: cannot read the file: no such file');
      expect(lines[2]).toBe('.: cannot read the file: is a folder, not a file');
    });

    it('reads standard input for "-", and --json gives a report a back end can parse', () => {
      const r = cli(['validate', '--json', '-', 'invalid-risks.json'], readFileSync(path.join(FIXTURES, 'deal.json'), 'utf8'));
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(report[0]).toEqual({ file: '-', ok: true, kind: 'deal-comparator', errors: [] });
      expect(report[1]).toMatchObject({ file: 'invalid-risks.json', ok: false, kind: null, errors: [{ path: '/risks/3/likelihood' }] });
    });

    it('exits 2 on a usage error', () => {
      expect(cli(['validate']).code).toBe(2);
      const r = cli(['validate', '--strict', 'risks.json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Unknown option '--strict'");
      expect(r.stderr).toContain('validate --help');
    });
  });

  describe('markdown', () => {
    it('writes Markdown to standard output, or to a file with -o', () => {
      const title = JSON.parse(readFileSync(path.join(FIXTURES, 'risks.json'), 'utf8')).title;
      const r = cli(['markdown', 'risks.json']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(title);
      expect(r.stdout).toContain('|');
      const file = path.join(out, 'risks.md');
      expect(cli(['markdown', 'risks.json', '-o', file]).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(r.stdout);
    });

    it('writes the report in German or Spanish with --lang, and refuses a language it does not ship', () => {
      const english = cli(['markdown', 'risks.json']);
      const german = cli(['markdown', 'risks.json', '--lang', 'de-AT']);
      expect(german.code, german.stderr).toBe(0);
      expect(german.stdout).toContain('| Risiko | Kategorie | Bruttowert | Nettowert | Strategie | Verantwortlich | Status | Überprüfung |');
      expect(german.stdout).toMatch(/^- \*\*Wahrscheinlichkeit × Auswirkung:\*\* \d × \d = \d+$/m);
      expect(german.stdout).not.toContain('Likelihood × impact');
      const spanish = cli(['markdown', 'risks.json', '--lang', 'es']);
      expect(spanish.stdout).toContain('| Riesgo | Categoría |');
      // English, by default or asked for: the models' own report.
      expect(cli(['markdown', 'risks.json', '--lang', 'en-GB']).stdout).toBe(english.stdout);
      const french = cli(['markdown', 'risks.json', '--lang', 'fr']);
      expect(french.code).toBe(2);
      expect(french.stderr).toContain('there is no "fr" in this package; it writes en, de, es');
      expect(cli(['markdown', 'risks.json', '--lang', 'de"><x']).code).toBe(2);
    });

    it('refuses an invalid document (1) and the wrong number of files (2)', () => {
      const bad = cli(['markdown', 'invalid-risks.json']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/^invalid-risks\.json: \/risks\/3\/likelihood: /);
      expect(cli(['markdown', 'risks.json', 'deal.json']).code).toBe(2);
      expect(cli(['markdown']).code).toBe(2);
    });
  });

  describe('scorm', () => {
    it('writes a SCORM 1.2 package by default, and warns when a document leaves no room in 4,096 characters', () => {
      const zip = path.join(out, 'course.zip');
      const r = cli(['scorm', 'risks.json', 'playbook.json', '-o', zip]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Wrote .*course\.zip: SCORM 1\.2, 2 activities, [\d.]+ kB\n/);
      expect(r.stderr).toMatch(/^warning: playbook\.json: this worksheet already takes [\d,]+ of the 4,096 characters .* --version 2004/);
      const files = readZip(readFileSync(zip));
      // The worksheets' code is the loader and its folder (a page fetches what its document holds), not the bundle.
      const code = ['partnership-worksheets.loader.js', ...readdirSync(path.join(DIST, 'loader')).map((f) => `loader/${f}`)];
      expect(code).toContain('loader/core.js');
      expect([...files.keys()].sort()).toEqual(
        [
          'documents/playbook.json',
          'documents/risks.json',
          'imsmanifest.xml',
          'partnership-worksheets.bundle.de.js',
          'partnership-worksheets.bundle.es.js',
          'scorm/launch.css',
          'scorm/launch.js',
          'scorm/playbook.html',
          'scorm/risks.html',
          ...code,
        ].sort(),
      );
      expect(files.get('imsmanifest.xml')!.toString('utf8')).toContain('<schemaversion>1.2</schemaversion>');
      for (const file of code) expect(files.get(file)!.equals(readFileSync(path.join(DIST, file))), file).toBe(true);
      expect(JSON.parse(files.get('documents/risks.json')!.toString('utf8'))).toEqual(JSON.parse(readFileSync(path.join(FIXTURES, 'risks.json'), 'utf8')));
      expect(files.get('scorm/risks.html')!.toString('utf8')).toContain('<meta name="pw-document" content="../documents/risks.json" />');
    });

    it('writes nothing and exits 1 when a document is invalid', () => {
      const zip = path.join(out, 'never.zip');
      const r = cli(['scorm', 'risks.json', 'invalid-risks.json', 'not-json.json', '-o', zip]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/invalid-risks\.json: \/risks\/3\/likelihood: /);
      expect(r.stderr).toMatch(/not-json\.json: not valid JSON/);
      expect(r.stderr).toContain('No package written');
      expect(existsSync(zip)).toBe(false);
    });

    it('writes launch pages in the language and direction asked for', () => {
      const zip = path.join(out, 'german.zip');
      const r = cli(['scorm', 'risks.json', '-o', zip, '--lang', 'de', '--dir', 'rtl']);
      expect(r.code, r.stderr).toBe(0);
      const files = readZip(readFileSync(zip));
      const page = files.get('scorm/risks.html')!.toString('utf8');
      expect(page).toContain('<html lang="de" dir="rtl">');
      // The German messages are asked for with the worksheet's code, not after it has run; the file is in the package.
      expect(page).toContain('<link rel="modulepreload" href="../partnership-worksheets.bundle.de.js" />');
      expect(files.has('partnership-worksheets.bundle.de.js')).toBe(true);
      // An English page, or one in a language the package does not ship, asks for no language file.
      for (const lang of ['en', 'fr']) {
        const other = path.join(out, `${lang}.zip`);
        expect(cli(['scorm', 'risks.json', '-o', other, '--lang', lang]).code).toBe(0);
        expect(readZip(readFileSync(other)).get('scorm/risks.html')!.toString('utf8')).not.toContain('partnership-worksheets.bundle.');
      }
      const bad = cli(['scorm', 'risks.json', '-o', zip, '--lang', 'de"><script>']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--lang must be a language tag');
    });

    it('exits 2 on a usage error, and 1 when the package cannot be written', () => {
      const noOutput = cli(['scorm', 'risks.json']);
      expect(noOutput.code).toBe(2);
      expect(noOutput.stderr).toContain('-o <package.zip>');
      expect(cli(['scorm', '-o', path.join(out, 'x.zip')]).code).toBe(2);
      const v = cli(['scorm', 'risks.json', '-o', path.join(out, 'x.zip'), '--version', '3']);
      expect(v.code).toBe(2);
      expect(v.stderr).toContain('--version must be 1.2 or 2004');
      const w = cli(['scorm', 'risks.json', '-o', path.join(out, 'no/such/folder/x.zip')]);
      expect(w.code).toBe(1);
      expect(w.stderr).toMatch(/x\.zip: could not write the package \(ENOENT\)/);
    });
  });

  it('has help for each command, exits 2 on an unknown or missing command, and prints its version', () => {
    for (const command of ['scorm', 'validate', 'markdown']) {
      const r = cli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: partnership-worksheets ${command} `));
    }
    expect(cli(['help', 'scorm']).stdout).toMatch(/^Usage: partnership-worksheets scorm /);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Commands:');
    expect(cli([]).code).toBe(2);
    const unknown = cli(['zip']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "zip"');
    const version = cli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
