/**
 * The label that a narrow table's card shows above this cell (`data-col`), read from the custom property that the
 * table holds for it, as the cell's `::before` reads it.
 */
export function cardLabel(td: Element): string {
  const col = (td as HTMLElement).dataset.col;
  const raw = col ? td.closest('table')!.style.getPropertyValue(`--_pw-label-${col}`).trim() : '';
  return raw.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** Every card label in a shadow root. */
export const cardLabels = (root: ParentNode): string[] => [...root.querySelectorAll('td[data-col]')].map(cardLabel);
