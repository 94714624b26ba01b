// Vanilla baseline for <pw-risk-register>: the same heat map, legend, summary and editable table (the same form
// controls per row), built with createElement and updated by hand. It uses the element's own style sheets
// (see styledHost) so both pay the same style and layout costs.
import { editLog, h, icon, select, styledHost, textarea, worksheetHeader } from './dom.js';

const BANDS = { medium: 5, high: 10, critical: 20 };
const BAND_LABEL = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
const CATEGORY_LABEL = {
  antitrust: 'Antitrust', 'data-sharing': 'Data sharing', regulatory: 'Regulatory', ip: 'IP', commercial: 'Commercial',
  operational: 'Operational', reputational: 'Reputational', concentration: 'Concentration', other: 'Other',
};
const RESPONSE_LABEL = { avoid: 'Avoid', reduce: 'Reduce', transfer: 'Transfer', accept: 'Accept' };
const STATUS_LABEL = { open: 'Open', monitoring: 'Monitoring', closed: 'Closed' };
const RATINGS = [1, 2, 3, 4, 5];

const band = (score) => (score >= BANDS.critical ? 'critical' : score >= BANDS.high ? 'high' : score >= BANDS.medium ? 'medium' : 'low');
const cellKey = (l, i) => l * 10 + i;

function badge(score) {
  if (score === undefined) return h('span', { class: 'badge', 'data-band': 'none' }, 'not rated');
  return h('span', { class: 'badge', 'data-band': band(score) }, `${score} ${BAND_LABEL[band(score)]}`);
}

function setBadge(el, score) {
  el.dataset.band = band(score);
  el.textContent = `${score} ${BAND_LABEL[band(score)]}`;
}

function cellLabel(l, i, count) {
  const score = l * i;
  return `${score} ${count}: score ${score}, ${count} ${count === 1 ? 'risk' : 'risks'}, likelihood ${l}, impact ${i}, ${BAND_LABEL[band(score)]} band`;
}

function row(risk, today) {
  const name = risk.title || 'untitled risk';
  const residual = risk.residualLikelihood !== undefined && risk.residualImpact !== undefined ? risk.residualLikelihood * risk.residualImpact : undefined;
  const overdue = risk.status !== 'closed' && risk.reviewDate !== undefined && risk.reviewDate < today;
  const likelihood = select(`Likelihood of ${name}`, risk.likelihood, RATINGS);
  likelihood.dataset.field = 'likelihood';
  const date = h('input', { type: 'date', 'aria-label': `Review date of ${name}` });
  date.value = risk.reviewDate ?? '';
  return h(
    'tr',
    { part: 'row', 'data-id': risk.id },
    h(
      'th',
      { scope: 'row', class: 'risk' },
      textarea({ class: 'title', rows: 1, 'aria-label': 'Risk title', required: true }, risk.title),
      select(`Category of ${name}`, risk.category, Object.keys(CATEGORY_LABEL), (c) => CATEGORY_LABEL[c]),
      textarea({ class: 'description', rows: 2, 'aria-label': `Description of ${name}`, placeholder: 'Description' }, risk.description),
    ),
    h(
      'td',
      { class: 'rating', 'data-label': 'Inherent' },
      h('span', { class: 'pair' }, likelihood, h('span', { 'aria-hidden': 'true' }, '×'), select(`Impact of ${name}`, risk.impact, RATINGS)),
      ' ',
      badge(risk.likelihood * risk.impact),
    ),
    h(
      'td',
      { class: 'rating', 'data-label': 'Residual' },
      h(
        'span',
        { class: 'pair' },
        select(`Residual likelihood of ${name}`, risk.residualLikelihood, RATINGS, String, '–'),
        h('span', { 'aria-hidden': 'true' }, '×'),
        select(`Residual impact of ${name}`, risk.residualImpact, RATINGS, String, '–'),
      ),
      ' ',
      badge(residual),
    ),
    h(
      'td',
      { class: 'wide', 'data-label': 'Response and mitigation' },
      select(`Response to ${name}`, risk.response, Object.keys(RESPONSE_LABEL), (r) => RESPONSE_LABEL[r]),
      textarea({ rows: 2, 'aria-label': `Mitigation of ${name}`, placeholder: 'Mitigation' }, risk.mitigation),
    ),
    h('td', { 'data-label': 'Owner' }, textarea({ class: 'owner', rows: 1, 'aria-label': `Owner of ${name}`, placeholder: 'Owner' }, risk.owner)),
    h(
      'td',
      { 'data-label': 'Status and review' },
      select(`Status of ${name}`, risk.status, Object.keys(STATUS_LABEL), (x) => STATUS_LABEL[x]),
      date,
      overdue ? h('span', { class: 'overdue' }, icon('M12 3 2 21h20L12 3z', 'M12 10v5M12 18h.01'), ' Overdue') : null,
    ),
    h(
      'td',
      { class: 'actions' },
      h('button', { type: 'button', class: 'icon', 'aria-label': `Duplicate ${name}`, title: 'Duplicate' }, icon('M5 15V5a2 2 0 0 1 2-2h10', 'M9 9h12v12H9z')),
      h('button', { type: 'button', class: 'icon danger', 'aria-label': `Delete ${name}`, title: 'Delete' }, icon('M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6')),
    ),
  );
}

