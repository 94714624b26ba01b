/**
 * What the two hosted pages (the iframe embed page and the SCORM launch page) share: an error that carries a
 * detail to show as code (a URL, a file name), and loading a document's worksheet from the folder above the page
 * (the loader, a worksheet's own file, or the one-file bundle), so that both run the very code a script-tag embed runs.
 */
import type { ValidationResult } from '../models/shared/result.js';
import { BUNDLE_FILE, LOADER_FILE } from './embed-code.js';

/** A worksheet element's class, with the check of its own kind of document (`WorksheetElement.validate`). */
export type WorksheetClass = CustomElementConstructor & {
  validate(input: unknown): ValidationResult<{ kind: string; title?: unknown }>;
};

/** A failure to tell the person in one sentence; `detail` is shown after it, as code. */
export class PageError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Imports `../partnership-worksheets.bundle.js` relative to `pageModuleUrl` (the page script's import.meta.url). */
export async function importBundle<T = unknown>(pageModuleUrl: string): Promise<T> {
  const url = new URL(`../${BUNDLE_FILE}`, pageModuleUrl).href;
  try {
    return (await import(/* @vite-ignore */ url)) as T;
  } catch (e) {
    throw new PageError(`The worksheet code could not be loaded (${(e as Error).message}); ${BUNDLE_FILE} belongs in the folder above this page:`, url);
  }
}

/** A worksheet kind as the files and tags name it (`risk-register` → `pw-risk-register`). */
const KIND = /^[a-z][a-z0-9-]*$/;

/** What the pages use of the loader (src/loader.ts). */
interface Loader {
  load(tag: string): Promise<unknown>;
  worksheetTags: readonly string[];
}

const loaderUrl = (pageModuleUrl: string): string => new URL(`../${LOADER_FILE}`, pageModuleUrl).href;

/**
 * The file a worksheet of `kind` comes from when a page imports it by kind: its own file, or the loader for a
 * playbook (whose sections come through it). Undefined for a name that is not a kind.
 */
export function worksheetFile(kind: string): string | undefined {
  if (kind === 'playbook') return LOADER_FILE;
  return KIND.test(kind) && kind !== 'bundle' && kind !== 'loader' ? `partnership-worksheets.${kind}.js` : undefined;
}

/** A language tag as the pages and the command line take it: `de`, `es-MX`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** The languages the package ships besides English (src/locales/index.ts registers each; a test holds the two alike). */
export const LANGUAGES: readonly string[] = ['de', 'es'];

/**
 * The file that holds the messages of a page's language (`de-AT` → `partnership-worksheets.bundle.de.js`), which
 * every build of the worksheets loads from the folder above the pages; undefined for English and for a language
 * the package does not ship.
 */
export function languageFile(lang: string): string | undefined {
  const language = lang.toLowerCase().split('-')[0]!;
  return LANGUAGES.includes(language) ? `partnership-worksheets.bundle.${language}.js` : undefined;
}

/**
 * Asks now for files of the folder above the page that the page will import later (`<link rel="modulepreload">`),
 * so that they download while it waits for something else (a language file, while the worksheet's own file loads).
 * A file that is not there costs a failed request; the import that follows then fails over as it would have.
 */
export function preload(pageModuleUrl: string, files: ReadonlyArray<string | undefined>): void {
  for (const file of files) {
    if (!file) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`../${file}`, pageModuleUrl).href;
    document.head.append(link);
  }
}

/** Defines the worksheets of `kinds` through the loader, each once; rejects when one cannot be loaded. */
const loadKinds = (loader: Loader, kinds: readonly string[]): Promise<unknown[]> => Promise.all([...new Set(kinds)].map((k) => loader.load(`pw-${k}`)));

/**
 * Imports the code for one kind of worksheet: its own file (`../partnership-worksheets.<kind>.js`, about a third of
 * the bundle) when the folder has it. A playbook comes from the loader (`../partnership-worksheets.loader.js`), with
 * the kinds of its `sections` defined before it resolves, so that the playbook and its sections share one core and
 * the page fetches only the worksheets the playbook holds. Failing those (a kind without a file, a host that
 * uploaded the bundle alone), the full bundle.
 */
export async function importWorksheet(pageModuleUrl: string, kind: string, sections: readonly string[] = []): Promise<void> {
  const file = worksheetFile(kind);
  if (kind === 'playbook') {
    try {
      const loader = (await import(/* @vite-ignore */ loaderUrl(pageModuleUrl))) as Loader;
      await loadKinds(loader, ['playbook', ...sections.filter((k) => KIND.test(k))]);
      return;
    } catch {
      // Not there (or a section of a kind it does not know): the full bundle has every worksheet.
    }
  } else if (file) {
    try {
      await import(/* @vite-ignore */ new URL(`../${file}`, pageModuleUrl).href);
      return;
    } catch {
      // Not there (or not loadable): the full bundle has every worksheet.
    }
  }
  await importBundle(pageModuleUrl);
}

/** A document's `kind` as read (anything, or undefined), and the kinds of its sections (a playbook's). */
function kindsOf(doc: unknown): { kind: unknown; sections: string[] } {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { kind: undefined, sections: [] };
  const { kind, sections } = doc as { kind?: unknown; sections?: unknown };
  const kinds = Array.isArray(sections) ? sections.map((s) => (s as { kind?: unknown } | null)?.kind).filter((k): k is string => typeof k === 'string') : [];
  return { kind, sections: kinds };
}

/**
 * Defines the worksheet element that shows `doc`; the page then checks the document with the
 * class's `validate()`. With `from: 'loader'` (the SCORM package, which ships the loader and its folder) the code
 * comes through the loader alone: the shared core and the worksheets the document holds. With `'any'` (the embed
 * page, whose host may have uploaded some files only) as `importWorksheet` finds it. Throws a PageError when the
 * document names no kind, a kind this version does not know, or when the code cannot be loaded. Resolves to the
 * element's tag and class.
 */
export async function worksheetFor(pageModuleUrl: string, doc: unknown, from: 'loader' | 'any'): Promise<{ tag: string; worksheet: WorksheetClass }> {
  const { kind, sections } = kindsOf(doc);
  if (kind === undefined) throw new PageError('The document has no "kind", so there is no worksheet to show it in.');
  const unknownKind = () => new PageError('This document’s kind is not a worksheet this version knows:', JSON.stringify(kind));
  if (typeof kind !== 'string' || !KIND.test(kind)) throw unknownKind();
  const tag = `pw-${kind}`;
  if (from === 'any') {
    await importWorksheet(pageModuleUrl, kind, sections);
  } else {
    const url = loaderUrl(pageModuleUrl);
    let loader: Loader;
    try {
      loader = (await import(/* @vite-ignore */ url)) as Loader;
    } catch (e) {
      throw new PageError(`The worksheet code could not be loaded (${(e as Error).message}); ${LOADER_FILE} belongs in the folder above this page:`, url);
    }
    if (!loader.worksheetTags.includes(tag)) throw unknownKind();
    try {
      // A section of a kind this version does not know is left to the playbook's own check, which names it.
      await loadKinds(loader, [kind, ...sections.filter((k) => loader.worksheetTags.includes(`pw-${k}`))]);
    } catch (e) {
      throw new PageError(`The worksheet code could not be loaded (${(e as Error).message}); the loader folder belongs beside ${LOADER_FILE}:`, url);
    }
  }
  const worksheet = customElements.get(tag) as WorksheetClass | undefined;
  if (!worksheet) throw unknownKind();
  return { tag, worksheet };
}
