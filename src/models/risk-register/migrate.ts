import { nextId } from '../shared/ids.js';
import { isPlainObject, type JsonObject } from '../shared/json.js';

/**
 * Version 0 was the draft format, written by hand by course authors: risks could omit `id`.
 * Migrating gives every risk without one a fresh id; nothing else changes.
 */
export const riskRegisterMigrations: Record<number, (doc: JsonObject) => JsonObject> = {
  0: (doc) => {
    if (!Array.isArray(doc.risks)) return doc;
    const taken = doc.risks.flatMap((r) => (isPlainObject(r) && typeof r.id === 'string' ? [r.id] : []));
    const risks = doc.risks.map((r) => {
      if (!isPlainObject(r) || r.id !== undefined) return r;
      const id = nextId('risk', taken);
      taken.push(id);
      return { id, ...r };
    });
    return { ...doc, risks };
  },
};