function heatMap(counts, cells) {
  const grid = h('div', { class: 'grid', role: 'group', 'aria-label': 'Risk heat map: likelihood rows, impact columns. Choose a cell to filter the register.' });
  for (const l of [5, 4, 3, 2, 1]) {
    grid.append(h('span', { class: 'row-label', 'aria-hidden': 'true' }, l));
    for (const i of RATINGS) {
      const count = counts.get(cellKey(l, i)) ?? 0;
      const countEl = h('span', { class: 'count' }, count);
      const button = h(
        'button',
        { type: 'button', part: 'cell', class: 'cell', 'data-band': band(l * i), 'data-count': count, tabindex: l === 5 && i === 1 ? 0 : -1, 'aria-pressed': 'false', 'aria-label': cellLabel(l, i, count) },
        h('span', { class: 'score' }, l * i),
        ' ',
        countEl,
      );
      cells.set(cellKey(l, i), { button, countEl });
      grid.append(button);
    }
  }
  grid.append(h('span'), ...RATINGS.map((n) => h('span', { class: 'col-label', 'aria-hidden': 'true' }, n)));
  return h('div', { class: 'heat-map', part: 'heat-map' }, h('span', { class: 'axis-y', 'aria-hidden': 'true' }, 'Likelihood →'), grid, h('span', { class: 'axis-x', 'aria-hidden': 'true' }, 'Impact →'));
}

/**
 * Builds the register into `parent`. Returns `{ host, risks }`; a change on a row's likelihood select updates the
 * data, that row's badge, the two heat-map cells and the band counts: the least DOM work that shows the edit.
 */
