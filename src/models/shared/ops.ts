/** Edits every document kind shares. An edit that changes nothing returns the same document. */
export const setDocumentTitle = <D extends { title: string }>(doc: D, title: string): D =>
  doc.title === title ? doc : { ...doc, title };

/** `next`, unless it says exactly what `doc` says: then `doc` itself, so that an edit that changes nothing is no edit. */
export const unlessUnchanged = <D>(doc: D, next: D): D => (next === doc || JSON.stringify(next) === JSON.stringify(doc) ? doc : next);

/** An item with a patch applied; a key patched to `undefined` is removed (optional fields only). */
export function applyPatch<T extends Record<string, unknown>>(item: T, patch: Partial<T>): T {
  const next = { ...item, ...patch };
  for (const key of Object.keys(patch)) if (patch[key] === undefined) delete next[key];
  return next;
}

/** Whether a patch would change an item, so that an edit that changes nothing stays the same document. */
export const patchChanges = <T extends Record<string, unknown>>(item: T, patch: Partial<T>): boolean =>
  Object.keys(patch).some((key) => item[key] !== patch[key] || (patch[key] === undefined && key in item));
