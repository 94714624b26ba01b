import { svg, type SVGTemplateResult } from 'lit';

const icon = (paths: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg class="ico" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

/** Icons this worksheet adds to the shared set; always paired with a text label or an aria-label. */
export const okrIcons = {
  up: icon(svg`<path d="M12 19V5"/><path d="m5 12 7-7 7 7"/>`),
  down: icon(svg`<path d="M12 5v14"/><path d="m19 12-7 7-7-7"/>`),
  grip: icon(svg`<circle cx="9" cy="6" r="1"/><circle cx="15" cy="6" r="1"/><circle cx="9" cy="12" r="1"/><circle cx="15" cy="12" r="1"/><circle cx="9" cy="18" r="1"/><circle cx="15" cy="18" r="1"/>`),
  checkIn: icon(svg`<path d="M3 17l6-6 4 4 8-8"/><path d="M15 7h6v6"/>`),
};
