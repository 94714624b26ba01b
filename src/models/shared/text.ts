/** Shortens text to about `px` pixels wide at the label font, with an ellipsis. */
export function fitText(text: string, px: number, charWidth = 6.6): string {
  const max = Math.max(3, Math.floor(px / charWidth));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
