// Vanilla baseline for <pw-okr-builder>: the same period and teams, score-per-team table, filter bar and objective
// cards (owners, key-result rows with their number fields, progress meters and trend charts, coaching notes), built
// with createElement; a check-in updates by hand only what it changes. It adopts the element's style sheets.
import { editLog, h, icon, s, styledHost, textarea, worksheetHeader } from './dom.js';

const BAND_LABEL = { red: 'At risk', yellow: 'Needs attention', green: 'On track' };
const ICON = {
  plus: ['M12 5v14M5 12h14'],
  trash: ['M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6'],
  up: ['M12 19V5', 'm5 12 7-7 7 7'],
  down: ['M12 5v14', 'm19 12-7 7-7-7'],
  copy: ['M5 15V5a2 2 0 0 1 2-2h10', 'M9 9h12v12H9z'],
  checkIn: ['M3 17l6-6 4 4 8-8', 'M15 7h6v6'],
  warning: ['M12 3 2 21h20L12 3z', 'M12 10v5M12 18h.01'],
};
const ico = (name) => (name === 'grip' ? grip() : icon(...ICON[name]));

/** The grip icon: six dots, as the element draws it. */
function grip() {
  const svg = icon();
  for (const [cx, cy] of [[9, 6], [15, 6], [9, 12], [15, 12], [9, 18], [15, 18]]) svg.append(s('circle', { cx, cy, r: 1 }));
  return svg;
}

