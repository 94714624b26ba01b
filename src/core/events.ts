import type { ValidationError } from '../models/shared/result.js';

/** Where a refused document came from. */
export type InvalidSource = 'value' | 'import' | 'script' | 'storage';

export interface PwInvalidDetail {
  errors: ValidationError[];
  source: InvalidSource;
}

/** Fired when a document is refused; the element's state is unchanged. */
export class PwInvalidEvent extends CustomEvent<PwInvalidDetail> {
  static readonly type = 'pw-invalid';
  constructor(detail: PwInvalidDetail) {
    super(PwInvalidEvent.type, { detail, bubbles: true, composed: true });
  }
}

export type StorageState = 'restored' | 'saved' | 'corrupt' | 'quota' | 'conflict' | 'unavailable' | 'synced';

export interface PwStorageDetail {
  key: string;
  state: StorageState;
  /** A sentence for people, already shown inside the element. */
  message: string;
}

/** Fired when autosave does something a host page may want to know about (saved, restored, a fault). */
export class PwStorageEvent extends CustomEvent<PwStorageDetail> {
  static readonly type = 'pw-storage';
  constructor(detail: PwStorageDetail) {
    super(PwStorageEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** `change`: a committed user edit. Read `event.target.value`. */
export const changeEvent = (): Event => new Event('change', { bubbles: true, composed: true });

declare global {
  interface GlobalEventHandlersEventMap {
    'pw-invalid': PwInvalidEvent;
    'pw-storage': PwStorageEvent;
  }
}
