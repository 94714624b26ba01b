/**
 * Saving to the LMS (src/scorm/saver.ts): debounced writes, a synchronous flush for `pagehide`, and work too large
 * for the LMS kept in the browser, never cut. The LMS here is a plain object; the real run-time is in
 * test/dist/scorm.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sampleRiskRegister } from '../../src/models/index.js';
import { LmsSession } from '../../src/scorm/api.js';
import { Saver, type SaveNews } from '../../src/scorm/saver.js';
import { decodeSuspendData, fingerprint, readLocalCopy } from '../../src/scorm/state.js';

function setup(options: { refuse?: boolean; lmsData?: string } = {}) {
  const data: Record<string, string> = { 'cmi.suspend_data': options.lmsData ?? '' };
  const writes: string[] = [];
  let commits = 0;
  const api = {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: (k: string) => data[k] ?? '',
    LMSSetValue: (k: string, v: string) => {
      if (options.refuse) return 'false';
      if (k === 'cmi.suspend_data') writes.push(v);
      data[k] = v;
      return 'true';
    },
    LMSCommit: () => (commits++, 'true'),
    LMSGetLastError: () => (options.refuse ? '405' : '0'),
    LMSGetErrorString: () => 'Incorrect Data Type',
  };
  const session = new LmsSession('1.2', api);
  session.initialize();
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
  const news: SaveNews[] = [];
  const saver = new Saver(session, data['cmi.suspend_data']!, storage, 'key', (n) => news.push(n), 20);
  return { saver, data, writes, commits: () => commits, store, news };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Random letters do not compress, so a title of them makes a document as large as needed. */
const noise = (n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('');

describe('Saver', () => {
  it('writes the last of several quick edits once, after the delay, and commits', async () => {
    const { saver, writes, commits, news } = setup();
    for (const title of ['a', 'b', 'c']) saver.update({ ...sampleRiskRegister(), title });
    expect(writes).toEqual([]);
    await saver.settled();
    await wait(50);
    expect(writes).toHaveLength(1);
    expect(await decodeSuspendData(writes[0]!)).toMatchObject({ ok: true, value: { title: 'c' } });
    expect(commits()).toBe(1);
    expect(news).toEqual([{ kind: 'saved' }]);
    expect(saver.pending).toBe(false);
  });

  it('flush() writes a compressed edit at once; an edit still compressing goes to the browser instead', async () => {
    const { saver, writes, store, news } = setup({ lmsData: 'pw1:before' });
    saver.update({ ...sampleRiskRegister(), title: 'compressed' });
    await saver.settled();
    saver.flush();
    expect(writes).toHaveLength(1);

    saver.update({ ...sampleRiskRegister(), title: 'still compressing' });
    saver.flush(); // synchronously, as in pagehide
    expect(writes).toHaveLength(1);
    const copy = readLocalCopy(store.get('key') ?? null)!;
    expect(copy.document).toMatchObject({ title: 'still compressing' });
    expect(copy.base).toBe(fingerprint(writes[0]!));
    expect(news.at(-1)).toEqual({ kind: 'kept-locally', kept: true });
  });

  it('never writes more than the limit: the LMS keeps the last work that fitted, the browser the rest', async () => {
    const { saver, writes, store, news } = setup();
    saver.update({ ...sampleRiskRegister(), title: 'fits' });
    await saver.settled();
    await wait(50);
    const fitting = writes[0]!;
    saver.update({ ...sampleRiskRegister(), title: noise(5000) });
    await saver.settled();
    await wait(50);
    expect(writes).toEqual([fitting]);
    const tooLarge = news.at(-1) as Extract<SaveNews, { kind: 'too-large' }>;
    expect(tooLarge).toMatchObject({ kind: 'too-large', limit: 4096, kept: true });
    expect(tooLarge.length).toBeGreaterThan(4096);
    expect(readLocalCopy(store.get('key') ?? null)!.base).toBe(fingerprint(fitting));

    saver.update({ ...sampleRiskRegister(), title: 'short again' });
    await saver.settled();
    await wait(50);
    expect(writes).toHaveLength(2);
    expect(store.has('key')).toBe(false);
    expect(news.slice(-2)).toEqual([{ kind: 'fits-again' }, { kind: 'saved' }]);
  });

  it('keeps the work in the browser when the LMS refuses it, and says which error', async () => {
    const { saver, store, news } = setup({ refuse: true });
    saver.update(sampleRiskRegister());
    await saver.settled();
    await wait(50);
    expect(news).toEqual([{ kind: 'lms-error', action: 'save', error: { code: '405', message: 'Incorrect Data Type' }, kept: true }]);
    expect(store.has('key')).toBe(true);
  });
});
