// Vanilla baseline for <pw-deal-comparator>: the comparison grid (a weight slider + number per criterion, a
// score input per option and criterion, totals), a stacked bar chart in rank order, the sensitivity table and
// one card per option. A weight change recomputes the totals, ranks and the exact sensitivity (same maths as
// the element's model) and writes only the numbers that depend on it. The grid is the element's table (its column
// classes, option heads, row actions and weight bands), so that the shared style sheet lays both out alike.
import { editLog, h, icon, s, select, styledHost, textarea, worksheetHeader } from './dom.js';

const STRUCTURES = ['revenue-share', 'equity-investment', 'joint-venture', 'licensing', 'co-development', 'reseller', 'other'];
const IPS = ['ours', 'partner', 'joint', 'licensed'];

const fmt = (n) => (Math.round(n * 100) / 100).toFixed(2);
const pct = (n) => `${Math.round(n * 100)}%`;
const PLOT = 520;

/** Weighted totals, competition ranks and the leader (undefined when tied or no weight). */
function analyse(criteria, options) {
  const W = criteria.reduce((sum, c) => sum + c.weight, 0);
  const totals = options.map((o) => (W > 0 ? criteria.reduce((sum, c) => sum + c.weight * (o.scores[c.id] ?? 0), 0) / W : 0));
  const ranks = totals.map((t) => 1 + totals.filter((u) => u > t + 1e-9).length);
  const best = ranks.map((r, i) => (r === 1 ? i : -1)).filter((i) => i >= 0);
  return { W, totals, ranks, leader: best.length === 1 ? best[0] : undefined };
}

/** For each criterion, the nearest weight down and up at which the leader is caught (w* = (A_j − A_L) / (s_L − s_j)). */
function sensitivity(criteria, options, a) {
  if (a.leader === undefined) return [];
  const L = a.leader;
  const full = options.map((o) => criteria.reduce((sum, c) => sum + c.weight * (o.scores[c.id] ?? 0), 0));
  return criteria.map((c) => {
    const sc = options.map((o) => o.scores[c.id] ?? 0);
    const A = full.map((f, j) => f - c.weight * sc[j]);
    let down = null;
    let up = null;
    options.forEach((o, j) => {
      const slope = sc[L] - sc[j];
      if (j === L || Math.abs(slope) <= 1e-9) return;
      const w = (A[j] - A[L]) / slope;
      if (w > c.weight && w <= Math.max(100, c.weight) && (!up || w < up.weight)) up = { weight: w, name: o.name };
      else if (w < c.weight && w >= 0 && (!down || w > down.weight)) down = { weight: w, name: o.name };
    });
    return { down, up };
  });
}

const changeText = (ch) => (ch ? `At ${fmt(ch.weight)}: ${ch.name} leads` : 'The lead holds');

