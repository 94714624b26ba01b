/// <reference types="node" />
/**
 * Builds a SCORM package from worksheet documents:
 *
 *   imsmanifest.xml
 *   partnership-worksheets.loader.js     the loader, and loader/*.js: each launch page fetches the shared core
 *                                        and the worksheets its document holds (shared)
 *   partnership-worksheets.bundle.de.js  each shipped language besides English, loaded by a page that speaks it
 *   scorm/launch.js, scorm/launch.css    the launch page's script and styles (shared)
 *   scorm/<name>.html                    one launch page per document: one SCO each
 *   documents/<name>.json                the documents, as validated
 *
 * Each SCO has its own page (rather than one page with a query string) because some LMSs drop or mangle query
 * strings in launch addresses.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { languageFile } from '../core/hosted-page.js';
import { SUSPEND_DATA_LIMIT, type ScormVersion } from '../scorm/api.js';
import { encodeSuspendData, formatCount } from '../scorm/state.js';
import { escapeXml, scormManifest, type ManifestItem } from './manifest.js';
import { zip, type ZipEntry } from './zip.js';

/** The launch page and what it loads, from dist/. */
export interface LaunchAssets {
  /** dist/scorm/index.html */
  page: string;
  script: Uint8Array;
  styles: Uint8Array;
  /**
   * The worksheets' code, by its path in the package: the loader (`partnership-worksheets.loader.js`) and every file
   * of its folder (`loader/core.js` …).
   */
  code: Array<{ name: string; data: Uint8Array }>;
  /** The language files (`partnership-worksheets.bundle.de.js` …), which the loader's files load from beside it. */
  languages?: Array<{ name: string; data: Uint8Array }>;
}

export interface PackageDocument {
  /** The file name as given, for messages and the activity's name. */
  file: string;
  /** A valid document (after migration). */
  doc: { kind: string; title?: unknown };
}

export interface PackageOptions {
  version: ScormVersion;
  /** The course title in the LMS; default: the only document's title, or a generic one. */
  title?: string | undefined;
  /** The language of the launch pages (a BCP 47 tag); the worksheets speak it. Default: English. */
  lang?: string | undefined;
  /** `rtl` to lay the launch pages out right to left. */
  dir?: 'ltr' | 'rtl' | undefined;
  documents: PackageDocument[];
  assets: LaunchAssets;
  /** Timestamp of the files in the zip. */
  modified?: Date;
}

export interface PackagedActivity {
  file: string;
  title: string;
  href: string;
  /** Characters of `cmi.suspend_data` the untouched document takes, and the LMS's limit. */
  suspendChars: number;
  limit: number;
}

export interface ScormPackage {
  bytes: Uint8Array;
  manifest: string;
  activities: PackagedActivity[];
  /** Things the author should know (documents too large for the LMS's suspend data). */
  warnings: string[];
}

/** Above this share of the limit, a learner's additions soon will not fit. */
const TIGHT = 0.75;

