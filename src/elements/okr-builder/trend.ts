import { html, nothing, svg, type TemplateResult } from 'lit';
import { line } from 'd3-shape';
import type { Translate } from '../../core/i18n.js';
import { checkInsByDate } from '../../models/okr-builder/selectors.js';
import type { KeyResult } from '../../models/okr-builder/types.js';
import { day, withUnit } from './format.js';
import { linearScale } from '../../models/shared/scale.js';

const W = 92;
const H = 30;
const PAD = 4;

const dayNumber = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

export interface TrendGeometry {
  /** The line through the readings, or '' with fewer than two. */
  path: string;
  points: Array<{ x: number; y: number }>;
  /** Heights of the start (0%) and target (100%) levels. */
  startY: number;
  targetY: number;
}

/**
 * The trend in "progress space": the start is at the bottom and the target at the top, whether the target rises
 * or falls, so up always means better. Time runs in the reading direction: left to right, or right to left when
 * `rtl`. d3 computes the scales and the path; Lit draws it.
 */
export function trendGeometry(kr: KeyResult, width = W, height = H, rtl = false): TrendGeometry | undefined {
  const readings = checkInsByDate(kr);
  if (!readings.length) return undefined;
  const span = kr.target - kr.start || 1;
  const progress = readings.map((c) => (c.value - kr.start) / span);
  const days = readings.map((c) => dayNumber(c.date));
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const x = linearScale(first === last ? [first - 1, first + 1] : [first, last], rtl ? [width - PAD, PAD] : [PAD, width - PAD]);
  const y = linearScale([Math.min(0, ...progress), Math.max(1, ...progress)], [height - PAD, PAD]);
  const points = readings.map((_, i) => ({ x: x(days[i]!), y: y(progress[i]!) }));
  const path = points.length > 1 ? (line<{ x: number; y: number }>((p) => p.x, (p) => p.y)(points) ?? '') : '';
  return { path, points, startY: y(0), targetY: y(1) };
}

/** A small line chart of the check-ins, named for assistive technology; the check-in list is its text alternative. */
export function renderTrend(kr: KeyResult, name: string, t: Translate, rtl: boolean): TemplateResult {
  const g = trendGeometry(kr, W, H, rtl);
  if (!g) return html`<span class="muted no-trend">${t('okr.trend.none')}</span>`;
  const readings = checkInsByDate(kr);
  const a = readings[0]!;
  const b = readings[readings.length - 1]!;
  const label =
    readings.length === 1
      ? t('okr.trend.one', { name, value: withUnit(t, a.value, kr.unit), date: day(t, a.date) })
      : t('okr.trend.many', {
          name,
          count: readings.length,
          first: withUnit(t, a.value, kr.unit),
          firstDate: day(t, a.date),
          last: withUnit(t, b.value, kr.unit),
          lastDate: day(t, b.date),
          target: withUnit(t, kr.target, kr.unit),
        });
  const last = g.points[g.points.length - 1]!;
  return html`<svg class="trend" part="trend" viewBox=${`0 0 ${W} ${H}`} width=${W} height=${H} role="img" aria-label=${label}>
    ${svg`<line class="target-line" x1="0" x2=${W} y1=${g.targetY} y2=${g.targetY}></line>
      <line class="start-line" x1="0" x2=${W} y1=${g.startY} y2=${g.startY}></line>
      ${g.path ? svg`<path class="trend-line" d=${g.path}></path>` : nothing}
      ${g.points.map((p) => svg`<circle class="trend-point" cx=${p.x} cy=${p.y} r="2"></circle>`)}
      <circle class="trend-last" cx=${last.x} cy=${last.y} r="3.2"></circle>`}
  </svg>`;
}
