/**
 * Finding the LMS's SCORM API (the standard parent/opener search) and the one session face over SCORM 1.2 and
 * 2004 (src/scorm/api.ts), with plain objects standing in for windows and for the API's calls.
 */
import { describe, expect, it } from 'vitest';
import { findApi, LmsSession, sessionTime12, sessionTime2004, type WindowLike } from '../../src/scorm/api.js';

const api12 = () => {
  const data: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.student_id': 'l-1' };
  const calls: string[][] = [];
  return {
    data,
    calls,
    LMSInitialize: () => 'true',
    LMSFinish: () => (calls.push(['finish']), 'true'),
    LMSGetValue: (k: string) => data[k] ?? '',
    LMSSetValue: (k: string, v: string) => (calls.push([k, v]), (data[k] = v), 'true'),
    LMSCommit: () => (calls.push(['commit']), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
};

const api2004 = () => ({
  Initialize: () => 'true',
  Terminate: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  GetLastError: () => '0',
  GetErrorString: () => '',
});

/** A window whose properties cannot be read, like one from another origin. */
const foreign = (): WindowLike =>
  new Proxy({} as WindowLike, {
    get() {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  });

function chain(...extra: Array<Record<string, unknown>>): WindowLike[] {
  // extra[0] is the content's window, the last one the top window.
  const wins = extra.map((props) => ({ ...props }) as Record<string, unknown>);
  wins.forEach((w, i) => {
    w.parent = wins[i + 1] ?? w;
    w.top = wins[wins.length - 1];
  });
  return wins as unknown as WindowLike[];
}

describe('findApi', () => {
  it('finds API on a parent, several frames up', () => {
    const api = api12();
    const [content] = chain({}, {}, { API: api });
    expect(findApi(content!, '1.2')).toBe(api);
    expect(findApi(content!, '2004')).toBeUndefined();
  });

  it('finds API_1484_11 on the window itself', () => {
    const api = api2004();
    const [content] = chain({ API_1484_11: api });
    expect(findApi(content!, '2004')).toBe(api);
  });

  it('looks in the opener (and the opener of the top window) when no parent has it', () => {
    const api = api12();
    const [opener] = chain({ API: api });
    const [content] = chain({ opener });
    expect(findApi(content!, '1.2')).toBe(api);
    const [inner] = chain({}, { opener });
    expect(findApi(inner!, '1.2')).toBe(api);
  });

  it('skips windows of another origin and objects that are not an API', () => {
    const [content] = chain({ API: { LMSInitialize: () => 'true' } }, {});
    (content as unknown as { parent: WindowLike }).parent = foreign();
    expect(findApi(content!, '1.2')).toBeUndefined();
  });

  it('stops on a parent loop', () => {
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = { parent: a };
    a.parent = b;
    expect(findApi(a as unknown as WindowLike, '2004')).toBeUndefined();
  });
});

describe('LmsSession', () => {
  it('prefers the version the package was built for, else takes the other', () => {
    const both = chain({ API: api12(), API_1484_11: api2004() })[0]!;
    expect(LmsSession.find(both, '1.2')?.version).toBe('1.2');
    expect(LmsSession.find(both, '2004')?.version).toBe('2004');
    expect(LmsSession.find(chain({ API: api12() })[0]!, '2004')?.version).toBe('1.2');
    expect(LmsSession.find(chain({})[0]!, undefined)).toBeUndefined();
  });

  it('marks a first launch incomplete, suspends on exit with the session time, and calls nothing after terminate', () => {
    const api = api12();
    const session = new LmsSession('1.2', api);
    expect(session.get('learnerId'), 'nothing is read before initialize').toBe('');
    expect(session.initialize()).toBe(true);
    expect(session.get('learnerId')).toBe('l-1');
    expect(session.markStarted()).toBe(true);
    expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
    expect(session.suspend(3_723_450)).toBe(true);
    expect(api.data['cmi.core.exit']).toBe('suspend');
    expect(api.data['cmi.core.session_time']).toBe('01:02:03.45');
    expect(session.markComplete()).toBe(true);
    expect(session.isComplete()).toBe(true);
    session.markStarted();
    expect(api.data['cmi.core.lesson_status'], 'a finished activity stays finished').toBe('completed');
    expect(session.terminate()).toBe(true);
    expect(session.terminate()).toBe(false);
    expect(session.set('suspendData', 'x')).toBe(false);
    expect(api.calls.filter((c) => c[0] === 'finish')).toHaveLength(1);
  });

  it('counts an LMS that throws as a failed call', () => {
    const api = { ...api12(), LMSSetValue: () => { throw new Error('boom'); } };
    const session = new LmsSession('1.2', api);
    session.initialize();
    expect(session.set('suspendData', 'x')).toBe(false);
    expect(session.limit).toBe(4096);
    expect(new LmsSession('2004', api2004()).limit).toBe(64000);
  });
});

describe('session time', () => {
  it('writes SCORM 1.2 CMITimespan and SCORM 2004 durations', () => {
    expect(sessionTime12(0)).toBe('00:00:00.00');
    expect(sessionTime12(59_994)).toBe('00:00:59.99');
    expect(sessionTime12(100 * 3_600_000 + 61_000)).toBe('100:01:01.00');
    expect(sessionTime2004(0)).toBe('PT0S');
    expect(sessionTime2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(sessionTime2004(120_000)).toBe('PT2M0S');
  });
});
