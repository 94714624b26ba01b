import { svg, type SVGTemplateResult } from 'lit';
import type { Translate } from '../../core/i18n.js';
import { fitText } from '../../models/shared/text.js';
import type { escalationLadder } from '../../models/governance-charter/selectors.js';
import { bands, linearScale } from '../../models/shared/scale.js';

type Ladder = ReturnType<typeof escalationLadder>;

export interface LadderProps {
  ladder: Ladder;
  width: number;
  t: Translate;
  /** Right to left: the ladder climbs from the right, and each step's text starts at its right edge. */
  rtl: boolean;
}

/** The escalation ladder as rising steps: level, owner and response time on each. A picture; the table beside it is the data. */
export function renderLadder({ ladder, width, t, rtl }: LadderProps): SVGTemplateResult {
  const height = 190;
  const x = bands(ladder.length, rtl ? [width, 0] : [0, width], 0.06);
  // The first step is tall enough for its three lines of text; the top step reaches near the top.
  const y = linearScale([1, Math.max(2, ladder.length)], [62, height - 6]);
  const w = x.bandwidth;
  // The text sits 8px inside the step's inline-start edge. The SVG inherits the writing direction, so
  // `text-anchor: start` already anchors at the right end of the text in RTL; it is set explicitly anyway.
  const inset = 8;
  return svg`${ladder.map((step, i) => {
    const h = y(i + 1);
    const left = x.start(i);
    const top = height - h;
    const tx = rtl ? left + w - inset : left + inset;
    return svg`<g class="step" part="ladder-step">
      <rect x=${left} y=${top} width=${w} height=${h} rx="4"></rect>
      <text class="step-level" x=${tx} y=${top + 18} text-anchor="start">${t('charter.ladder.level', { level: step.level })}</text>
      <text class="step-days" x=${tx} y=${top + 34} text-anchor="start">${t('charter.days', { count: step.responseDays })}</text>
      <text class="step-owner" x=${tx} y=${top + 50} text-anchor="start">${fitText(step.owner || t('charter.ladder.noOwner'), w - 14)}</text>
    </g>`;
  })}`;
}