export function createVanillaRiskRegister(parent, doc, { today }) {
  const { host, root } = styledHost('pw-risk-register', parent);
  const risks = doc.risks.map((r) => ({ ...r }));
  const byId = new Map(risks.map((r) => [r.id, r]));

  const counts = new Map();
  const byBand = { low: 0, medium: 0, high: 0, critical: 0 };
  let open = 0;
  let overdue = 0;
  for (const r of risks) {
    counts.set(cellKey(r.likelihood, r.impact), (counts.get(cellKey(r.likelihood, r.impact)) ?? 0) + 1);
    byBand[band(r.likelihood * r.impact)]++;
    if (r.status !== 'closed') open++;
    if (r.status !== 'closed' && r.reviewDate !== undefined && r.reviewDate < today) overdue++;
  }

  const cells = new Map();
  const bandCounts = {};
  const legend = h('ul', { class: 'legend', part: 'legend', 'aria-label': 'Bands' });
  const ranges = { low: '1–4', medium: '5–9', high: '10–16', critical: '20–25' };
  for (const b of ['low', 'medium', 'high', 'critical']) {
    bandCounts[b] = h('strong', { class: 'band-count' }, byBand[b]);
    legend.append(h('li', null, h('span', { class: 'swatch', 'data-band': b }), BAND_LABEL[b], ' ', h('span', { class: 'muted' }, ranges[b]), ' ', bandCounts[b]));
  }

  const tbody = h('tbody');
  for (const r of risks) tbody.append(row(r, today));
  const sortButton = (label) => h('button', { type: 'button', class: 'sort', 'aria-label': `Sort by ${label.toLowerCase()}`, 'aria-pressed': 'false' }, label, h('span', { class: 'sort-icon', 'aria-hidden': 'true' }, '↕'));

  const header = worksheetHeader(doc.title);
  const log = editLog(header);
  root.append(
    header,
    h('slot'),
    h('div', { role: 'alert' }),
    h(
      'div',
      { class: 'layout' },
      h(
        'section',
        { class: 'overview', part: 'chart', 'aria-labelledby': 'chart-title' },
        h(
          'div',
          { class: 'chart-head' },
          h('h3', { id: 'chart-title' }, 'Heat map'),
          h('div', { class: 'segmented', role: 'group', 'aria-label': 'Rating shown' }, h('button', { type: 'button', 'aria-pressed': 'true' }, 'Inherent'), h('button', { type: 'button', 'aria-pressed': 'false' }, 'Residual')),
        ),
        heatMap(counts, cells),
        legend,
        h(
          'p',
          { class: 'summary', part: 'summary' },
          h('span', null, h('strong', null, risks.length), ' risks'),
          h('span', null, h('strong', null, open), ' open'),
          h('span', { class: overdue ? 'overdue' : '' }, h('strong', null, overdue), ' overdue for review'),
        ),
      ),
      h(
        'section',
        { class: 'register', 'aria-label': 'Register' },
        h('div', { class: 'register-bar' }, h('button', { type: 'button', class: 'primary add' }, icon('M12 5v14M5 12h14'), ' Add risk')),
        h(
          'div',
          { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Risk register table' },
          h(
            'table',
            { part: 'table', class: 'cards' },
            h('caption', { class: 'visually-hidden' }, 'Risks'),
            h('colgroup', null, ...['c-risk', 'c-rating', 'c-rating', 'c-response', 'c-owner', 'c-status', 'c-actions'].map((c) => h('col', { class: c }))),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, 'Risk and category'),
                h('th', { scope: 'col', 'aria-sort': 'none' }, sortButton('Inherent')),
                h('th', { scope: 'col', 'aria-sort': 'none' }, sortButton('Residual')),
                h('th', { scope: 'col' }, 'Response and mitigation'),
                h('th', { scope: 'col' }, 'Owner'),
                h('th', { scope: 'col', 'aria-sort': 'none' }, h('span', { class: 'two-sorts' }, sortButton('Status'), h('span', { 'aria-hidden': 'true' }, '·'), sortButton('Review'))),
                h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')),
              ),
            ),
            tbody,
          ),
        ),
      ),
    ),
    log.live,
  );

  const setCount = (key, delta) => {
    const count = (counts.get(key) ?? 0) + delta;
    counts.set(key, count);
    const { button, countEl } = cells.get(key);
    countEl.textContent = String(count);
    button.dataset.count = String(count);
    button.setAttribute('aria-label', cellLabel(Math.floor(key / 10), key % 10, count));
  };

  // One delegated listener, as a hand-written app would have.
  tbody.addEventListener('change', (e) => {
    const target = e.target;
    if (target.dataset.field !== 'likelihood') return;
    const tr = target.closest('tr');
    const risk = byId.get(tr.dataset.id);
    const next = Number(target.value);
    if (next === risk.likelihood) return;
    const before = risk.likelihood * risk.impact;
    const step = { id: risk.id, likelihood: risk.likelihood };
    setCount(cellKey(risk.likelihood, risk.impact), -1);
    risk.likelihood = next;
    setCount(cellKey(risk.likelihood, risk.impact), +1);
    const after = risk.likelihood * risk.impact;
    setBadge(tr.querySelector('td.rating .badge'), after);
    if (band(before) !== band(after)) {
      byBand[band(before)]--;
      byBand[band(after)]++;
      bandCounts[band(before)].textContent = String(byBand[band(before)]);
      bandCounts[band(after)].textContent = String(byBand[band(after)]);
    }
    log.record(step, 'Likelihood changed');
  });

  return { host, risks };
}
