/**
 * The SCORM launch page (dist/scorm/index.html): one worksheet as one SCO.
 *
 *   <meta name="pw-document" content="../documents/risks.json">   written by `partnership-worksheets scorm`
 *   index.html?doc=../documents/risks.json&scorm=2004               the same, for trying the page by hand
 *
 * With an LMS: the learner's work resumes from `cmi.suspend_data`, is saved there (compressed) a second after
 * each edit and when the page is hidden or closed, and "Mark as complete" reports completion. Work too large for
 * the LMS stays in this browser and the learner is told. Without an LMS, the worksheet autosaves in this browser.
 */
import { PageError, worksheetFor, type WorksheetClass } from '../core/hosted-page.js';
import { LmsSession, type LmsError, type ScormVersion, type WindowLike } from './api.js';
import { SAVE_DELAY_MS, Saver, type SaveNews, type StorageLike } from './saver.js';
import { decodeSuspendData, fingerprint, formatCount, localKey, readLocalCopy } from './state.js';

/** What checks a learner's work: the worksheet element's class (`validate`, which refuses any other kind). */
type Checker = Pick<WorksheetClass, 'validate'>;
type WorksheetElement = HTMLElement & { value: unknown; updateComplete?: Promise<unknown> };

const $ = (id: string): HTMLElement => document.getElementById(id)!;
const main = $('worksheet');
const connection = $('connection');
const saveState = $('save-state');
const completeButton = $('complete') as HTMLButtonElement;
const completion = $('completion');
const startedAt = Date.now();

const clearNote = (key: string): void => document.querySelectorAll(`[data-note="${key}"]`).forEach((n) => n.remove());

/** Shows a note (errors and warnings in the alert region); a later note with the same `key` replaces it. */
function note(key: string, tone: 'error' | 'warning' | 'info', ...parts: Array<string | Node>): void {
  const region = tone === 'info' ? $('notes') : $('alerts');
  clearNote(key);
  const p = document.createElement('p');
  p.className = `note ${tone === 'info' ? '' : tone}`.trim();
  p.dataset.note = key;
  p.append(...parts);
  region.append(p);
}

const code = (text: string): HTMLElement => {
  const c = document.createElement('code');
  c.textContent = text;
  return c;
};

const describeError = (e: LmsError): string => (e.code && e.code !== '0' ? `error ${e.code}${e.message ? `: ${e.message}` : ''}` : 'no error code given');

function setSaveState(state: 'saved' | 'saving' | 'local' | 'error' | 'browser', text: string): void {
  saveState.dataset.state = state;
  saveState.textContent = text;
}

/** localStorage, or undefined when the browser refuses it to this page (it can throw on access). */
function browserStorage(): StorageLike | undefined {
  try {
    const s = window.localStorage;
    s.getItem('pw-scorm:probe');
    return s;
  } catch {
    return undefined;
  }
}

function pageSetting(name: 'pw-document' | 'pw-scorm', param: string): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();
  return meta || new URLSearchParams(location.search).get(param)?.trim() || '';
}

async function loadDocument(url: URL): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw new PageError('The worksheet file could not be loaded:', url.href);
  }
  if (!response.ok) throw new PageError(`The worksheet file could not be loaded (HTTP ${response.status}):`, url.href);
  try {
    return JSON.parse(await response.text());
  } catch (e) {
    throw new PageError(`The worksheet file is not valid JSON (${(e as Error).message}):`, url.href);
  }
}

/** Offers a copy of a document as a JSON file. */
function downloadButton(label: string, doc: unknown, name: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  return button;
}

/** Keeps a value this page cannot use under `<key>.<suffix>`, so that nothing the learner made is thrown away. */
function keepAside(storage: StorageLike | undefined, key: string, suffix: string, value: string): string | undefined {
  try {
    storage?.setItem(`${key}.${suffix}`, value);
    return storage ? `${key}.${suffix}` : undefined;
  } catch {
    return undefined;
  }
}

interface Start {
  doc: unknown;
  /** The work came from this browser and the LMS does not have it yet. */
  fromBrowser: boolean;
}

