/** Edits every document kind shares. An edit that changes nothing returns the same document. */
export const setDocumentTitle = <D extends { title: string }>(doc: D, title: string): D =>
  doc.title === title ? doc : { ...doc, title };
