/**
 * The learner's work as the LMS keeps it (`cmi.suspend_data`) and as this browser keeps it when the LMS cannot.
 * Pure functions: no DOM, no LMS; CompressionStream exists in browsers and in Node 18+.
 */
import { packDocument, unpackDocument } from '../core/embed-code.js';
import { fingerprint } from '../models/shared/text.js';

/** Marks suspend data written by this page, and its format (deflate-raw + base64url of the document's JSON). */
export const SUSPEND_PREFIX = 'pw1:';

export const encodeSuspendData = async (doc: unknown): Promise<string> => SUSPEND_PREFIX + (await packDocument(doc));

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads suspend data back into a document (not yet validated). Empty text is `undefined`: nothing was saved. */
export async function decodeSuspendData(text: string): Promise<Decoded | undefined> {
  if (!text) return undefined;
  if (!text.startsWith(SUSPEND_PREFIX)) return { ok: false, reason: 'it was not written by this worksheet page' };
  let json: string;
  try {
    json = await unpackDocument(text.slice(SUSPEND_PREFIX.length));
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, reason: 'it is not complete JSON (it may have been cut short)' };
  }
}

/**
 * A short fingerprint of a text (53-bit, in base 36). It ties a copy kept in this browser to the suspend data
 * it was made on top of; not a security measure.
 */
export { fingerprint };

const LOCAL_FORMAT = 'partnership-worksheets/scorm-local';

/**
 * Work kept in this browser because the LMS could not take it (too large, or the page closed while it was being
 * compressed). `base` is the fingerprint of the suspend data in the LMS when it was written: if the LMS still
 * holds that suspend data at the next launch, this copy is newer and wins; if not, the LMS has newer work.
 */
export interface LocalCopy {
  format: typeof LOCAL_FORMAT;
  base: string;
  savedAt: string;
  document: unknown;
}

export const makeLocalCopy = (suspendData: string, document: unknown, now = new Date()): LocalCopy => ({
  format: LOCAL_FORMAT,
  base: fingerprint(suspendData),
  savedAt: now.toISOString(),
  document,
});

/** Parses a stored copy; `undefined` when the text is not one. */
export function readLocalCopy(text: string | null): LocalCopy | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<LocalCopy> | null;
    if (data && data.format === LOCAL_FORMAT && typeof data.base === 'string' && typeof data.savedAt === 'string' && 'document' in data) {
      return data as LocalCopy;
    }
  } catch {
    // not ours
  }
  return undefined;
}

/** Where this browser keeps a learner's copy of one activity: per learner (shared computers) and per page. */
export function localKey(learnerId: string, documentUrl: string): string {
  return `pw-scorm:${learnerId || 'anonymous'}:${documentUrl}`;
}

/** Numbers for people: 4096 → "4,096". */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
