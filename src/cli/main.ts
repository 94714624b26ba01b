/// <reference types="node" />
/**
 * `npx partnership-worksheets <command>`: SCORM packages, validation and Markdown for course authors and LMS
 * back ends. Built to dist/cli/partnership-worksheets.js; it reads the launch page and the loader from dist/.
 *
 * Exit codes: 0 done (all valid), 1 a document is invalid or a file cannot be read or written, 2 usage error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { toMarkdown, validate } from '../models/index.js';
import { fill, voiceFrom, type ReportVoice } from '../models/shared/report.js';
import type { ValidationError } from '../models/shared/result.js';
import type { ScormVersion } from '../scorm/api.js';
import { formatCount } from '../scorm/state.js';
import { buildScormPackage, type LaunchAssets, type PackageDocument } from './scorm-package.js';
import { LOADER_FILE } from '../core/embed-code.js';
import { LANGUAGE_TAG, languageFile, LANGUAGES } from '../core/hosted-page.js';

const NAME = 'partnership-worksheets';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The text of a file ('-' is standard input); throws a ReadError. */
  read(file: string): string;
  write(file: string, data: Uint8Array | string): void;
  /** dist/, where the launch page and the loader are. */
  dist: URL;
}

const HELP: Record<string, string> = {
  main: `Usage: ${NAME} <command> [options]

Commands:
  scorm <document.json…> -o <package.zip>   Build a SCORM package (one activity per document)
  validate <file…>                          Check worksheet documents; exit 1 if any is invalid
  markdown <file> [-o <out.md>] [--lang de] Write a document as Markdown (standard output by default)

Options:
  -h, --help      Help for a command: ${NAME} <command> --help
  --version       The version of ${NAME}

Exit codes: 0 success, 1 invalid document or unreadable file, 2 usage error.
`,
  scorm: `Usage: ${NAME} scorm <document.json…> -o <package.zip> [--version 1.2|2004] [--title <text>] [--lang <tag>] [--dir rtl]

Builds a SCORM package that an LMS imports: imsmanifest.xml, a launch page per document (one SCO each),
the worksheets' code (the loader: each page fetches only the worksheets its document holds) and the
documents. Learners' work resumes from cmi.suspend_data; "Mark as complete" reports completion.
Every document is validated first; nothing is written if one is invalid.

Options:
  -o, --output <file>   The zip file to write (required)
  --version <v>         SCORM version: 1.2 (default; saved work up to 4,096 characters) or 2004 (64,000)
  --title <text>        The course title in the LMS (default: the document's title, or "Partnership worksheets")
  --lang <tag>          The language of the worksheets: en (default), de, es, or a regional tag such as de-CH
  --dir rtl             Lay the worksheets out right to left
  -h, --help            This help

Example:
  ${NAME} scorm risks.json deal.json -o partnership-course.zip --version 2004
`,
  validate: `Usage: ${NAME} validate <file…> [--json]

Checks each worksheet document (any kind) and prints one line per file, or per problem:
  risks.json: valid risk-register
  deal.json: /options/1/scores/fit: Expected a number from 0 to 10.
"-" reads standard input.

Options:
  --json       Print [{ "file", "ok", "kind", "errors": [{ "path", "message" }] }] instead
  -h, --help   This help

Exit codes: 0 all valid, 1 any invalid or unreadable, 2 usage error.
`,
  markdown: `Usage: ${NAME} markdown <file> [-o <out.md>] [--lang <tag>]

Writes a worksheet document as Markdown, to standard output or to a file. "-" reads standard input.

Options:
  -o, --output <file>   Write to this file instead of standard output
  --lang <tag>          The report's language: en (default), de or es (a regional tag such as de-CH writes
                        its numbers the regional way); the document's own text stays as written
  -h, --help            This help

Exit codes: 0 written, 1 invalid document or unreadable file, 2 usage error.
`,
};

class UsageError extends Error {}
/** A file that could not be read or parsed; the message starts with the file name. */
export class ReadError extends Error {}

type Parsed = ReturnType<typeof parseArgs>;

function parse(command: string, args: string[], options: ParseArgsConfig['options']): Parsed {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}`);
  }
}

/** "Unexpected token } in JSON at position 42" → "… (line 3, column 5)". */
function jsonProblem(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /at position (\d+)/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*in JSON at position \d+.*$/s, '')} (line ${line}, column ${column})`;
}