/** Which work the learner continues: the LMS's, a newer copy kept in this browser, or the package's document. */
async function chooseStart(session: LmsSession, checker: Checker, packaged: { kind: string }, storage: StorageLike | undefined, key: string): Promise<Start> {
  const suspendData = session.get('suspendData');

  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    raw = null;
  }
  const local = readLocalCopy(raw);
  if (local) {
    const checked = checker.validate(local.document);
    if (local.base === fingerprint(suspendData) && checked.ok) {
      note('restored', 'info', 'Your latest work was restored from this browser (the course could not store it).');
      return { doc: checked.value, fromBrowser: true };
    }
    // The course holds other work, made since (on another computer, say). Keep this copy aside and offer it.
    const aside = keepAside(storage, key, 'superseded', raw!);
    if (aside) {
      try {
        storage?.removeItem(key);
      } catch {
        // it stays where it was, which is also kept
      }
    }
    note(
      'superseded',
      'info',
      `This browser also holds another copy of this worksheet, saved ${new Date(local.savedAt).toLocaleString()}. The work saved in the course is shown; the browser copy is kept.`,
      downloadButton('Download the browser copy (JSON)', local.document, 'worksheet-browser-copy.json'),
    );
  }

  const decoded = await decodeSuspendData(suspendData);
  if (!decoded) return { doc: packaged, fromBrowser: false };
  let reason: string;
  if (decoded.ok) {
    const checked = checker.validate(decoded.value);
    if (checked.ok) return { doc: checked.value, fromBrowser: false };
    reason = `${checked.errors[0]!.path || '/'} ${checked.errors[0]!.message}`;
  } else {
    reason = decoded.reason;
  }
  const aside = keepAside(storage, key, 'unreadable', suspendData);
  note(
    'unreadable',
    'error',
    `The work saved in the course could not be read (${reason}), so the worksheet starts from the beginning.`,
    aside ? ` The saved text is kept in this browser under ` : ' ',
    ...(aside ? [code(aside), '.'] : []),
  );
  return { doc: packaged, fromBrowser: false };
}

/** What the learner sees after each save. */
function showSaveNews(news: SaveNews): void {
  const keepHint = 'Export a JSON file (the worksheet’s Export menu) to keep a copy.';
  switch (news.kind) {
    case 'saved':
      setSaveState('saved', 'Saved to the course.');
      return;
    case 'fits-again':
      clearNote('too-large');
      note('fits', 'info', 'Your work fits in the course again and is saved there.');
      return;
    case 'too-large':
      setSaveState('local', `${news.kept ? 'Kept in this browser only' : 'Not saved'} (${formatCount(news.length)} of ${formatCount(news.limit)} characters).`);
      // Announced once when the work grows past the limit, not again on every edit while it stays there.
      if (document.querySelector(`[data-note="too-large"][data-kept="${news.kept}"]`)) return;
      clearNote('fits');
      note(
        'too-large',
        'error',
        `Your work is now larger than this course can store (${formatCount(news.length)} characters; the limit is ${formatCount(news.limit)}). ` +
          (news.kept
            ? 'It is kept in this browser only, so continue on this computer and browser, or shorten some text so that the course can store it again. '
            : `This browser could not keep it either (${news.storageError}). `) +
          keepHint,
      );
      document.querySelector('[data-note="too-large"]')?.setAttribute('data-kept', String(news.kept));
      return;
    case 'kept-locally':
      setSaveState(news.kept ? 'local' : 'error', news.kept ? 'Kept in this browser.' : 'Not saved.');
      return;
    case 'lms-error':
      setSaveState('error', 'Not saved to the course.');
      note(
        'lms-error',
        'error',
        `The course did not accept the ${news.action === 'save' ? 'save' : 'commit'} (${describeError(news.error)}). ` +
          (news.kept ? 'Your work is kept in this browser. ' : '') +
          keepHint,
      );
  }
}

function wireCompletion(session: LmsSession, saver: Saver): void {
  const done = (): void => {
    completeButton.textContent = 'Marked as complete';
    completeButton.setAttribute('aria-disabled', 'true');
  };
  completeButton.hidden = false;
  if (session.isComplete()) done();
  completeButton.addEventListener('click', async () => {
    if (completeButton.getAttribute('aria-disabled') === 'true') {
      completion.textContent = 'This worksheet is already marked as complete.';
      return;
    }
    await saver.settled();
    saver.save();
    if (session.markComplete() && session.commit()) {
      done();
      clearNote('complete-error');
      completion.textContent = 'Marked as complete. The course has recorded it; you can keep working and your changes are still saved.';
    } else {
      completion.textContent = '';
      note('complete-error', 'error', `The course did not record completion (${describeError(session.lastError())}). Try again; if it keeps failing, tell the course administrator.`);
    }
  });
}

