import { scaleBand, scaleLinear } from 'd3-scale';
import { svg, type SVGTemplateResult } from 'lit';
import { fitText } from '../../models/shared/text.js';
import type { escalationLadder } from '../../models/governance-charter/selectors.js';

type Ladder = ReturnType<typeof escalationLadder>;

/** The escalation ladder as rising steps: level, owner and response time on each. A picture; the table beside it is the data. */
export function renderLadder(ladder: Ladder, width: number): SVGTemplateResult {
  const height = 190;
  const x = scaleBand<number>()
    .domain(ladder.map((_, i) => i))
    .range([0, width])
    .paddingInner(0.06);
  // The first step is tall enough for its three lines of text; the top step reaches near the top.
  const y = scaleLinear()
    .domain([1, Math.max(2, ladder.length)])
    .range([62, height - 6]);
  const w = x.bandwidth();
  return svg`${ladder.map((step, i) => {
    const h = y(i + 1);
    const left = x(i) ?? 0;
    const top = height - h;
    return svg`<g class="step" part="ladder-step">
      <rect x=${left} y=${top} width=${w} height=${h} rx="4"></rect>
      <text class="step-level" x=${left + 8} y=${top + 18}>Level ${step.level}</text>
      <text class="step-days" x=${left + 8} y=${top + 34}>${step.responseDays} ${step.responseDays === 1 ? 'day' : 'days'}</text>
      <text class="step-owner" x=${left + 8} y=${top + 50}>${fitText(step.owner || 'No owner', w - 14)}</text>
    </g>`;
  })}`;
}
