/**
 * The embed code: a document packed into a URL fragment (`#doc=…`) and the snippets an author pastes into an
 * LMS. Pure functions: no DOM; CompressionStream exists in browsers and in Node 18+.
 */

/** The hash parameter that carries a packed document. */
export const DOC_PARAM = 'doc';

/** Many LMS editors (and some proxies) cut or refuse URLs longer than this. */
export const MAX_EMBED_URL = 2000;

/** Where the embed page lives, relative to the folder that holds the bundle. It shows a document of any kind. */
export const EMBED_PAGE = 'embed/index.html';

/**
 * The embed page for a document of this kind (embed/risk-register.html; the kind of a valid document): the same
 * page, which also asks for that worksheet's code while it loads its own script, so the worksheet shows a round
 * trip sooner. Without a kind, EMBED_PAGE.
 */
export const embedPage = (kind?: string): string => (kind ? `embed/${kind}.html` : EMBED_PAGE);
export const BUNDLE_FILE = 'partnership-worksheets.bundle.js';
/** The loader, which defines each worksheet a page uses from the `loader/` folder beside it. */
export const LOADER_FILE = 'partnership-worksheets.loader.js';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TypeError('The packed document holds characters that are not base64url.');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** JSON → deflate-raw → base64url: the text after `#doc=`. */
export async function packDocument(doc: unknown): Promise<string> {
  const json = JSON.stringify(doc);
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The reverse of `packDocument`: the document's JSON text. Throws a readable error when the text is damaged. */
export async function unpackDocument(packed: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(packed.trim()), new DecompressionStream('deflate-raw'));
  } catch {
    throw new TypeError('The document in the link is damaged (it may have been cut short when it was copied).');
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export interface EmbedOptions {
  /** Autosave key for the learner's work. */
  storageKey?: string | undefined;
  readonly?: boolean | undefined;
  /** The worksheet's language (a BCP 47 tag); omitted for English. */
  lang?: string | undefined;
  /** `rtl` for a right-to-left page; omitted for left to right. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The document's kind: the URL is then that kind's embed page (`embedPage`), which loads faster. */
  kind?: string | undefined;
}

/** The folder that holds the bundle, always ending in `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim();
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

function query(options: EmbedOptions, src?: string): string {
  const params = new URLSearchParams();
  if (src) params.set('src', src);
  if (options.storageKey) params.set('storage-key', options.storageKey);
  if (options.readonly) params.set('readonly', '');
  if (options.lang && options.lang !== 'en') params.set('lang', options.lang);
  if (options.dir === 'rtl') params.set('dir', 'rtl');
  const text = params.toString().replace(/readonly=(&|$)/, 'readonly$1');
  return text ? `?${text}` : '';
}

/** The embed page's URL with the document packed into the fragment. */
export function embedUrl(base: string, packed: string, options: EmbedOptions = {}): string {
  return `${normaliseBase(base)}${embedPage(options.kind)}${query(options)}#${DOC_PARAM}=${packed}`;
}

/** The embed page's URL that fetches the document from a JSON file (`?src=`, relative to the embed page). */
export function embedSrcUrl(base: string, src: string, options: EmbedOptions = {}): string {
  return `${normaliseBase(base)}${embedPage(options.kind)}${query(options, src)}`;
}

/** Text for an HTML attribute value in double quotes. */
export const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` snippet for a URL of the embed page. */
export function iframeSnippet(url: string, title: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="720" style="border: 0; width: 100%;" loading="lazy"></iframe>`;
}

/**
 * JSON that can sit inside `<script type="application/json">`: `</` and `<!--` would end or confuse the
 * script element, so they are written with JSON escapes (`<\/`, `\u003c!--`) that parse to the same text.
 */
export const scriptSafeJson = (doc: unknown): string =>
  JSON.stringify(doc, null, 2).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');

/**
 * The snippet for pages that allow scripts: the script (`file` in the hosted folder: the loader, the bundle or a
 * worksheet's own file), the element and its starting document.
 */
export function scriptSnippet(base: string, tag: string, doc: unknown, options: EmbedOptions = {}, file = LOADER_FILE): string {
  const attrs = [
    options.lang && options.lang !== 'en' ? ` lang="${escapeAttribute(options.lang)}"` : '',
    options.dir === 'rtl' ? ' dir="rtl"' : '',
    options.storageKey ? ` storage-key="${escapeAttribute(options.storageKey)}"` : '',
    options.readonly ? ' readonly' : '',
  ].join('');
  return [
    `<script type="module" src="${escapeAttribute(normaliseBase(base) + file)}"></script>`,
    `<${tag}${attrs}>`,
    `<script type="application/json">`,
    scriptSafeJson(doc),
    `</script>`,
    `</${tag}>`,
  ].join('\n');
}

/** Reads the packed document from a URL fragment such as `#doc=…&x=1`; undefined when there is none. */
export function packedFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(DOC_PARAM) ?? undefined;
}
