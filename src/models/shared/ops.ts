/** Edits every document kind shares. */
export const setDocumentTitle = <D extends { title: string }>(doc: D, title: string): D => ({ ...doc, title });
