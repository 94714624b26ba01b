/** The learner's work in `cmi.suspend_data` and in this browser (src/scorm/state.ts). */
import { describe, expect, it } from 'vitest';
import { sampleDealComparator, sampleRiskRegister } from '../../src/models/index.js';
import { decodeSuspendData, encodeSuspendData, fingerprint, localKey, makeLocalCopy, readLocalCopy, SUSPEND_PREFIX } from '../../src/scorm/state.js';

describe('suspend data', () => {
  it('round-trips a document through compressed, prefixed text', async () => {
    const doc = { ...sampleRiskRegister(), title: 'Ünïcödé 日本語 🚀 </script>' };
    const text = await encodeSuspendData(doc);
    expect(text.startsWith(SUSPEND_PREFIX)).toBe(true);
    expect(text).toMatch(/^pw1:[A-Za-z0-9_-]+$/);
    expect(await decodeSuspendData(text)).toEqual({ ok: true, value: doc });
  });

  it('fits the sample worksheets in SCORM 1.2’s 4,096 characters, compressed well below their JSON', async () => {
    for (const doc of [sampleRiskRegister(), sampleDealComparator()]) {
      const text = await encodeSuspendData(doc);
      expect(text.length).toBeLessThan(4096);
      expect(text.length).toBeLessThan(JSON.stringify(doc).length / 2);
    }
  });

  it('says why it cannot read suspend data, and treats empty text as nothing saved', async () => {
    expect(await decodeSuspendData('')).toBeUndefined();
    expect(await decodeSuspendData('bookmark=3;seen=1,2')).toEqual({ ok: false, reason: 'it was not written by this worksheet page' });
    const text = await encodeSuspendData(sampleRiskRegister());
    const cut = await decodeSuspendData(text.slice(0, 200));
    expect(cut?.ok).toBe(false);
    expect(await decodeSuspendData('pw1:***')).toMatchObject({ ok: false });
  });
});

describe('the copy kept in this browser', () => {
  it('is tied to the suspend data it was made on top of', () => {
    const copy = makeLocalCopy('pw1:abc', { kind: 'risk-register' }, new Date('2027-01-02T03:04:05Z'));
    expect(copy.base).toBe(fingerprint('pw1:abc'));
    expect(copy.base).not.toBe(fingerprint('pw1:abd'));
    expect(fingerprint('')).toMatch(/^[0-9a-z]+$/);
    expect(readLocalCopy(JSON.stringify(copy))).toEqual(copy);
  });

  it('ignores text that is not such a copy', () => {
    for (const text of [null, '', '{', '{"format":"other"}', JSON.stringify({ format: 'partnership-worksheets/scorm-local', base: 1 })]) {
      expect(readLocalCopy(text)).toBeUndefined();
    }
  });

  it('is kept per learner and per activity', () => {
    expect(localKey('l-1', 'https://lms/x/documents/a.json')).toBe('pw-scorm:l-1:https://lms/x/documents/a.json');
    expect(localKey('', 'u')).toBe('pw-scorm:anonymous:u');
  });
});
