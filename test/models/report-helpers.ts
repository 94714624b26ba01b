// What the report tests share: reading sources and catalogs, and voices built from a report catalog.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, type ReportVoice } from '../../src/models/shared/report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A file of the repository, as text. */
export const source = (file: string): string => readFileSync(path.join(root, file), 'utf8');

/** A worksheet catalog's plain single-line English messages (src/elements/<kind>/messages.ts), by key. */
export const plainMessages = (file: string): Map<string, string> =>
  new Map([...source(file).matchAll(/^\s*'([\w.]+)': '((?:[^'\\]|\\.)*)',$/gm)].map((m) => [m[1]!, m[2]!]));

/** The English literals a source file says through `say('…')`. */
export const sayLiterals = (file: string): Set<string> =>
  new Set([...source(file).matchAll(/\bsay\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));

/** The calls of `say` in a source file whose English is not a literal: what each passes first. */
export const dynamicSays = (file: string): string[] => [...source(file).matchAll(/\bsay\((?!\s*')([^,)]*)/g)].map((m) => m[1]!.trim());

/** A text's `{name}` placeholders, sorted, each once. */
export const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** A voice that says each sentence from a report catalog, as a page in that language does. */
export const voiceOf = (catalog: Readonly<Record<string, string>>, locale: string): ReportVoice => ({
  locale,
  say: (english, params) => fill(catalog[`report.${english}`] ?? english, params),
});
