/**
 * The embed page (dist/embed/index.html): one worksheet, full size, for an `<iframe>`.
 *
 *   index.html#doc=<packed>                 the document packed in the fragment (see core/embed-code.ts)
 *   index.html?src=<url of a JSON file>     the document fetched (relative URLs resolve against this page)
 *   …&storage-key=<key>&readonly&theme=dark&completable&activity-id=<IRI>&lang=de&dir=rtl
 *                                           options, in the query (or the fragment)
 *   risk-register.html#doc=… (one per kind)  the same page, whose HTML also asks for that worksheet's own file (built
 *                                           from index.html, see rollup.config.js); the document's kind still decides
 *
 * The element comes from the folder above this one: the worksheet's own file (partnership-worksheets.<kind>.js)
 * when it is there, the one-file bundle otherwise, so the page and a script-tag embed run the same code. The page posts `{ type: 'pw-resize', height }` to its parent whenever its height changes, and
 * forwards each xAPI statement as `{ type: 'pw-xapi', statement }`.
 */
import { packedFromHash, unpackDocument } from '../core/embed-code.js';
import { LANGUAGE_TAG, languageFile, PageError, preload, worksheetFor } from '../core/hosted-page.js';

const main = document.getElementById('worksheet')!;

/** Replaces the page's content with a message; `detail` (a URL, an error) is shown as code. */
function showStatus(text: string, detail?: string, error = true): void {
  const p = document.createElement('p');
  p.className = error ? 'status error' : 'status';
  p.setAttribute('role', error ? 'alert' : 'status');
  p.append(text);
  if (detail) {
    p.append(' ');
    const code = document.createElement('code');
    code.textContent = detail;
    p.append(code);
  }
  main.replaceChildren(p);
  main.removeAttribute('aria-busy');
}

/** Query parameters, with fragment parameters (other than the document) as a fallback. */
function options(): URLSearchParams {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of new URLSearchParams(location.hash.replace(/^#/, ''))) if (k !== 'doc' && !params.has(k)) params.set(k, v);
  return params;
}

async function fetchDocument(src: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(src, location.href);
  } catch {
    throw new PageError('The ?src= address is not a valid URL:', src);
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw new PageError(
      'The worksheet file could not be loaded: the server did not answer, or it does not allow this page to read it (CORS). Host the file next to this page, or allow this origin on its server:',
      url.href,
    );
  }
  if (!response.ok) throw new PageError(`The worksheet file could not be loaded (HTTP ${response.status} ${response.statusText}):`, url.href);
  return response.text();
}

async function readDocument(params: URLSearchParams): Promise<unknown> {
  const packed = packedFromHash(location.hash);
  let text: string;
  let from: string;
  if (packed !== undefined) {
    text = await unpackDocument(packed).catch((e: Error) => Promise.reject(new PageError(e.message)));
    from = 'the link';
  } else if (params.get('src')) {
    text = await fetchDocument(params.get('src')!);
    from = params.get('src')!;
  } else {
    throw new PageError('No worksheet to show: this page needs #doc=… (from the “Embed code…” action of a worksheet) or ?src=<url of a JSON file>.');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PageError(`The worksheet document from ${from} is not valid JSON (${(e as Error).message}).`);
  }
}

/** Forwards the worksheet's xAPI statements to the host page, which adds the actor and sends them on. */
function forwardStatements(): void {
  if (window.parent === window) return;
  document.addEventListener('pw-xapi', (e) => window.parent.postMessage({ type: 'pw-xapi', statement: e.detail }, '*'));
}

/** Posts the page's height to the parent whenever it changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'pw-resize', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

/** The page's language and direction: the worksheet follows them (its words, number and date formats, mirroring). */
function applyLanguage(params: URLSearchParams): void {
  const lang = params.get('lang');
  if (lang && LANGUAGE_TAG.test(lang)) document.documentElement.lang = lang;
  const dir = params.get('dir');
  if (dir === 'rtl' || dir === 'ltr') document.documentElement.dir = dir;
}

async function start(): Promise<void> {
  reportHeight();
  forwardStatements();
  const params = options();
  applyLanguage(params);
  // The language's messages, asked for now: else they are fetched only once the worksheet's code has run.
  preload(import.meta.url, [languageFile(document.documentElement.lang)]);
  try {
    const doc = await readDocument(params);
    // The worksheet's own file when there is one (a third of the bundle); for a playbook, the loader with the kinds
    // of its sections; else the bundle.
    const { tag } = await worksheetFor(import.meta.url, doc, 'any');
    const el = document.createElement(tag) as HTMLElement & { value: unknown };
    // Attributes before connection: storage-key decides whether saved work wins over the document.
    if (params.get('storage-key')) el.setAttribute('storage-key', params.get('storage-key')!);
    if (params.has('readonly') && params.get('readonly') !== 'false') el.setAttribute('readonly', '');
    if (params.has('completable') && params.get('completable') !== 'false') el.setAttribute('completable', '');
    if (params.get('activity-id')) el.setAttribute('activity-id', params.get('activity-id')!);
    // The learner's view: no author actions.
    el.setAttribute('learner', '');
    const theme = params.get('theme');
    if (theme === 'dark' || theme === 'light' || theme === 'auto') el.setAttribute('theme', theme);
    el.value = doc;
    main.replaceChildren(el);
    main.removeAttribute('aria-busy');
    const title = (doc as { title?: unknown }).title;
    if (typeof title === 'string' && title) document.title = title;
  } catch (e) {
    if (e instanceof PageError) showStatus(e.message, e.detail);
    else showStatus('The worksheet could not be shown:', e instanceof Error ? e.message : String(e));
  }
}

void start();
