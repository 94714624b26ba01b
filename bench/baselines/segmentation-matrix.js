// Vanilla baseline for <pw-segmentation-matrix>: an SVG with one <g><circle><path></g> per partner (same
// attributes as the element's points), quadrant labels with counts, axes, the segment legend and the first
// 200 rows of the partner table, built with createElement. A keyboard move updates the data, one transform
// attribute, the point's aria-label, its table row and, when it crosses the threshold, two quadrant counts; as the
// element does, it keeps an undo step (enabling the Undo button) and says where the point went in the live region.
import { editLog, h, icon, s, styledHost, textarea, worksheetHeader } from './dom.js';

const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6f4e37', '#7a7a7a'];
const QUADRANTS = ['top-right', 'top-left', 'bottom-left', 'bottom-right'];
const SHAPES = ['circle', 'square', 'triangle', 'diamond'];
const AREA = { min: 70, max: 520 };
const TABLE_PAGE = 200;

const quadrantOf = (p) => (p.y >= 50 ? (p.x >= 50 ? 'top-right' : 'top-left') : p.x >= 50 ? 'bottom-right' : 'bottom-left');

/** A symbol path of the given area, centred on 0,0 (hand-written; the element uses d3-shape). */
function symbolPath(shape, area) {
  if (shape === 'circle') {
    const r = Math.sqrt(area / Math.PI);
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`;
  }
  if (shape === 'square') {
    const w = Math.sqrt(area) / 2;
    return `M${-w},${-w}h${2 * w}v${2 * w}h${-2 * w}Z`;
  }
  if (shape === 'triangle') {
    const y = -Math.sqrt(area / (Math.sqrt(3) * 3));
    return `M0,${y * 2}L${-Math.sqrt(3) * y},${-y}L${Math.sqrt(3) * y},${-y}Z`;
  }
  const w = Math.sqrt(area / 2);
  return `M0,${-w}L${w},0L0,${w}L${-w},0Z`;
}

/** The same plot geometry as the element's layout (margins, aspect, linear scales). */
function geometry(width) {
  const margin = { top: 12, right: 12, bottom: 48, left: 52 };
  const plotWidth = Math.max(120, width - margin.left - margin.right);
  const plotHeight = Math.round(Math.min(Math.max(plotWidth * 0.72, 220), 620));
  const clamp = (v) => Math.min(100, Math.max(0, v));
  return {
    margin,
    plotWidth,
    plotHeight,
    height: plotHeight + margin.top + margin.bottom,
    px: (x) => margin.left + (clamp(x) / 100) * plotWidth,
    py: (y) => margin.top + plotHeight - (clamp(y) / 100) * plotHeight,
  };
}

function pointLabel(doc, p, segLabel) {
  return `${p.name}: ${segLabel}, ${doc.axes.x.label} ${p.x}, ${doc.axes.y.label} ${p.y}, size ${p.size}, ${doc.quadrants[QUADRANTS.indexOf(quadrantOf(p))]}`;
}

function tableRow(doc, p) {
  const number = (label, value, min, max) => {
    const el = h('input', { type: 'number', min, max, step: 1, 'aria-label': label });
    el.value = value === undefined ? '' : String(value);
    return el;
  };
  const segment = h('select', { 'aria-label': `Segment of ${p.name}` }, ...doc.segments.map((sg) => h('option', { value: sg.id, selected: sg.id === p.segment }, sg.label)));
  const x = number(`${doc.axes.x.label} of ${p.name}`, p.x, 0, 100);
  const quadrant = h('td', { 'data-label': 'Quadrant' }, doc.quadrants[QUADRANTS.indexOf(quadrantOf(p))]);
  const tr = h(
    'tr',
    { 'data-id': p.id, part: 'row', class: '' },
    h('th', { scope: 'row' }, textarea({ rows: 1, class: 'name', 'aria-label': 'Partner name' }, p.name)),
    h('td', { 'data-label': 'Segment' }, segment),
    h('td', { class: 'num', 'data-label': doc.axes.x.label }, x),
    h('td', { class: 'num', 'data-label': doc.axes.y.label }, number(`${doc.axes.y.label} of ${p.name}`, p.y, 0, 100)),
    quadrant,
    h('td', { class: 'num', 'data-label': 'Size' }, number(`Size of ${p.name}`, p.size)),
    h('td', { class: 'wide', 'data-label': 'Notes' }, textarea({ rows: 1, 'aria-label': `Notes on ${p.name}`, placeholder: 'Notes' }, p.notes)),
    h(
      'td',
      { class: 'actions' },
      h('button', { type: 'button', class: 'icon', 'aria-label': `Show details of ${p.name}`, title: 'Details' }, h('span', { 'aria-hidden': 'true' }, '⋯')),
      h('button', { type: 'button', class: 'icon danger', 'aria-label': `Delete ${p.name}`, title: 'Delete' }, icon('M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6')),
    ),
  );
  return { tr, x, quadrant };
}

/** Builds the matrix into `parent` at `width` px of chart; returns `{ host }`. */
export function createVanillaMatrix(parent, doc, { width = 640 } = {}) {
  const { host, root } = styledHost('pw-segmentation-matrix', parent);
  const partners = doc.partners.map((p) => ({ ...p }));
  const byId = new Map(partners.map((p) => [p.id, p]));
  const segIndex = new Map(doc.segments.map((sg, i) => [sg.id, i]));
  const segLabel = (id) => doc.segments[segIndex.get(id)]?.label ?? id;
  const g = geometry(width);
  const sizes = partners.map((p) => p.size);
  const [lo, hi] = [Math.min(...sizes), Math.max(...sizes)];
  const side = (size) => Math.sqrt(AREA.min) + ((Math.sqrt(size) - Math.sqrt(lo)) / (Math.sqrt(hi) - Math.sqrt(lo))) * (Math.sqrt(AREA.max) - Math.sqrt(AREA.min));

  const counts = { 'top-right': 0, 'top-left': 0, 'bottom-left': 0, 'bottom-right': 0 };
  for (const p of partners) counts[quadrantOf(p)]++;

  // Points: <g transform> around a hit circle and the mark, with the element's ARIA attributes.
  const points = s('g', { class: 'points' });
  const pointEls = new Map();
  partners.forEach((p, i) => {
    const area = side(p.size) ** 2;
    const shape = SHAPES[segIndex.get(p.segment) % SHAPES.length];
    const el = s(
      'g',
      {
        class: 'point', part: 'point', 'data-id': p.id, 'data-shape': shape, transform: `translate(${g.px(p.x).toFixed(1)} ${g.py(p.y).toFixed(1)})`,
        role: 'button', tabindex: i === 0 ? 0 : -1, 'aria-label': pointLabel(doc, p, segLabel(p.segment)), 'aria-describedby': 'point-keys', 'aria-pressed': 'false',
      },
      s('circle', { class: 'hit', r: Math.max(Math.sqrt(area / Math.PI), 12) }),
      s('path', { class: 'mark', d: symbolPath(shape, area), fill: PALETTE[segIndex.get(p.segment) % PALETTE.length] }),
    );
    pointEls.set(p.id, el);
    points.append(el);
  });

  const { margin, plotWidth, plotHeight } = g;
  const axisY = margin.top + plotHeight;
  const corner = {
    'top-right': [margin.left + plotWidth - 8, margin.top + 8, 'end', 'hanging'],
    'top-left': [margin.left + 8, margin.top + 8, 'start', 'hanging'],
    'bottom-left': [margin.left + 8, axisY - 8, 'start', 'auto'],
    'bottom-right': [margin.left + plotWidth - 8, axisY - 8, 'end', 'auto'],
  };
  const quadrantText = {};
  const quadrants = s('g', { class: 'quadrants', part: 'quadrant-labels', 'aria-hidden': 'true' });
  QUADRANTS.forEach((q, i) => {
    const [x, y, anchor, baseline] = corner[q];
    quadrantText[q] = s('text', { class: 'quadrant', part: 'quadrant', x, y, 'text-anchor': anchor, 'dominant-baseline': baseline }, `${doc.quadrants[i]} · ${counts[q]}`);
    quadrants.append(quadrantText[q]);
  });

  const svg = s(
    'svg',
    { width, height: g.height, viewBox: `0 0 ${width} ${g.height}`, role: 'group', 'aria-label': `Matrix of ${doc.axes.x.label} (across) by ${doc.axes.y.label} (up): ${partners.length} partners` },
    s('rect', { class: 'plot', x: margin.left, y: margin.top, width: plotWidth, height: plotHeight }),
    s('line', { class: 'threshold', x1: g.px(50), y1: margin.top, x2: g.px(50), y2: axisY }),
    s('line', { class: 'threshold', x1: margin.left, y1: g.py(50), x2: margin.left + plotWidth, y2: g.py(50) }),
    quadrants,
    s(
      'g',
      { class: 'axes', 'aria-hidden': 'true' },
      s('text', { class: 'end', x: margin.left, y: axisY + 16 }, doc.axes.x.low),
      s('text', { class: 'end', x: margin.left + plotWidth, y: axisY + 16, 'text-anchor': 'end' }, doc.axes.x.high),
      s('text', { class: 'axis-label', x: margin.left + plotWidth / 2, y: axisY + 34, 'text-anchor': 'middle' }, `${doc.axes.x.label} →`),
      s(
        'g',
        { transform: `translate(${margin.left - 8} ${axisY}) rotate(-90)` },
        s('text', { class: 'end', x: 0, y: 0 }, doc.axes.y.low),
        s('text', { class: 'end', x: plotHeight, y: 0, 'text-anchor': 'end' }, doc.axes.y.high),
        s('text', { class: 'axis-label', x: plotHeight / 2, y: -18, 'text-anchor': 'middle' }, `${doc.axes.y.label} →`),
      ),
    ),
    points,
  );

  const legend = h('ul', { 'aria-label': 'Segments' });
  for (const sg of doc.segments) {
    const i = segIndex.get(sg.id);
    const used = partners.filter((p) => p.segment === sg.id).length;
    const show = h('input', { type: 'checkbox', 'data-view': true, 'aria-label': `Show ${sg.label}` });
    show.checked = true;
    const name = h('input', { class: 'segment-name', 'aria-label': `Name of segment ${sg.label}` });
    name.value = sg.label;
    const color = h('input', { type: 'color', 'aria-label': `Colour of ${sg.label}` });
    color.value = PALETTE[i % PALETTE.length];
    legend.append(
      h(
        'li',
        { 'data-segment': sg.id },
        h('label', { class: 'toggle', title: 'Hide this segment' }, show, s('svg', { class: 'symbol', viewBox: '-9 -9 18 18', width: 18, height: 18, 'aria-hidden': 'true' }, s('path', { d: symbolPath(SHAPES[i % SHAPES.length], 90), fill: PALETTE[i % PALETTE.length] }))),
        name,
        color,
        h('span', { class: 'segment-count', 'aria-label': `${used} partners` }, used),
        h('button', { type: 'button', class: 'icon danger', 'aria-label': `${sg.label} cannot be deleted: ${used} partners use it`, 'aria-disabled': 'true' }, icon('M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6')),
      ),
    );
  }

  const rows = new Map();
  const tbody = h('tbody');
  for (const p of partners.slice(0, TABLE_PAGE)) {
    const r = tableRow(doc, p);
    rows.set(p.id, r);
    tbody.append(r.tr);
  }

  const header = worksheetHeader(doc.title, ['JSON', 'CSV', 'Markdown', 'SVG']);
  const log = editLog(header);
  root.append(
    header,
    h('slot'),
    h('div', { role: 'alert' }),
    h(
      'div',
      { class: 'matrix-layout' },
      h(
        'section',
        { class: 'chart-panel', part: 'chart', 'aria-label': 'Matrix' },
        h('div', { class: 'chart-bar' }, h('button', { type: 'button', class: 'primary add' }, icon('M12 5v14M5 12h14'), ' Add partner'), h('span', { class: 'summary' }, `${partners.length} partners`)),
        h('div', { class: 'chart-frame' }, svg),
        h('p', { class: 'hint', id: 'point-keys' }, 'Drag a point, or use the arrow keys to move it (Shift: 10 steps).'),
      ),
      h('div', { class: 'side' }, h('div', { class: 'legend', part: 'legend' }, legend, h('button', { type: 'button', class: 'add-segment' }, icon('M12 5v14M5 12h14'), ' Add segment'))),
    ),
    h('h3', { class: 'table-title' }, 'Partners'),
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Partners table' },
      h(
        'table',
        { part: 'table', class: 'cards' },
        h('caption', { class: 'visually-hidden' }, 'Partners'),
        h('thead', null, h('tr', null, ...['Partner', 'Segment', doc.axes.x.label, doc.axes.y.label, 'Quadrant', 'Size', 'Notes'].map((t) => h('th', { scope: 'col' }, t)), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
        tbody,
      ),
    ),
    h('p', { class: 'more' }, `Showing the first ${TABLE_PAGE} of ${partners.length} partners. `, h('button', { type: 'button' }, `Show all ${partners.length}`)),
    log.live,
  );

  // Arrow keys move the focused point by one step; everything that shows the partner follows.
  svg.addEventListener('keydown', (e) => {
    const el = e.target.closest?.('.point');
    const steps = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
    if (!el || !steps) return;
    e.preventDefault();
    const p = byId.get(el.dataset.id);
    const before = quadrantOf(p);
    const step = { id: p.id, x: p.x, y: p.y };
    p.x = Math.min(100, Math.max(0, p.x + steps[0]));
    p.y = Math.min(100, Math.max(0, p.y + steps[1]));
    const after = quadrantOf(p);
    el.setAttribute('transform', `translate(${g.px(p.x).toFixed(1)} ${g.py(p.y).toFixed(1)})`);
    el.setAttribute('aria-label', pointLabel(doc, p, segLabel(p.segment)));
    const r = rows.get(p.id);
    if (r) {
      r.x.value = String(p.x);
      if (before !== after) r.quadrant.textContent = doc.quadrants[QUADRANTS.indexOf(after)];
    }
    if (before !== after) {
      counts[before]--;
      counts[after]++;
      for (const q of [before, after]) quadrantText[q].textContent = `${doc.quadrants[QUADRANTS.indexOf(q)]} · ${counts[q]}`;
    }
    log.record(step, `${p.name}: ${doc.axes.x.label} ${p.x}, ${doc.axes.y.label} ${p.y}, ${doc.quadrants[QUADRANTS.indexOf(after)]}`);
  });

  return { host, partners, byId };
}