/** A valid document, or what is wrong: with the file (`problem`: unreadable, not JSON) or in it (`errors`). */
type Loaded = { ok: true; doc: any } | { ok: false; problem?: string; errors: ValidationError[] };

/** Reads, parses and validates one file. */
function load(io: Io, file: string): Loaded {
  let text: string;
  try {
    text = io.read(file);
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    return { ok: false, problem, errors: [{ path: '', message: problem }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const problem = `not valid JSON: ${jsonProblem(text, e)}`;
    return { ok: false, problem, errors: [{ path: '', message: problem }] };
  }
  const result = validate(data);
  return result.ok ? { ok: true, doc: result.value } : { ok: false, errors: result.errors };
}

/**
 * `risks.json: /risks/3/likelihood: message` for a problem in the document (`/` is the document as a whole),
 * `risks.json: not valid JSON: …` for a problem with the file.
 */
function problemLines(file: string, loaded: Loaded): string {
  if (loaded.ok) return '';
  if (loaded.problem) return `${file}: ${loaded.problem}\n`;
  return loaded.errors.map((e) => `${file}: ${e.path || '/'}: ${e.message}\n`).join('');
}

async function scorm(io: Io, args: string[]): Promise<number> {
  const { values, positionals } = parse('scorm', args, {
    output: { type: 'string', short: 'o' },
    version: { type: 'string' },
    title: { type: 'string' },
    lang: { type: 'string' },
    dir: { type: 'string' },
  });
  if (values.help) {
    io.out(HELP.scorm!);
    return EXIT.ok;
  }
  const output = values.output as string | undefined;
  const version = (values.version as string | undefined) ?? '1.2';
  if (!positionals.length) throw new UsageError('scorm: name at least one document (a .json file).');
  if (!output) throw new UsageError('scorm: say where to write the package: -o <package.zip>.');
  if (version !== '1.2' && version !== '2004') throw new UsageError(`scorm: --version must be 1.2 or 2004, not ${JSON.stringify(version)}.`);
  const lang = values.lang as string | undefined;
  if (lang !== undefined && !LANGUAGE_TAG.test(lang)) throw new UsageError(`scorm: --lang must be a language tag such as de or es-MX, not ${JSON.stringify(lang)}.`);
  const dir = values.dir as string | undefined;
  if (dir !== undefined && dir !== 'rtl' && dir !== 'ltr') throw new UsageError(`scorm: --dir must be rtl or ltr, not ${JSON.stringify(dir)}.`);

  const documents: PackageDocument[] = [];
  let invalid = false;
  for (const file of positionals) {
    const loaded = load(io, file);
    if (loaded.ok) documents.push({ file, doc: loaded.doc });
    else {
      invalid = true;
      io.err(problemLines(file, loaded));
    }
  }
  if (invalid) {
    io.err(`No package written: fix the documents above.\n`);
    return EXIT.invalid;
  }

  let assets: LaunchAssets;
  const asset = (path: string): Buffer => readFileSync(new URL(path, io.dist));
  try {
    assets = {
      page: asset('scorm/index.html').toString('utf8'),
      script: asset('scorm/launch.js'),
      styles: asset('scorm/launch.css'),
      code: [LOADER_FILE, ...readdirSync(new URL('loader/', io.dist)).filter((f) => f.endsWith('.js')).sort().map((f) => `loader/${f}`)].map((name) => ({ name, data: asset(name) })),
      languages: readdirSync(io.dist)
        .filter((f) => /^partnership-worksheets\.bundle\.[a-z]{2,3}\.js$/.test(f))
        .sort()
        .map((name) => ({ name, data: asset(name) })),
    };
  } catch (e) {
    io.err(`The launch page or the loader is missing from ${io.dist.pathname} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the package is incomplete: run npm run build, or reinstall ${NAME}.\n`);
    return EXIT.invalid;
  }

  const built = await buildScormPackage({ version: version as ScormVersion, title: values.title as string | undefined, lang, dir: dir as 'ltr' | 'rtl' | undefined, documents, assets });
  try {
    io.write(output, built.bytes);
  } catch (e) {
    io.err(`${output}: could not write the package (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
    return EXIT.invalid;
  }
  for (const w of built.warnings) io.err(`warning: ${w}\n`);
  io.out(`Wrote ${output}: SCORM ${version}, ${built.activities.length} ${built.activities.length === 1 ? 'activity' : 'activities'}, ${(built.bytes.length / 1000).toFixed(1)} kB\n`);
  for (const a of built.activities) io.out(`  ${a.title}  (${a.file} → ${a.href}; starts at ${formatCount(a.suspendChars)} of ${formatCount(a.limit)} characters of saved work)\n`);
  return EXIT.ok;
}

function validateCommand(io: Io, args: string[]): number {
  const { values, positionals } = parse('validate', args, { json: { type: 'boolean' } });
  if (values.help) {
    io.out(HELP.validate!);
    return EXIT.ok;
  }
  if (!positionals.length) throw new UsageError('validate: name at least one file.');
  const results = positionals.map((file) => ({ file, loaded: load(io, file) }));
  if (values.json) {
    const report = results.map(({ file, loaded }) =>
      loaded.ok ? { file, ok: true, kind: loaded.doc.kind, errors: [] } : { file, ok: false, kind: null, errors: loaded.errors },
    );
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const { file, loaded } of results) io.out(loaded.ok ? `${file}: valid ${loaded.doc.kind}\n` : problemLines(file, loaded));
  }
  return results.every((r) => r.loaded.ok) ? EXIT.ok : EXIT.invalid;
}

/**
 * The voice of a report in `lang`: its words from the language's file beside the bundle (plain data: the worksheets'
 * messages and the reports' `report.<English>` sentences). Undefined for English. A usage error for a language the
 * package does not ship.
 */
async function reportVoice(io: Io, lang: string | undefined): Promise<ReportVoice | undefined> {
  if (lang === undefined || /^en(-|$)/i.test(lang)) return undefined;
  if (!LANGUAGE_TAG.test(lang)) throw new UsageError(`markdown: --lang must be a language tag such as de or es-MX, not ${JSON.stringify(lang)}.`);
  const file = languageFile(lang);
  if (!file) throw new UsageError(`markdown: there is no ${JSON.stringify(lang)} in this package; it writes en, ${LANGUAGES.join(', ')}.`);
  let catalogs: Array<Record<string, unknown>>;
  try {
    catalogs = ((await import(new URL(file, io.dist).href)) as { default: Array<Record<string, unknown>> }).default;
  } catch (e) {
    throw new Error(`the ${lang} words (${file}) are missing from ${io.dist.pathname} (${(e as Error).message}); reinstall ${NAME}.`);
  }
  const words = new Map(catalogs.flatMap((c) => Object.entries(c)));
  return voiceFrom(lang, (key, params) => {
    const m = words.get(key);
    return typeof m === 'string' ? fill(m, params) : undefined;
  });
}

async function markdown(io: Io, args: string[]): Promise<number> {
  const { values, positionals } = parse('markdown', args, { output: { type: 'string', short: 'o' }, lang: { type: 'string' } });
  if (values.help) {
    io.out(HELP.markdown!);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(`markdown: name exactly one file${positionals.length ? ` (got ${positionals.length})` : ''}.`);
  const voice = await reportVoice(io, values.lang as string | undefined);
  const file = positionals[0]!;
  const loaded = load(io, file);
  if (!loaded.ok) {
    io.err(problemLines(file, loaded));
    return EXIT.invalid;
  }
  const text = toMarkdown(loaded.doc, voice);
  const output = values.output as string | undefined;
  if (!output) {
    io.out(text.endsWith('\n') ? text : `${text}\n`);
    return EXIT.ok;
  }
  try {
    io.write(output, text.endsWith('\n') ? text : `${text}\n`);
  } catch (e) {
    io.err(`${output}: could not write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}

function packageVersion(io: Io): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', io.dist), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Runs one command line (without `node` and the script) and returns the exit code. Never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scorm':
        return await scorm(io, rest);
      case 'validate':
        return validateCommand(io, rest);
      case 'markdown':
        return await markdown(io, rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        if (command === undefined) {
          io.err(HELP.main!);
          return EXIT.usage;
        }
        io.out(HELP[rest[0] && HELP[rest[0]] ? rest[0] : 'main']!);
        return EXIT.ok;
      case '--version':
        io.out(`${packageVersion(io)}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(`Unknown command ${JSON.stringify(command)}.`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${NAME} ${e.message}\nRun ${NAME} ${command && HELP[command] ? `${command} ` : ''}--help for usage.\n`);
      return EXIT.usage;
    }
    io.err(`${NAME}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.invalid;
  }
}

/** Reads a file for a command, with a message a person can act on when it cannot be read. */
export function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'is a folder, not a file',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
    };
    throw new ReadError(`cannot read the file: ${(code && why[code]) || (e as Error).message}`);
  }
}
