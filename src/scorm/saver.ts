/**
 * Saves the learner's work to the LMS: compressed into `cmi.suspend_data` a moment after each edit (debounced),
 * and at once when the page is hidden or closed. Work that does not fit the LMS's limit is never cut: it is
 * kept in this browser and the learner is told. No DOM: the LMS session and the storage are handed in.
 */
import type { LmsError, LmsSession } from './api.js';
import { encodeSuspendData, makeLocalCopy } from './state.js';

/** Edits are sent to the LMS this long after the last one. */
export const SAVE_DELAY_MS = 1000;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SaveNews =
  /** The LMS took the work (written and committed). */
  | { kind: 'saved' }
  /** The work is larger than the LMS can take; `kept` says whether this browser holds it. */
  | { kind: 'too-large'; length: number; limit: number; kept: boolean; storageError?: string }
  /** The page closed before the last edit was compressed; the edit is in this browser. */
  | { kind: 'kept-locally'; kept: boolean; storageError?: string }
  /** The work fits again after being too large. */
  | { kind: 'fits-again' }
  /** The LMS refused a call. */
  | { kind: 'lms-error'; action: 'save' | 'commit'; error: LmsError; kept: boolean };

export class Saver {
  private rev = 0;
  private packedRev = 0;
  private writtenRev = 0;
  private packed = '';
  private latest: unknown;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writeWhenPacked = false;
  private tooLarge = false;
  private lastPacking: Promise<void> = Promise.resolve();

  /**
   * @param lmsData what `cmi.suspend_data` holds now (a copy kept in this browser is tied to it)
   * @param storage localStorage, or undefined when this browser offers none
   * @param key where this browser keeps the learner's copy
   */
  constructor(
    private readonly session: LmsSession,
    private lmsData: string,
    private readonly storage: StorageLike | undefined,
    private readonly key: string,
    private readonly report: (news: SaveNews) => void,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  /** True while an edit has not reached the LMS (or this browser). */
  get pending(): boolean {
    return this.writtenRev < this.rev;
  }

  /** The document changed (an edit, or work restored from this browser that the LMS does not have yet). */
  update(doc: unknown): void {
    const rev = ++this.rev;
    this.latest = doc;
    this.lastPacking = encodeSuspendData(doc).then(
      (packed) => {
        if (rev !== this.rev) return; // a newer edit is being packed
        this.packed = packed;
        this.packedRev = rev;
        if (this.writeWhenPacked) this.write();
      },
      () => undefined,
    );
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), this.delayMs);
  }

  /** Resolves when the latest edit is compressed (for tests and for "Mark as complete"). */
  settled(): Promise<void> {
    return this.lastPacking;
  }

  /** Sends the latest edit now if it is compressed, else as soon as it is. */
  save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending) return;
    if (this.packedRev === this.rev) this.write();
    else this.writeWhenPacked = true;
  }

  /**
   * For `pagehide`: synchronous, nothing may wait. A compressed edit goes to the LMS; one still being compressed
   * is kept in this browser (uncompressed) and wins at the next launch, as long as the LMS data is unchanged.
   */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending) return;
    if (this.packedRev === this.rev) {
      this.write();
      return;
    }
    const kept = this.keepLocally();
    this.writtenRev = this.rev;
    this.report({ kind: 'kept-locally', ...kept });
  }

  private write(): void {
    this.writeWhenPacked = false;
    const rev = this.packedRev;
    if (rev <= this.writtenRev) return;
    this.writtenRev = rev;
    if (this.packed.length > this.session.limit) {
      this.tooLarge = true;
      this.report({ kind: 'too-large', length: this.packed.length, limit: this.session.limit, ...this.keepLocally() });
      return;
    }
    if (!this.session.set('suspendData', this.packed)) {
      this.report({ kind: 'lms-error', action: 'save', error: this.session.lastError(), kept: this.keepLocally().kept });
      return;
    }
    this.lmsData = this.packed;
    this.forgetLocalCopy();
    if (this.tooLarge) {
      this.tooLarge = false;
      this.report({ kind: 'fits-again' });
    }
    if (!this.session.commit()) {
      this.report({ kind: 'lms-error', action: 'commit', error: this.session.lastError(), kept: false });
      return;
    }
    this.report({ kind: 'saved' });
  }

  private keepLocally(): { kept: boolean; storageError?: string } {
    if (!this.storage) return { kept: false, storageError: 'this browser offers no storage to this page' };
    try {
      this.storage.setItem(this.key, JSON.stringify(makeLocalCopy(this.lmsData, this.latest)));
      return { kept: true };
    } catch (e) {
      return { kept: false, storageError: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The LMS has the latest work, so the browser's copy is no longer needed. */
  private forgetLocalCopy(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // nothing to forget
    }
  }
}
