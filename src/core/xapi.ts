import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * xAPI-shaped statements, fired as `pw-xapi` DOM events. The actor is left to the host page, which knows who
 * the learner is, and which sends the statements on to a learning record store.
 *
 * - `progressed`: the learner's work changed (sent 2 s after the last edit, and at once when the page hides);
 * - `answered`: the learner exported a file to hand in;
 * - `completed`: the learner marked the work complete (`completable` attribute).
 *
 * Each carries the document as JSON in `result.response`.
 */
export const XAPI_VERBS = {
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

export type XapiVerb = keyof typeof XAPI_VERBS;

/** The activity type of every worksheet. */
export const XAPI_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/assessment';
/** Extension keys in `object.definition.extensions` and `result.extensions`. */
export const XAPI_EXTENSION = {
  kind: 'https://partnership-worksheets.dev/xapi/kind',
  format: 'https://partnership-worksheets.dev/xapi/format',
} as const;

export interface XapiStatement {
  /** Left out: the host page adds the actor. */
  actor?: unknown;
  verb: { id: string; display: { 'en-US': XapiVerb } };
  object: {
    objectType: 'Activity';
    id: string;
    definition: {
      name: { 'en-US': string };
      type: string;
      extensions: Record<string, string>;
    };
  };
  result: {
    response: string;
    completion?: boolean;
    extensions?: Record<string, string>;
  };
  timestamp: string;
}

/** What a statement is about. */
export interface XapiSubject {
  kind: string;
  title: string;
  /** The activity IRI. */
  activityId: string;
  /** The document, serialised into `result.response`. */
  document: unknown;
}

/** A statement for one verb (pure; the clock is a parameter for tests). */
export function xapiStatement(verb: XapiVerb, subject: XapiSubject, extra: Partial<XapiStatement['result']> = {}, now = new Date()): XapiStatement {
  return {
    verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: subject.activityId,
      definition: {
        name: { 'en-US': subject.title },
        type: XAPI_ACTIVITY_TYPE,
        extensions: { [XAPI_EXTENSION.kind]: subject.kind },
      },
    },
    result: { response: JSON.stringify(subject.document), ...extra },
    timestamp: now.toISOString(),
  };
}

/**
 * The activity IRI when the author gives none: stable for one page and one worksheet (its autosave key, or
 * its kind), so that statements from one learner's sessions line up.
 */
export function defaultActivityId(kind: string, key: string | null, pageUrl: string): string {
  const page = pageUrl.split('#')[0]!.split('?')[0]!;
  const base = /^https?:/.test(page) ? page : 'urn:partnership-worksheets:page';
  return `${base}#pw-${encodeURIComponent(key ?? kind)}`;
}

/** `pw-xapi`: an xAPI statement (without actor) about this worksheet. */
export class PwXapiEvent extends CustomEvent<XapiStatement> {
  static readonly type = 'pw-xapi';
  constructor(statement: XapiStatement) {
    super(PwXapiEvent.type, { detail: statement, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pw-xapi': PwXapiEvent;
  }
}

export interface XapiHost extends ReactiveControllerHost, HTMLElement {
  readonly xapiSubject: XapiSubject;
}

/** Sends `progressed` after edits (debounced, flushed when the page hides) and the other verbs on demand. */
export class XapiController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  static readonly DEBOUNCE_MS = 2000;

  constructor(private readonly host: XapiHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** An edit happened: `progressed` follows when the learner pauses. */
  edited(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, XapiController.DEBOUNCE_MS);
  }

  send(verb: XapiVerb, extra: Partial<XapiStatement['result']> = {}): void {
    this.host.dispatchEvent(new PwXapiEvent(xapiStatement(verb, this.host.xapiSubject, extra)));
  }

  private readonly flush = (): void => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.send('progressed');
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
