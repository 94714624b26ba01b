import { svg, type SVGTemplateResult } from 'lit';

/** Arrows for reordering, drawn like the core icons; always paired with a text label (aria-label or visible text). */
const icon = (paths: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg class="ico" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const arrows = {
  up: icon(svg`<path d="M12 19V5"/><path d="m5 12 7-7 7 7"/>`),
  down: icon(svg`<path d="M12 5v14"/><path d="m19 12-7 7-7-7"/>`),
  left: icon(svg`<path d="M19 12H5"/><path d="m12 19-7-7 7-7"/>`),
  right: icon(svg`<path d="M5 12h14"/><path d="m12 5 7 7-7 7"/>`),
};
