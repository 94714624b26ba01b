import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidationResult } from '../models/shared/result.js';
import type { StorageState } from './events.js';
import type { Translate } from './i18n.js';

/** What autosave writes under the key: the document plus a revision, so a stale tab can tell it is stale. */
/** A saved version: its revision and the tab that wrote it (two tabs can race to the same revision). */
interface Version {
  rev: number;
  writer: string;
}
const NONE: Version = { rev: 0, writer: '' };
const sameVersion = (a: Version, b: Version): boolean => a.rev === b.rev && a.writer === b.writer;

interface Envelope {
  format: 'partnership-worksheets/autosave';
  rev: number;
  writer: string;
  savedAt: string;
  document: unknown;
}

const FORMAT = 'partnership-worksheets/autosave';
/** Edits are written at most this long after they are made. */
export const SAVE_DELAY_MS = 300;
/** After a failed write (full quota), saving is tried again this often. */
export const RETRY_MS = 3000;

const writerId = (): string => Math.random().toString(36).slice(2, 10);

export interface AutosaveHost<D> extends ReactiveControllerHost, HTMLElement {
  /** The document to save. */
  readonly autosaveDocument: D;
  /** Checks a stored document; only valid documents are restored. */
  checkStored(input: unknown): ValidationResult<D>;
  /** Puts a stored document in place (not a user edit: no `change`, no history step). */
  restoreStored(doc: D, reason: 'restore' | 'sync'): void;
  /** Tells the person what happened; `state` drives the status in the toolbar. */
  reportStorage(state: StorageState, message: string): void;
  /** Messages in the worksheet's locale. */
  readonly t: Translate;
}

/**
 * Autosave to localStorage: debounced writes, a flush when the page is hidden or closed, corrupt values kept aside,
 * a full quota reported and retried, and a revision check so that an older tab never overwrites newer work.
 */