/** A file-name-safe activity name from a document's file name: `Risk Register (v2).json` → `risk-register-v2`. */
export function activityName(file: string, taken: Set<string>): string {
  const stem =
    basename(file)
      .replace(/\.json$/i, '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'worksheet';
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}`;
  taken.add(name);
  return name;
}

const titleOf = (doc: { kind: string; title?: unknown }): string =>
  typeof doc.title === 'string' && doc.title.trim() ? doc.title.trim() : doc.kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Fills in the launch page template for one document. Throws when the template lacks a placeholder. */
export function launchPage(
  template: string,
  fill: { document: string; version: ScormVersion; title: string; lang?: string | undefined; dir?: 'ltr' | 'rtl' | undefined; preload?: readonly string[] },
): string {
  const swaps: Array<[string, string]> = [
    ['<html lang="en">', `<html lang="${escapeXml(fill.lang || 'en')}"${fill.dir === 'rtl' ? ' dir="rtl"' : ''}>`],
    ['<meta name="pw-document" content="" />', `<meta name="pw-document" content="${escapeXml(fill.document)}" />`],
    ['<meta name="pw-scorm" content="" />', `<meta name="pw-scorm" content="${fill.version}" />`],
    ['<title>Worksheet</title>', `<title>${escapeXml(fill.title)}</title>`],
  ];
  let page = template;
  for (const [from, to] of swaps) {
    if (!page.includes(from)) throw new Error(`The launch page template (dist/scorm/index.html) has no ${from}; rebuild the package.`);
    page = page.replace(from, () => to);
  }
  // The files this page's worksheets need, asked for at once beside the document (those the template asks for already left out).
  const links = (fill.preload ?? []).map((file) => `../${file}`).filter((href) => !page.includes(`href="${href}"`));
  if (links.length) {
    if (!page.includes('</head>')) throw new Error('The launch page template (dist/scorm/index.html) has no </head>; rebuild the package.');
    page = page.replace('</head>', () => `${links.map((href) => `  <link rel="modulepreload" href="${escapeXml(href)}" />\n  `).join('')}</head>`);
  }
  return page;
}

/** A static import of a file beside the importing one (`import{…}from"./core.js"`, `import"./d3.js"`), not `import("…")`. */
const SIBLING_IMPORT = /(?<![\w$."'`])(?:import|export)\s*(?:[\w$*{][^;"'`]*?\bfrom\s*)?["'`]\.\/([\w-]+\.js)["'`]/g;

/**
 * The files of the loader's folder that a page showing `kinds` runs before its worksheets are defined: each kind's
 * chunk and its models' chunk, and everything they import (the core, d3), each once. What they fetch only when
 * asked (the "Embed code…" dialog) is not among them.
 */
export function loaderFilesFor(code: ReadonlyArray<{ name: string; data: Uint8Array }>, kinds: readonly string[]): string[] {
  const text = new Map(code.map((c) => [c.name, new TextDecoder().decode(c.data)]));
  const needed = new Set<string>();
  const visit = (name: string): void => {
    const source = text.get(name);
    if (source === undefined || needed.has(name)) return;
    needed.add(name);
    for (const m of source.matchAll(SIBLING_IMPORT)) visit(`loader/${m[1]}`);
  };
  for (const kind of kinds) {
    visit(`loader/${kind}.js`);
    visit(`loader/${kind}-model.js`);
  }
  return [...needed];
}

export async function buildScormPackage(options: PackageOptions): Promise<ScormPackage> {
  const { version, documents, assets } = options;
  if (!documents.length) throw new Error('A package needs at least one document.');
  const limit = SUSPEND_DATA_LIMIT[version];
  const text = new TextEncoder();
  const taken = new Set<string>();
  const items: ManifestItem[] = [];
  const entries: ZipEntry[] = [];
  const activities: PackagedActivity[] = [];
  const warnings: string[] = [];

  const languages = assets.languages ?? [];
  // A page in a shipped language asks for its messages with the worksheets' code, not after it has run.
  const language = options.lang ? languageFile(options.lang) : undefined;
  const languagePreload = language && languages.some((l) => l.name === language) ? [language] : [];

  for (const { file, doc } of documents) {
    const name = activityName(file, taken);
    const title = titleOf(doc);
    const page = `scorm/${name}.html`;
    const json = `documents/${name}.json`;
    const sections = (doc as { sections?: Array<{ kind: string }> }).sections ?? [];
    const preload = [...loaderFilesFor(assets.code, [doc.kind, ...sections.map((s) => s.kind)]), ...languagePreload];
    entries.push({ name: page, data: text.encode(launchPage(assets.page, { document: `../${json}`, version, title, lang: options.lang, dir: options.dir, preload })) });
    entries.push({ name: json, data: text.encode(`${JSON.stringify(doc, null, 2)}\n`) });
    items.push({ name, title, href: page, files: [page, json] });

    const suspendChars = (await encodeSuspendData(doc)).length;
    activities.push({ file, title, href: page, suspendChars, limit });
    const share = `${formatCount(suspendChars)} of the ${formatCount(limit)} characters SCORM ${version} keeps for a learner's work`;
    if (suspendChars > limit) {
      warnings.push(
        `${file}: this worksheet already takes ${share}, so learners' work on it will be kept in their browsers only.` +
          (version === '1.2' ? ' Package it with --version 2004 (64,000 characters), or shorten it.' : ' Shorten it, or split it into several documents.'),
      );
    } else if (suspendChars > limit * TIGHT) {
      warnings.push(
        `${file}: this worksheet already takes ${share}; learners who add much to it will pass the limit and their work will then be kept in their browsers only.` +
          (version === '1.2' ? ' Consider --version 2004 (64,000 characters).' : ''),
      );
    }
  }

  const shared = [...assets.code.map((c) => c.name), ...languages.map((l) => l.name), 'scorm/launch.js', 'scorm/launch.css'];
  const title = options.title?.trim() || (documents.length === 1 ? activities[0]!.title : 'Partnership worksheets');
  // Stable for the same content and settings, so re-importing an updated package can be matched by the LMS admin.
  const identifier = `pw-${createHash('sha256')
    .update(JSON.stringify([version, title, documents.map((d) => d.doc)]))
    .digest('hex')
    .slice(0, 16)}`;
  const manifest = scormManifest({ version, identifier, title, items, sharedFiles: shared });
  const bytes = zip(
    [
      { name: 'imsmanifest.xml', data: text.encode(manifest) },
      ...assets.code,
      ...languages,
      { name: 'scorm/launch.js', data: assets.script },
      { name: 'scorm/launch.css', data: assets.styles },
      ...entries,
    ],
    options.modified,
  );
  return { bytes, manifest, activities, warnings };
}
