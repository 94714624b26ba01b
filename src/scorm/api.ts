/**
 * Finding the LMS's SCORM API and talking to it in one vocabulary for both versions.
 *
 * The API is a plain object that the LMS puts on one of the windows above the content: `API` (SCORM 1.2) or
 * `API_1484_11` (SCORM 2004). The standard discovery walks up `parent` from the content's window, then does the
 * same from the `opener` (content launched in a pop-up). No DOM is touched here; windows are duck-typed so the
 * search can be tested with plain objects.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 run-time API, as the LMS provides it (every value is a string). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 run-time API (IEEE 1484.11.2). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

/** What the search needs from a window. Reading a property of a window from another origin throws. */
export interface WindowLike {
  readonly parent: WindowLike | null;
  readonly opener?: WindowLike | null;
  readonly top?: WindowLike | null;
  readonly [name: string]: unknown;
}

const API_NAME: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };

/** The standard algorithm gives up after this many parents (a guard against odd frame loops). */
export const MAX_PARENT_HOPS = 500;

const METHODS: Record<ScormVersion, string[]> = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString'],
};

function apiOn(win: WindowLike, version: ScormVersion): Scorm12Api | Scorm2004Api | undefined {
  try {
    const api = win[API_NAME[version]] as Record<string, unknown> | null | undefined;
    if (api && typeof api === 'object' && METHODS[version].every((m) => typeof api[m] === 'function')) {
      return api as unknown as Scorm12Api | Scorm2004Api;
    }
  } catch {
    // A window of another origin: its API cannot be used from here.
  }
  return undefined;
}

const parentOf = (win: WindowLike): WindowLike | null => {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
};

/** Looks on `win` and each of its parents. */
function scan(win: WindowLike | null | undefined, version: ScormVersion): Scorm12Api | Scorm2004Api | undefined {
  for (let hops = 0, w = win ?? null; w && hops <= MAX_PARENT_HOPS; hops++, w = parentOf(w)) {
    const api = apiOn(w, version);
    if (api) return api;
  }
  return undefined;
}

const openerOf = (win: WindowLike | null | undefined): WindowLike | null => {
  try {
    return win?.opener ?? null;
  } catch {
    return null;
  }
};

const topOf = (win: WindowLike): WindowLike | null => {
  try {
    return win.top ?? null;
  } catch {
    return null;
  }
};

/** The API of one version: this window and its parents, then the opener of this window or of its top window. */
export function findApi(win: WindowLike, version: '1.2'): Scorm12Api | undefined;
export function findApi(win: WindowLike, version: '2004'): Scorm2004Api | undefined;
export function findApi(win: WindowLike, version: ScormVersion): Scorm12Api | Scorm2004Api | undefined;
export function findApi(win: WindowLike, version: ScormVersion): Scorm12Api | Scorm2004Api | undefined {
  const top = topOf(win);
  return scan(win, version) ?? scan(openerOf(win), version) ?? (top && top !== win ? scan(openerOf(top), version) : undefined);
}

/** The data-model elements this page uses, named once for both versions. */
export type Field = 'suspendData' | 'completion' | 'exit' | 'learnerId' | 'entry' | 'sessionTime';

const FIELDS: Record<ScormVersion, Record<Field, string>> = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    completion: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    learnerId: 'cmi.core.student_id',
    entry: 'cmi.core.entry',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    suspendData: 'cmi.suspend_data',
    completion: 'cmi.completion_status',
    exit: 'cmi.exit',
    learnerId: 'cmi.learner_id',
    entry: 'cmi.entry',
    sessionTime: 'cmi.session_time',
  },
};

/** The most characters `cmi.suspend_data` holds: SCORM 1.2 CMIString4096, SCORM 2004 characterstring SPM 64000. */
export const SUSPEND_DATA_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** Completion values that mean the learner has finished (1.2 `lesson_status` also has passed). */
const DONE = new Set(['completed', 'passed']);
/** Values an LMS reports before the content has said anything. */
const NOT_STARTED = new Set(['', 'not attempted', 'unknown']);

export interface LmsError {
  code: string;
  message: string;
}

/** One LMS session, the same calls for SCORM 1.2 and 2004. Never throws: an LMS that throws counts as a failed call. */
export class LmsSession {
  readonly limit: number;
  private state: 'new' | 'open' | 'closed' = 'new';

  constructor(
    readonly version: ScormVersion,
    private readonly api: Scorm12Api | Scorm2004Api,
  ) {
    this.limit = SUSPEND_DATA_LIMIT[version];
  }

  /** Finds the API of the preferred version, else of the other one. */
  static find(win: WindowLike, prefer: ScormVersion | undefined): LmsSession | undefined {
    const order: ScormVersion[] = prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
    for (const version of order) {
      const api = findApi(win, version);
      if (api) return new LmsSession(version, api);
    }
    return undefined;
  }

  get open(): boolean {
    return this.state === 'open';
  }

  private call(name12: keyof Scorm12Api, name2004: keyof Scorm2004Api, ...args: string[]): string {
    try {
      const api = this.api as unknown as Record<string, (...a: string[]) => unknown>;
      const result = api[this.version === '1.2' ? name12 : name2004]!(...args);
      return result === undefined || result === null ? '' : String(result);
    } catch {
      return 'false';
    }
  }

  initialize(): boolean {
    if (this.state !== 'new') return this.state === 'open';
    const ok = this.call('LMSInitialize', 'Initialize', '') === 'true';
    if (ok) this.state = 'open';
    return ok;
  }

  get(field: Field): string {
    return this.open ? this.call('LMSGetValue', 'GetValue', FIELDS[this.version][field]) : '';
  }

  set(field: Field, value: string): boolean {
    return this.open && this.call('LMSSetValue', 'SetValue', FIELDS[this.version][field], value) === 'true';
  }

  commit(): boolean {
    return this.open && this.call('LMSCommit', 'Commit', '') === 'true';
  }

  /** Ends the session (LMSFinish / Terminate). Later calls do nothing. */
  terminate(): boolean {
    if (!this.open) return false;
    this.state = 'closed';
    return this.call('LMSFinish', 'Terminate', '') === 'true';
  }

  lastError(): LmsError {
    const code = this.call('LMSGetLastError', 'GetLastError');
    return { code, message: code && code !== '0' ? this.call('LMSGetErrorString', 'GetErrorString', code) : '' };
  }

  /** True when the LMS already records this activity as finished. */
  isComplete(): boolean {
    return DONE.has(this.get('completion'));
  }

  /** On a first launch, says "incomplete" so the LMS shows the activity as started. */
  markStarted(): boolean {
    return NOT_STARTED.has(this.get('completion')) ? this.set('completion', 'incomplete') : true;
  }

  markComplete(): boolean {
    return this.set('completion', 'completed');
  }

  /** Asks the LMS to keep the data for the next launch (`suspend`), and records the session's length. */
  suspend(sessionMs: number): boolean {
    const exit = this.set('exit', 'suspend');
    this.set('sessionTime', this.version === '1.2' ? sessionTime12(sessionMs) : sessionTime2004(sessionMs));
    return exit;
  }
}

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours 2 to 4 digits). */
export function sessionTime12(ms: number): string {
  const cs = Math.max(0, Math.min(Math.round(ms / 10), 9999 * 360000 + 359999));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. `PT1H2M3.5S`. */
export function sessionTime2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}