/** Builds the comparator into `parent`; returns `{ host, setWeight }`. The weight number inputs fire `change`. */
export function createVanillaDeal(parent, doc) {
  const { host, root } = styledHost('pw-deal-comparator', parent);
  const criteria = doc.criteria.map((c) => ({ ...c }));
  const options = doc.options.map((o) => ({ ...o, scores: { ...o.scores } }));
  let a = analyse(criteria, options);
  let sens = sensitivity(criteria, options, a);

  // ── grid ──
  const shareEls = [];
  const hintEls = [];
  const bandEls = [];
  const body = h('tbody');
  criteria.forEach((c, i) => {
    const range = h('input', { type: 'range', class: 'weight-slider', min: 0, max: 100, step: 1, 'aria-label': `Weight of ${c.label}, slider` });
    range.value = String(c.weight);
    const number = h('input', { type: 'number', class: 'weight-number', min: 0, step: 1, inputmode: 'decimal', 'aria-label': `Weight of ${c.label}`, 'data-c': c.id });
    number.value = String(c.weight);
    shareEls.push(h('span', { class: 'share', title: 'Share of the total weight' }, pct(c.weight / a.W)));
    hintEls.push(h('span', { class: 'hint', id: `weight-hint-${i}` }, changeText(sens[i]?.up)));
    // The band where the leader holds, under the slider, with its custom properties on the band (as the element).
    bandEls.push(h('span', { class: 'band', 'aria-hidden': 'true' }, h('span', { class: 'band-safe' }), h('span', { class: 'band-at' })));
    const tr = h(
      'tr',
      { 'data-id': c.id },
      h(
        'th',
        { scope: 'row', class: 'crit' },
        textarea({ class: 'crit-label', rows: 1, 'aria-label': `Criterion ${i + 1} label` }, c.label),
        h('span', { class: 'row-actions' }, ...['earlier', 'later', 'duplicate', 'danger remove'].map((k) => h('button', { type: 'button', class: `icon small ${k}`, 'aria-label': `${k} ${c.label}` }, icon('M12 5v14')))),
      ),
      h('td', { class: 'weight' }, h('span', { class: 'weight-controls' }, range, number, shareEls[i]), bandEls[i], hintEls[i]),
    );
    for (const o of options) {
      const input = h('input', { type: 'number', class: 'score-input', min: 0, max: 10, step: 0.5, inputmode: 'decimal', 'data-o': o.id, 'data-c': c.id, 'aria-label': `${o.name}: ${c.label} score, 0 to 10` });
      input.value = String(o.scores[c.id]);
      tr.append(h('td', { class: 'score', 'data-missing': 'false' }, input));
    }
    body.append(tr);
  });
  const totalEls = options.map((o, j) => h('td', { class: 'total', 'data-id': o.id, 'data-leader': String(j === a.leader) }, h('span', { class: 'total-value' }, fmt(a.totals[j]))));
  // The element's table: its column classes (their widths), the option heads, and the number of options as a
  // custom property, so that the shared style sheet lays it out as the element's.
  const table = h(
    'table',
    { class: 'grid' },
    h('colgroup', null, h('col', { class: 'c-crit' }), h('col', { class: 'c-weight' }), ...options.map(() => h('col', { class: 'c-opt' }))),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Criterion'),
        h('th', { scope: 'col' }, 'Weight ', h('span', { class: 'muted' }, 'and share')),
        ...options.map((o) => h('th', { scope: 'col', class: 'opt-head', 'data-id': o.id }, h('span', { class: 'opt-name' }, o.name), h('span', { class: 'structure' }, o.structure))),
      ),
    ),
    body,
    h('tfoot', null, h('tr', { class: 'totals' }, h('th', { scope: 'row' }, 'Weighted total'), h('td', { class: 'total-weight' }), ...totalEls)),
  );
  table.style.setProperty('--options', String(options.length));
  const grid = h('div', { class: 'grid-wrap scroll', part: 'grid', tabindex: 0, role: 'region', 'aria-label': 'Comparison grid' }, table);

  // ── bar chart: one <g> per option, one <rect> per criterion ──
  const bars = options.map((o) => {
    const segs = criteria.map((c, k) => ({ rect: s('rect', { y: 18, height: 22 }, s('title', null, c.label)), number: s('text', { class: 'seg-number', y: 33, 'text-anchor': 'middle', 'aria-hidden': 'true' }, k + 1) }));
    const value = s('text', { class: 'bar-value', y: 34, 'aria-hidden': 'true' });
    const g = s(
      'g',
      { class: 'bar', part: 'bar', 'data-id': o.id, role: 'img', tabindex: -1 },
      s('rect', { class: 'focus-ring', x: -3, y: -2, width: PLOT + 46, height: 46, rx: 4 }),
      s('text', { class: 'bar-name', x: 0, y: 13 }, o.name),
      s('rect', { class: 'track', x: 0, y: 18, width: PLOT, height: 22 }),
      ...segs.map((seg, k) => s('g', { class: 'seg', 'data-color': k % 8 }, seg.rect, seg.number)),
      value,
    );
    return { g, segs, value };
  });
  const chart = s('svg', { class: 'bars', width: PLOT + 46, height: options.length * 52 + 22, role: 'group', 'aria-label': 'Weighted totals, best first.' }, ...bars.map((b) => b.g));

  // ── legend (criterion, share) and the chart as a table (contribution of each criterion to each total) ──
  const legendShares = criteria.map(() => h('span', { class: 'share' }));
  const legend = h('ol', { class: 'legend', part: 'legend', 'aria-label': 'Criteria in the bars' }, ...criteria.map((c, k) => h('li', null, h('span', { class: 'swatch', 'data-color': k % 8 }), `${k + 1}. ${c.label} `, legendShares[k])));
  const chartCells = options.map(() => criteria.map(() => h('td', { class: 'num' })));
  const chartTable = h(
    'details',
    { class: 'chart-data' },
    h('summary', null, 'Show the chart as a table'),
    h(
      'div',
      { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Chart data table' },
      h(
        'table',
        { class: 'data', part: 'chart-table' },
        h('caption', null, 'Contribution of each criterion to each weighted total'),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Option'), ...criteria.map((c) => h('th', { scope: 'col' }, c.label)))),
        h('tbody', null, ...options.map((o, j) => h('tr', null, h('th', { scope: 'row' }, o.name), ...chartCells[j]))),
      ),
    ),
  );

  // ── sensitivity table ──
  const sensRows = criteria.map((c) => ({ weight: h('td', { class: 'num' }), down: h('td'), up: h('td'), label: c.label }));
  const sensTable = h('table', { class: 'data' }, h('tbody', null, ...sensRows.map((r) => h('tr', null, h('th', { scope: 'row' }, r.label), r.weight, r.down, r.up))));

  // ── option cards: name, structure and IP pickers, the numeric terms, exit criteria, notes, actions ──
  const cards = options.map((o, i) =>
    h(
      'article',
      { class: 'option-card', part: 'option', 'data-id': o.id },
      h('div', { class: 'card-head' }, h('h4', { class: 'option-title' }, textarea({ class: 'option-name', rows: 1, 'aria-label': `Option ${i + 1} name` }, o.name)), h('span', { class: 'card-standing' })),
      h(
        'div',
        { class: 'fields' },
        h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Structure'), select('Structure', o.structure, STRUCTURES)),
        h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'IP ownership'), select('IP ownership', o.terms.ipOwnership, IPS, String, 'Not set')),
        ...['revenueSharePct', 'upfrontInvestment', 'equityPct', 'termMonths'].map((k) => {
          const input = h('input', { id: `o${i}-${k}`, type: 'number', min: 0, inputmode: 'decimal' });
          input.value = String(o.terms[k] ?? '');
          return h('div', { class: 'field' }, h('label', { class: 'field-label', for: `o${i}-${k}` }, k), input);
        }),
        h('label', { class: 'field full' }, h('span', { class: 'field-label' }, 'Exit criteria'), textarea({ rows: 2 }, o.terms.exitCriteria)),
        h('label', { class: 'field full' }, h('span', { class: 'field-label' }, 'Notes'), textarea({ rows: 2 }, o.notes)),
      ),
      h(
        'div',
        { class: 'card-actions' },
        ...['earlier', 'later', 'duplicate', 'remove'].map((a) => h('button', { type: 'button', class: `small ${a}`, 'aria-label': `${a} ${o.name}` }, icon('M12 5v14M5 12h14'), ` ${a}`)),
      ),
    ),
  );

  /** Writes everything that depends on the weights. */
  function paint() {
    criteria.forEach((c, i) => {
      shareEls[i].textContent = pct(c.weight / a.W);
      legendShares[i].textContent = pct(c.weight / a.W);
      hintEls[i].textContent = changeText(sens[i]?.up);
      const band = bandEls[i].style;
      if (sens[i]) {
        band.setProperty('--lo', `${sens[i].down?.weight ?? 0}%`);
        band.setProperty('--hi', `${Math.min(100, sens[i].up?.weight ?? 100)}%`);
      }
      band.setProperty('--at', `${Math.min(100, c.weight)}%`);
      sensRows[i].weight.textContent = String(c.weight);
      sensRows[i].down.textContent = changeText(sens[i]?.down);
      sensRows[i].up.textContent = changeText(sens[i]?.up);
    });
    const order = options.map((_, j) => j).sort((x, y) => a.ranks[x] - a.ranks[y] || x - y);
    order.forEach((j, position) => {
      const b = bars[j];
      b.g.setAttribute('transform', `translate(0 ${position * 52})`);
      let x = 0;
      criteria.forEach((c, k) => {
        const width = a.W > 0 ? ((c.weight * (options[j].scores[c.id] ?? 0)) / a.W / 10) * PLOT : 0;
        const { rect, number } = b.segs[k];
        rect.setAttribute('x', x.toFixed(1));
        rect.setAttribute('width', width.toFixed(1));
        number.setAttribute('x', (x + width / 2).toFixed(1));
        number.style.display = width >= 18 ? '' : 'none';
        // The chart table is written while it is open (and when it opens), as the element does.
        if (chartTable.open) chartCells[j][k].textContent = fmt(width / PLOT * 10);
        x += width;
      });
      b.value.setAttribute('x', (x + 6).toFixed(1));
      b.value.textContent = fmt(a.totals[j]);
      totalEls[j].firstChild.textContent = fmt(a.totals[j]);
      totalEls[j].dataset.leader = String(j === a.leader);
    });
  }
  paint();
  chartTable.addEventListener('toggle', () => chartTable.open && paint());

  const header = worksheetHeader(doc.title);
  const log = editLog(header);
  root.append(
    header,
    h('slot'),
    h('div', { role: 'alert' }),
    h('section', { class: 'grid-section' }, h('h3', { id: 'grid-title' }, 'Comparison'), grid),
    h(
      'div',
      { class: 'analysis' },
      h('section', { class: 'panel chart', part: 'chart' }, h('h3', null, 'Weighted totals'), h('div', { class: 'chart-box' }, chart), legend, chartTable),
      h('section', { class: 'panel sensitivity', part: 'sensitivity' }, h('h3', null, 'How robust is the lead?'), h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Sensitivity table' }, sensTable)),
    ),
    h('section', { class: 'terms', part: 'terms' }, h('h3', null, 'Terms of each option'), h('div', { class: 'cards' }, ...cards)),
    log.live,
  );

  // A committed weight (change on the number field) recomputes and repaints.
  body.addEventListener('change', (e) => {
    const input = e.target;
    if (!input.classList.contains('weight-number')) return;
    const c = criteria.find((x) => x.id === input.dataset.c);
    const weight = Number(input.value);
    if (!c || !Number.isFinite(weight) || weight < 0 || weight === c.weight) return;
    const step = { id: c.id, weight: c.weight };
    c.weight = weight;
    a = analyse(criteria, options);
    sens = sensitivity(criteria, options, a);
    paint();
    log.record(step, `Weight of ${c.label} set to ${weight}.`);
  });

  return { host, criteria };
}