const progressOf = (kr) => {
  const span = kr.target - kr.start;
  if (!span) return kr.current === kr.target ? 1 : 0;
  return Math.min(1, Math.max(0, (kr.current - kr.start) / span));
};
const scoreOf = (o) => (o.keyResults.length ? o.keyResults.reduce((a, kr) => a + progressOf(kr), 0) / o.keyResults.length : undefined);
const bandOf = (score) => (score >= 0.7 ? 'green' : score >= 0.4 ? 'yellow' : 'red');
const pct = (p) => `${Math.round(p * 100)}%`;
const num = (n) => String(Math.round(n * 1e6) / 1e6);
const withUnit = (n, unit) => (unit ? `${num(n)} ${unit}` : num(n));
const joint = (o) => new Set(o.owners).size >= 2;
const teamName = (teams, id) => teams.find((t) => t.id === id)?.name || id || '';
const byDate = (kr) => [...(kr.checkIns ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

function notesOf(o, i, teams) {
  const name = o.title.trim() ? `“${o.title.trim()}”` : `Objective ${i + 1}`;
  const notes = [];
  for (const kr of o.keyResults) if (!kr.owner) notes.push({ code: 'key-result-no-owner', message: `“${kr.title}” has no owner: every key result needs one team that answers for it.` });
  const owners = new Set(o.keyResults.map((kr) => kr.owner).filter(Boolean));
  if (joint(o) && owners.size === 1) {
    const [only] = owners;
    const others = o.owners.filter((x) => x !== only).map((x) => teamName(teams, x));
    notes.push({ code: 'joint-one-sided', message: `${name} is joint, but every key result is owned by ${teamName(teams, only)}: give ${others.join(' and ')} at least one, or the partnership is one-sided.` });
  }
  return notes;
}

function scoreBadge(score) {
  if (score === undefined) return h('span', { class: 'band-badge', 'data-band': 'none' }, 'No score yet');
  return h('span', { class: 'band-badge', 'data-band': bandOf(score) }, h('strong', null, pct(score)), ` ${BAND_LABEL[bandOf(score)]}`);
}

function numberField(value, field, label) {
  const c = field === 'confidence';
  const el = h('input', { type: 'number', class: `num ${field}`, step: c ? '0.05' : 'any', min: c ? '0' : null, max: c ? '1' : null, placeholder: c ? '—' : null, 'aria-label': label });
  el.value = value === undefined ? '' : String(value);
  return el;
}

function progress(kr, name) {
  const p = progressOf(kr);
  const fill = h('span', { class: 'meter-fill' });
  fill.style.setProperty('inline-size', `${Math.round(p * 100)}%`);
  const meter = h('span', { class: 'meter', part: 'meter', role: 'meter', 'aria-label': `Progress of ${name}`, 'aria-valuemin': 0, 'aria-valuemax': 100 }, fill);
  const text = h('span', { class: 'pct', 'aria-hidden': 'true' });
  const el = h('span', { class: 'progress' }, meter, text);
  setProgress(el, kr);
  return el;
}

function setProgress(el, kr) {
  const p = progressOf(kr);
  const meter = el.firstChild;
  meter.setAttribute('aria-valuenow', String(Math.round(p * 100)));
  meter.setAttribute('aria-valuetext', `${Math.round(p * 100)}%: ${withUnit(kr.current, kr.unit)} from ${withUnit(kr.start, kr.unit)} toward ${withUnit(kr.target, kr.unit)}`);
  meter.firstChild.style.setProperty('inline-size', `${Math.round(p * 100)}%`);
  el.lastChild.textContent = pct(p);
}

function trend(kr, name) {
  const readings = byDate(kr);
  if (!readings.length) return h('span', { class: 'muted no-trend' }, 'No check-ins');
  const day = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 864e5;
  const span = kr.target - kr.start || 1;
  const ps = readings.map((c) => (c.value - kr.start) / span);
  const ds = readings.map((c) => day(c.date));
  const [d0, d1] = ds[0] === ds[ds.length - 1] ? [ds[0] - 1, ds[0] + 1] : [ds[0], ds[ds.length - 1]];
  const [p0, p1] = [Math.min(0, ...ps), Math.max(1, ...ps)];
  const x = (d) => 4 + ((d - d0) / (d1 - d0)) * 84;
  const y = (p) => 26 - ((p - p0) / (p1 - p0)) * 22;
  const pts = ds.map((d, i) => [x(d), y(ps[i])]);
  const a = readings[0];
  const b = readings[readings.length - 1];
  const label = readings.length === 1 ? `Trend of ${name}: one check-in, ${withUnit(a.value, kr.unit)} on ${a.date}` : `Trend of ${name}: ${readings.length} check-ins, from ${withUnit(a.value, kr.unit)} on ${a.date} to ${withUnit(b.value, kr.unit)} on ${b.date}; target ${withUnit(kr.target, kr.unit)}`;
  const last = pts[pts.length - 1];
  return s(
    'svg',
    { class: 'trend', part: 'trend', viewBox: '0 0 92 30', width: 92, height: 30, role: 'img', 'aria-label': label },
    s('line', { class: 'target-line', x1: 0, x2: 92, y1: y(1), y2: y(1) }),
    s('line', { class: 'start-line', x1: 0, x2: 92, y1: y(0), y2: y(0) }),
    pts.length > 1 ? s('path', { class: 'trend-line', d: `M${pts.map((p) => p.join(',')).join('L')}` }) : null,
    ...pts.map(([cx, cy]) => s('circle', { class: 'trend-point', cx, cy, r: 2 })),
    s('circle', { class: 'trend-last', cx: last[0], cy: last[1], r: 3.2 }),
  );
}

function toggleButton(kr, name) {
  const count = kr.checkIns?.length ?? 0;
  return h(
    'button',
    { type: 'button', class: 'checkin-toggle', 'aria-expanded': 'false' },
    ico('checkIn'),
    ' Check in',
    h('span', { class: 'visually-hidden' }, ` of ${name}`),
    count ? h('span', { class: 'count' }, String(count)) : null,
  );
}

function krRow(o, kr, j, number, teams, refs) {
  const name = kr.title.trim() || `key result ${number}.${j + 1}`;
  const owner = h('select', { 'aria-label': `Owner of ${name}` }, h('option', { value: '', selected: !kr.owner }, 'No owner'), ...teams.map((t) => h('option', { value: t.id, selected: t.id === kr.owner }, t.name)));
  const unit = h('input', { type: 'text', class: 'unit', 'aria-label': `Unit of ${name}`, placeholder: 'unit' });
  unit.value = kr.unit ?? '';
  const current = numberField(kr.current, 'current', `Current value of ${name}`);
  const confidence = numberField(kr.confidence, 'confidence', `Confidence in ${name} (0 to 1)`);
  const prog = progress(kr, name);
  const trendCell = h('td', { 'data-col': 8 }, trend(kr, name));
  const toggle = toggleButton(kr, name);
  const tr = h(
    'tr',
    { class: 'kr', part: 'key-result', 'data-key': `${o.id}/${kr.id}`, 'data-objective': o.id, 'data-id': kr.id },
    h(
      'th',
      { scope: 'row', class: 'kr-title wide' },
      h(
        'div',
        { class: 'kr-title-wrap' },
        h('span', { class: 'kr-head' }, h('span', { class: 'grip', 'aria-hidden': 'true', title: 'Drag to reorder' }, ico('grip')), h('span', { class: 'kr-number', 'aria-hidden': 'true' }, `KR ${number}.${j + 1}`)),
        textarea({ class: 'title', rows: 1, 'aria-label': `Key result ${number}.${j + 1}`, placeholder: 'What will you measure?' }, kr.title),
      ),
    ),
    h('td', { class: 'wide', 'data-col': 1 }, owner),
    h('td', { class: 'num', 'data-col': 2 }, numberField(kr.start, 'start', `Start of ${name}`)),
    h('td', { class: 'num', 'data-col': 3 }, numberField(kr.target, 'target', `Target of ${name}`)),
    h('td', { class: 'num', 'data-col': 4 }, current),
    h('td', { class: 'num', 'data-col': 5 }, unit),
    h('td', { class: 'num', 'data-col': 6 }, confidence),
    h('td', { class: 'wide', 'data-col': 7 }, prog),
    trendCell,
    h(
      'td',
      { class: 'actions' },
      toggle,
      h('button', { type: 'button', class: 'icon small up', 'aria-label': `Move ${name} up`, 'aria-disabled': String(j === 0) }, ico('up')),
      h('button', { type: 'button', class: 'icon small down', 'aria-label': `Move ${name} down`, 'aria-disabled': String(j === o.keyResults.length - 1) }, ico('down')),
      h('button', { type: 'button', class: 'icon small danger remove', 'aria-label': `Delete ${name}` }, ico('trash')),
    ),
  );
  refs.set(`${o.id}/${kr.id}`, { tr, kr, name, current, confidence, prog, trendCell, toggle });
  return tr;
}

/** A check-in's day as the element writes it ("Mar 20, 2027"). */
const DAY = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The key-result cards' cell labels, as custom properties read by the cells marked data-col. */
const KR_LABELS = ['Owner', 'Start', 'Target', 'Current', 'Unit', 'Confidence', 'Progress', 'Trend'].map((label, i) => `--_pw-label-${i + 1}: "${label}"`).join('; ');

function card(o, i, teams, refs) {
  const number = i + 1;
  const name = o.title.trim() || `objective ${number}`;
  const score = scoreOf(o);
  const notes = notesOf(o, i, teams);
  const badge = h('span', { class: 'objective-score', part: 'score' }, scoreBadge(score));
  const li = h(
    'li',
    { class: 'objective', part: 'objective', 'data-id': o.id, 'data-band': score === undefined ? 'none' : bandOf(score) },
    h(
      'div',
      { class: 'objective-head' },
      h('span', { class: 'grip', 'aria-hidden': 'true', title: 'Drag to reorder' }, ico('grip')),
      h('span', { class: 'objective-number', 'aria-hidden': 'true' }, `O${number}`),
      h('h3', { class: 'objective-title', id: `objective-${number}-title` }, h('span', { class: 'visually-hidden' }, `Objective ${number}`), textarea({ class: 'title', rows: 1, 'aria-label': `Objective ${number}`, placeholder: 'What do we want to achieve together?' }, o.title)),
      badge,
      h(
        'span',
        { class: 'objective-actions' },
        h('button', { type: 'button', class: 'icon small up', 'aria-label': `Move ${name} up`, 'aria-disabled': String(i === 0) }, ico('up')),
        h('button', { type: 'button', class: 'icon small down', 'aria-label': `Move ${name} down`, 'aria-disabled': 'false' }, ico('down')),
        h('button', { type: 'button', class: 'icon small duplicate', 'aria-label': `Duplicate ${name}` }, ico('copy')),
        h('button', { type: 'button', class: 'icon small danger remove', 'aria-label': `Delete ${name}` }, ico('trash')),
      ),
    ),
    h(
      'fieldset',
      { class: 'owners' },
      h('legend', { class: 'owners-label' }, `Owners of objective ${number}`),
      ...teams.map((t) => {
        const box = h('input', { type: 'checkbox' });
        box.checked = o.owners.includes(t.id);
        return h('label', { class: 'owner-choice' }, box, ` ${t.name}`);
      }),
      joint(o) ? h('span', { class: 'joint-badge', part: 'joint-badge' }, 'Joint') : null,
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        // The cards' cell labels, set once on the table as the element does (core/card-labels.ts).
        { class: 'krs cards', part: 'key-results', style: KR_LABELS },
        h('caption', { class: 'visually-hidden' }, `Key results of objective ${number}`),
        h('colgroup', null, ...['c-title', 'c-owner', 'c-num', 'c-unit', 'c-conf', 'c-progress', 'c-trend', 'c-actions'].map((c) => h('col', { class: c, span: c === 'c-num' ? 3 : null }))),
        h('thead', null, h('tr', null, ...['Key result', 'Owner', 'Start', 'Target', 'Current', 'Unit', 'Confidence', 'Progress', 'Trend'].map((t) => h('th', { scope: 'col' }, t)), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
        h('tbody', null, ...o.keyResults.map((kr, j) => krRow(o, kr, j, number, teams, refs))),
      ),
    ),
    notes.length
      ? h('ul', { class: 'coach', part: 'coach', 'aria-label': `Coach's notes on objective ${number}` }, ...notes.map((n) => h('li', { 'data-code': n.code }, ico('warning'), h('span', null, h('strong', null, 'Coach:'), ` ${n.message}`))))
      : null,
    h('button', { type: 'button', class: 'add-kr' }, ico('plus'), ' Add key result'),
  );
  refs.set(o.id, { li, badge, objective: o });
  return li;
}

function summary(doc) {
  const rows = doc.teams.map((team) => {
    const j = [];
    const solo = [];
    const krs = [];
    for (const o of doc.objectives) {
      const sc = scoreOf(o);
      if (sc !== undefined && o.owners.includes(team.id)) (joint(o) ? j : solo).push(sc);
      for (const kr of o.keyResults) if (kr.owner === team.id) krs.push(progressOf(kr));
    }
    return { team, groups: [j, solo, krs] };
  });
  const scores = doc.objectives.map(scoreOf).filter((x) => x !== undefined);
  const byBand = { red: 0, yellow: 0, green: 0 };
  for (const x of scores) byBand[bandOf(x)]++;
  const keyResults = doc.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  const overall = scores.reduce((a, b) => a + b, 0) / scores.length;
  const stats = `${doc.objectives.length} objectives (${doc.objectives.filter(joint).length} joint), ${keyResults} key results; overall ${pct(overall)}: ${['green', 'yellow', 'red'].filter((b) => byBand[b]).map((b) => `${byBand[b]} ${BAND_LABEL[b].toLowerCase()}`).join(', ')}.`;
  const labels = ['Joint objectives', 'Own objectives', 'Key results it owns'];
  const cell = (xs, label, what) => {
    if (!xs.length) return h('td', { class: 'num', 'data-label': label }, h('span', { class: 'muted' }, '—'));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return h('td', { class: 'num', 'data-label': label }, h('span', { class: 'band-badge', 'data-band': bandOf(m) }, h('strong', null, pct(m)), ` ${BAND_LABEL[bandOf(m)]}`), h('span', { class: 'muted count-note' }, `${xs.length} ${what}`));
  };
  return { stats, body: rows.map((r) => h('tr', null, h('th', { scope: 'row' }, r.team.name), ...r.groups.map((g, k) => cell(g, labels[k], k === 2 ? 'key results' : 'objectives')))) };
}

/** Builds the OKR sheet into a shadow root that adopts <pw-okr-builder>'s styles; returns what the scenarios drive. */
export function createVanillaOkrBuilder(parent, doc) {
  const { host, root } = styledHost('pw-okr-builder', parent);
  const refs = new Map();
  const period = h('input', { type: 'text', placeholder: 'e.g. 2027-Q1' });
  period.value = doc.period;
  const sum = summary(doc);
  const stats = h('p', { class: 'sheet-stats' }, sum.stats);
  const summaryBody = h('tbody', null, ...sum.body);
  const header = worksheetHeader(doc.title, ['JSON', 'Markdown']);
  const log = editLog(header);
  root.append(
    header,
    h('slot'),
    h('div', { role: 'alert' }),
    h(
      'section',
      { class: 'setup', part: 'setup', 'aria-label': 'Period and teams' },
      h('label', { class: 'period' }, h('span', { class: 'setup-label' }, 'Period'), period),
      h(
        'fieldset',
        { class: 'teams' },
        h('legend', { class: 'setup-label' }, 'Teams'),
        h(
          'ul',
          null,
          ...doc.teams.map((t, i) => {
            const name = h('input', { type: 'text', 'aria-label': `Name of team ${i + 1}` });
            name.value = t.name;
            return h('li', { 'data-team': t.id }, name, h('button', { type: 'button', class: 'icon small danger', 'aria-disabled': 'true' }, ico('trash')));
          }),
        ),
        h('button', { type: 'button', class: 'add-team' }, ico('plus'), ' Add team'),
      ),
    ),
    h(
      'section',
      { class: 'summary', part: 'summary', 'aria-labelledby': 'summary-title' },
      h('h3', { id: 'summary-title' }, 'Score per team'),
      stats,
      h(
        'div',
        { class: 'table-wrap' },
        h('table', { class: 'team-table cards' }, h('caption', { class: 'visually-hidden' }, 'Score per team'), h('thead', null, h('tr', null, ...['Team', 'Joint objectives', 'Own objectives', 'Key results it owns'].map((t) => h('th', { scope: 'col' }, t)))), summaryBody),
      ),
    ),
    h(
      'div',
      { class: 'bar', part: 'filter' },
      h('button', { type: 'button', class: 'primary add add-objective' }, ico('plus'), ' Add objective'),
      h('label', { class: 'filter' }, 'Show ', h('select', null, h('option', { value: 'all', selected: true }, 'All objectives'), h('option', { value: 'joint' }, 'Joint objectives'), ...doc.teams.map((t) => h('option', { value: `team:${t.id}` }, `Owned by ${t.name}`)))),
      h('span', { class: 'shown-count' }, `${doc.objectives.length} objectives`),
      h('p', { class: 'coach-count', role: 'status' }, 'Coaching notes'),
    ),
    h('p', { class: 'hint', id: 'reorder-hint' }, 'Drag the handle, or use Move up and Move down, to reorder.'),
    h('ol', { class: 'objectives long', part: 'objectives', 'aria-label': 'Objectives' }, ...doc.objectives.map((o, i) => card(o, i, doc.teams, refs))),
    log.live,
  );

  /** Opens one key result's check-in panel (untimed set-up of the check-in scenario). */
  function openCheckIn(objectiveId, krId) {
    const r = refs.get(`${objectiveId}/${krId}`);
    r.toggle.setAttribute('aria-expanded', 'true');
    const input = (attrs, value) => {
      const el = h('input', attrs);
      el.value = value;
      return el;
    };
    const form = h(
      'form',
      { class: 'checkin-form' },
      h('label', null, 'Date ', input({ type: 'date', name: 'date', required: true }, '2027-03-20')),
      h('label', null, `New value `, input({ type: 'number', name: 'value', step: 'any', required: true }, num(r.kr.current))),
      h('label', null, 'Confidence (0–1) ', input({ type: 'number', name: 'confidence', min: 0, max: 1, step: 0.05 }, r.kr.confidence === undefined ? '' : String(r.kr.confidence))),
      h('label', { class: 'note' }, 'Note ', input({ type: 'text', name: 'note', placeholder: 'What changed?' }, '')),
      h('button', { type: 'submit', class: 'primary record' }, 'Record check-in'),
      h('button', { type: 'button' }, 'Close'),
    );
    const history = h('ol', { class: 'history' }, ...byDate(r.kr).reverse().map(historyItem(r.kr)));
    const panel = h('tr', { class: 'checkin-row' }, h('td', { colspan: 10 }, h('div', { class: 'checkin-panel', part: 'check-in', role: 'group', 'aria-label': `Check-ins of ${r.name}` }, form, h('h4', { class: 'history-title' }, 'History'), history)));
    r.tr.after(panel);
    // As the element does, focus moves to the new value (and the page scrolls to it).
    form.elements.namedItem('value').focus();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const f = (n) => form.elements.namedItem(n);
      recordCheckIn(objectiveId, krId, { date: f('date').value, value: f('value').valueAsNumber, confidence: f('confidence').value === '' ? undefined : f('confidence').valueAsNumber, note: f('note').value.trim() || undefined }, history);
      f('note').value = '';
    });
    return form;
  }

  const historyItem = (kr) => (c) =>
    h('li', null, h('span', { class: 'history-date' }, DAY.format(new Date(`${c.date}T00:00:00Z`))), h('strong', { class: 'history-value' }, withUnit(c.value, kr.unit)), c.confidence === undefined ? null : h('span', { class: 'muted' }, `confidence ${pct(c.confidence)}`), c.note ? h('span', { class: 'history-note' }, c.note) : null, h('button', { type: 'button', class: 'icon small danger', 'aria-label': `Delete the check-in of ${c.date}` }, ico('trash')));

  /** A check-in: the key result's row, its objective's score, the summary and the history; nothing else. */
  function recordCheckIn(objectiveId, krId, input, history) {
    const r = refs.get(`${objectiveId}/${krId}`);
    const kr = r.kr;
    const checkIns = kr.checkIns ?? (kr.checkIns = []);
    const checkIn = { id: `checkin-${checkIns.length + 1}`, date: input.date, value: input.value, ...(input.confidence === undefined ? {} : { confidence: input.confidence }), ...(input.note ? { note: input.note } : {}) };
    const latest = byDate(kr).pop();
    checkIns.push(checkIn);
    if (!latest || input.date >= latest.date) {
      kr.current = input.value;
      if (input.confidence !== undefined) kr.confidence = input.confidence;
    }
    r.current.value = String(kr.current);
    r.confidence.value = kr.confidence === undefined ? '' : String(kr.confidence);
    setProgress(r.prog, kr);
    r.trendCell.replaceChildren(trend(kr, r.name));
    r.toggle.replaceWith((r.toggle = toggleButton(kr, r.name)));
    r.toggle.setAttribute('aria-expanded', 'true');
    history.prepend(historyItem(kr)(checkIn));
    const o = refs.get(objectiveId);
    const score = scoreOf(o.objective);
    o.li.dataset.band = bandOf(score);
    o.badge.replaceChildren(scoreBadge(score));
    const next = summary(doc);
    stats.textContent = next.stats;
    summaryBody.replaceChildren(...next.body);
    log.record({ objectiveId, krId, checkIn: checkIn.id }, `Check-in recorded: ${r.name} is now ${num(kr.current)}`);
  }

  return { host, root, refs, openCheckIn };
}