/** Saves on hide, and on close also ends the LMS session so that it keeps the data (exit = suspend). */
function wireExit(session: LmsSession, saver: Saver): void {
  const close = (): void => {
    if (!session.open) return;
    saver.flush();
    session.suspend(Date.now() - startedAt);
    session.commit();
    session.terminate();
  };
  window.addEventListener('pagehide', close);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && session.open) {
      saver.flush();
      session.commit();
    }
  });
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && !session.open) {
      note('closed', 'error', 'This page was restored from the browser’s history after the course session ended. Reopen the activity from the course to keep saving to it.');
    }
  });
}

async function start(): Promise<void> {
  const docPath = pageSetting('pw-document', 'doc');
  const prefer = pageSetting('pw-scorm', 'scorm');
  const session = LmsSession.find(window as unknown as WindowLike, prefer === '1.2' || prefer === '2004' ? (prefer as ScormVersion) : undefined);
  const storage = browserStorage();
  try {
    if (!docPath) throw new PageError('No worksheet to show: this page needs the document’s address (?doc=<path of a JSON file>).');
    let docUrl: URL;
    try {
      docUrl = new URL(docPath, location.href);
    } catch {
      throw new PageError('The document address is not a valid URL:', docPath);
    }
    const packaged = await loadDocument(docUrl);
    // Through the loader, which the package ships: the shared core (preloaded by the page while the document came)
    // and the worksheets this document holds, not all six.
    const { tag, worksheet } = await worksheetFor(import.meta.url, packaged, 'loader');
    const checked = worksheet.validate(packaged);
    if (!checked.ok) throw new PageError(`The worksheet file is not a valid worksheet (${checked.errors[0]!.path || '/'} ${checked.errors[0]!.message}):`, docUrl.href);

    const lms = session?.initialize() ? session : undefined;
    if (session && !lms) {
      note('no-session', 'error', `The course (LMS) did not start a session (${describeError(session.lastError())}). Your work is saved in this browser only, and completion cannot be reported.`);
    }
    const key = localKey(lms?.get('learnerId') ?? '', docUrl.href);
    const el = document.createElement(tag) as WorksheetElement;
    el.setAttribute('learner', ''); // the learner's view: no author actions
    let begin: Start = { doc: checked.value, fromBrowser: false };
    if (lms) {
      begin = await chooseStart(lms, worksheet, checked.value, storage, key);
      lms.markStarted();
      lms.set('exit', 'suspend');
      lms.commit();
      connection.textContent = `Connected to the course (SCORM ${lms.version}). Your work is saved to the course as you go.`;
    } else {
      // No LMS: the element's own autosave keeps the work in this browser (saved work wins over the file).
      el.setAttribute('storage-key', key);
      connection.textContent = session ? 'Not connected to the course.' : 'No course connection (LMS) was found. Your work is saved in this browser only, and completion cannot be reported.';
      setSaveState('browser', '');
    }
    el.value = begin.doc;
    main.replaceChildren(el);
    main.removeAttribute('aria-busy');
    const title = checked.value.title;
    if (typeof title === 'string' && title) document.title = title;

    if (lms) {
      const saver = new Saver(lms, lms.get('suspendData'), storage, key, showSaveNews, SAVE_DELAY_MS);
      el.addEventListener('change', () => {
        setSaveState('saving', 'Saving…');
        saver.update(el.value);
      });
      // Work restored from this browser: send it to the course if it fits now, else say again that it is too large.
      if (begin.fromBrowser) saver.update(el.value);
      wireCompletion(lms, saver);
      wireExit(lms, saver);
    }
  } catch (e) {
    main.removeAttribute('aria-busy');
    document.getElementById('loading')?.remove();
    if (e instanceof PageError) note('load', 'error', e.message, ...(e.detail ? [' ', code(e.detail)] : []));
    else note('load', 'error', `The worksheet could not be shown: ${e instanceof Error ? e.message : String(e)}`);
    if (session?.open) session.terminate();
    connection.textContent = session ? 'The worksheet could not start, so nothing is saved to the course.' : 'No course connection (LMS) was found.';
  }
}

void start();