export class AutosaveController<D> implements ReactiveController {
  key: string | null = null;
  /** True while an edit is waiting to be written (or could not be written). */
  pending = false;
  /** True when another tab saved newer work; this tab then stops writing until the person chooses. */
  conflict = false;
  /** The saved version this tab's document is based on: the one it restored, synced or last wrote. */
  private seen: Version = NONE;
  private readonly writer = writerId();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: AutosaveHost<D>) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    window.addEventListener('pageshow', this.onPageShow);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    window.removeEventListener('pageshow', this.onPageShow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('storage', this.onStorage);
  }

  /** Switches to a key and restores what is saved there. Returns true when saved work was put in place. */
  attach(key: string | null): boolean {
    this.flush();
    this.key = key || null;
    this.seen = NONE;
    this.pending = false;
    this.conflict = false;
    if (!this.key) return false;
    const raw = this.read(this.key);
    if (raw === undefined || raw === null) return false;
    const stored = this.parse(raw);
    if (stored.ok) {
      this.seen = stored.version;
      this.host.restoreStored(stored.doc, 'restore');
      this.host.reportStorage('restored', this.host.t('core.storage.restored'));
      return true;
    }
    const aside = this.keepAside(this.key, raw);
    const params = { key: this.key ?? '', reason: stored.reason, aside: aside || '' };
    const message = this.host.t(aside ? 'core.storage.corruptKept' : 'core.storage.corruptPaused', params);
    // Never write over an unreadable value that could not be copied aside.
    if (!aside) this.key = null;
    this.host.reportStorage('corrupt', message);
    return false;
  }

  /** Call after every change of the document. */
  schedule(): void {
    if (!this.key) return;
    this.pending = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, SAVE_DELAY_MS);
  }

  /** Writes now if an edit is waiting. */
  readonly flush = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending && this.key && !this.conflict) this.write(false);
  };

  /** The person chose to keep this tab's version over the newer one: write it anyway. */
  overwrite(): void {
    this.conflict = false;
    this.pending = true;
    this.write(true);
  }

  /** The person chose the other tab's newer version. */
  loadNewer(): void {
    if (!this.key) return;
    this.conflict = false;
    this.pending = false;
    const raw = this.read(this.key);
    const stored = raw ? this.parse(raw) : undefined;
    if (stored?.ok) {
      this.seen = stored.version;
      this.host.restoreStored(stored.doc, 'sync');
      this.host.reportStorage('synced', this.host.t('core.storage.loadedNewer'));
    }
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
    // A tab that was in the background (or frozen) may have missed another tab's save.
    else this.recheck();
  };

  /** Back from the back/forward cache: storage events fired while the page was away never reached it. */
  private readonly onPageShow = (e: PageTransitionEvent): void => {
    if (e.persisted) this.recheck();
  };

  private readonly onStorage = (e: StorageEvent): void => {
    if (!this.key || e.key !== this.key || e.storageArea !== localStorage || e.newValue === null) return;
    this.consider(e.newValue);
  };

  private recheck(): void {
    if (!this.key || this.conflict) return;
    const raw = this.read(this.key);
    if (raw) this.consider(raw);
  }

  /** Another tab saved `raw` under our key: take it, or, when that would lose work here, ask. */
  private consider(raw: string): void {
    const version = this.versionOf(raw);
    if (!version || version.rev < this.seen.rev || sameVersion(version, this.seen)) return;
    const stored = this.parse(raw);
    if (!stored.ok) return;
    // Same revision, another writer, and we wrote ours: two tabs saved at once and ours was replaced.
    const ourSaveLost = stored.version.rev === this.seen.rev && this.seen.writer === this.writer;
    if (this.pending || ourSaveLost) {
      this.pending = true;
      this.markConflict();
      return;
    }
    this.seen = stored.version;
    this.host.restoreStored(stored.doc, 'sync');
    this.host.reportStorage('synced', this.host.t('core.storage.synced'));
  }

  private markConflict(): void {
    if (this.conflict) return;
    this.conflict = true;
    this.host.reportStorage('conflict', this.host.t('core.storage.conflict'));
  }

  private write(force: boolean): void {
    const key = this.key!;
    const raw = this.read(key);
    if (raw === undefined) return;
    // Only the version is read here, so that saving a large document does not check it twice per save.
    const stored = (raw && this.versionOf(raw)) || NONE;
    // Saved since we last looked (a newer revision, or the same one by another tab): never write over it unasked.
    const newer = stored.rev > this.seen.rev || (stored.rev === this.seen.rev && !sameVersion(stored, this.seen));
    if (!force && newer) {
      this.markConflict();
      return;
    }
    const envelope: Envelope = {
      format: FORMAT,
      rev: Math.max(stored.rev, this.seen.rev) + 1,
      writer: this.writer,
      savedAt: new Date().toISOString(),
      document: this.host.autosaveDocument,
    };
    try {
      localStorage.setItem(key, JSON.stringify(envelope));
    } catch (e) {
      const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
      this.host.reportStorage(
        full ? 'quota' : 'unavailable',
        full ? this.host.t('core.storage.full') : this.host.t('core.storage.failed', { reason: e instanceof Error ? e.message : String(e) }),
      );
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(this.flush, RETRY_MS);
      return;
    }
    clearTimeout(this.retryTimer);
    this.seen = { rev: envelope.rev, writer: this.writer };
    this.pending = false;
    this.host.reportStorage('saved', this.host.t('core.storage.saved'));
  }

  /** `undefined` when storage cannot be used at all (reported), `null` when nothing is stored. */
  private read(key: string): string | null | undefined {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      this.host.reportStorage('unavailable', this.host.t('core.storage.unavailable', { reason: e instanceof Error ? e.message : String(e) }));
      return undefined;
    }
  }

  private parse(raw: string): { ok: true; doc: D; version: Version } | { ok: false; reason: string } {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, reason: this.host.t('core.storage.notJson') };
    }
    const envelope = data as Partial<Envelope> | null;
    const isEnvelope = typeof envelope === 'object' && envelope !== null && envelope.format === FORMAT;
    const result = this.host.checkStored(isEnvelope ? envelope.document : data);
    if (!result.ok) return { ok: false, reason: `${result.errors[0]!.path || 'document'}: ${result.errors[0]!.message}` };
    const rev = isEnvelope && Number.isSafeInteger(envelope.rev) ? envelope.rev! : 0;
    const writer = isEnvelope && typeof envelope.writer === 'string' ? envelope.writer : '';
    return { ok: true, doc: result.value, version: { rev, writer } };
  }

  /** The version of a saved value without checking its document (cheap enough for every tab switch). */
  private versionOf(raw: string): Version | undefined {
    try {
      const data = JSON.parse(raw) as Partial<Envelope> | null;
      if (typeof data !== 'object' || data === null || data.format !== FORMAT) return NONE;
      return { rev: Number.isSafeInteger(data.rev) ? data.rev! : 0, writer: typeof data.writer === 'string' ? data.writer : '' };
    } catch {
      return undefined;
    }
  }

  /** Keeps an unreadable value under `<key>.corrupt` (or a numbered variant); returns the key used. */
  private keepAside(key: string, raw: string): string | undefined {
    try {
      let aside = `${key}.corrupt`;
      for (let n = 2; localStorage.getItem(aside) !== null && localStorage.getItem(aside) !== raw; n++) aside = `${key}.corrupt.${n}`;
      localStorage.setItem(aside, raw);
      return aside;
    } catch {
      return undefined;
    }
  }
}
