import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/deal-comparator.js';
import type { PwDealComparator } from '../../src/define/deal-comparator.js';
import { sampleDealComparator, type DealComparatorDocument } from '../../src/models/deal-comparator/index.js';
import { largeDealComparator } from '../../stories/deal-fixtures.js';
import { captureDownloads } from './downloads.js';

/** Opens the chart's data table as a reader would, by its summary. */
async function openChartTable(el: PwDealComparator): Promise<void> {
  $<HTMLElement>(el, 'details.chart-data summary').click();
  await el.updateComplete;
}

async function comparator(doc: DealComparatorDocument | null = sampleDealComparator(), attrs = ''): Promise<PwDealComparator> {
  const el = await fixture<PwDealComparator>(html`<pw-deal-comparator locale="en-US"></pw-deal-comparator>`);
  if (attrs) el.setAttribute(attrs, '');
  if (doc) el.value = doc;
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: PwDealComparator, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: PwDealComparator, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const scoreInput = (el: PwDealComparator, option: string, criterion: string) =>
  $<HTMLInputElement>(el, `input.score-input[data-o="${option}"][data-c="${criterion}"]`);
const totalCell = (el: PwDealComparator, option: string) => $(el, `td.total[data-id="${option}"]`);
const weightRow = (el: PwDealComparator, criterion: string) => $(el, `tr[data-id="${criterion}"]`);
function setField(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, events: string[] = ['input', 'change']): void {
  field.value = value;
  for (const type of events) field.dispatchEvent(new Event(type, { bubbles: true }));
}


describe('<pw-deal-comparator>', () => {
  describe('grid, totals and ranks', () => {
    it('shows totals, ranks and the leader in words', async () => {
      const el = await comparator();
      expect(text($(el, '[part="summary"]'))).to.contain('Marketplace co-sell with a hyperscaler leads with 7.70 of 10, 0.42 ahead of');
      const leader = totalCell(el, 'marketplace-co-sell');
      expect(text(leader)).to.equal('7.70 Rank 1 Leader');
      expect(leader.dataset.leader).to.equal('true');
      expect(text(totalCell(el, 'si-reseller'))).to.equal('7.28 Rank 2');
      expect(text(weightRow(el, 'strategic-fit').querySelector('.share'))).to.equal('20%');
    });

    it('editing a score updates the total and the rank live, as one undoable change', async () => {
      const el = await comparator();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      setField(scoreInput(el, 'si-reseller', 'strategic-fit'), '10');
      await el.updateComplete;
      expect(el.value.options[5]!.scores['strategic-fit']).to.equal(10);
      expect(text(totalCell(el, 'si-reseller'))).to.equal('8.48 Rank 1 Leader');
      expect(text(totalCell(el, 'marketplace-co-sell'))).to.equal('7.70 Rank 2');
      expect(text($(el, '.visually-hidden[aria-live="polite"]'))).to.contain('Regional reseller agreement with a systems integrator leads');
      expect(changes).to.equal(1);
      el.undo();
      await el.updateComplete;
      expect(el.value).to.deep.equal(sampleDealComparator());
      expect(scoreInput(el, 'si-reseller', 'strategic-fit').value).to.equal('4');
    });

    it('refuses a score of 11 or text, says why, and keeps the old score', async () => {
      const el = await comparator();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      const input = scoreInput(el, 'sovereign-jv', 'capital');
      setField(input, '11');
      await el.updateComplete;
      expect(input.value).to.equal('2');
      expect(text($(el, '.field-notice'))).to.contain('Scores run from 0 to 10; 11 was not accepted');
      expect(changes).to.equal(0);
      expect(el.value).to.deep.equal(sampleDealComparator());
    });

    it('a cleared score is marked missing in words and counts 0', async () => {
      const el = await comparator();
      setField(scoreInput(el, 'marketplace-co-sell', 'strategic-fit'), '');
      await el.updateComplete;
      expect('strategic-fit' in el.value.options[0]!.scores).to.equal(false);
      const cell = scoreInput(el, 'marketplace-co-sell', 'strategic-fit').closest('td')!;
      expect(cell.dataset.missing).to.equal('true');
      expect(text(cell)).to.equal('missing');
      expect(scoreInput(el, 'marketplace-co-sell', 'strategic-fit').getAttribute('aria-label')).to.contain('missing, counts as 0');
      // 7.70 − 20 × 7 / 100 = 6.30
      expect(text(totalCell(el, 'marketplace-co-sell'))).to.contain('6.30');
      expect(text(totalCell(el, 'marketplace-co-sell'))).to.contain('1 missing');
      expect(text($(el, '[part="summary"]'))).to.contain('1 missing score counts as 0');
    });

    it('shows ties as ties: the same rank, "tied", and "Tied lead"', async () => {
      const doc = sampleDealComparator();
      doc.options[5]!.scores = { ...doc.options[0]!.scores };
      const el = await comparator(doc);
      expect(text(totalCell(el, 'marketplace-co-sell'))).to.equal('7.70 Rank 1 Tied lead');
      expect(text(totalCell(el, 'si-reseller'))).to.equal('7.70 Rank 1 Tied lead');
      expect(text(totalCell(el, 'gpu-vendor-stake'))).to.equal('6.78 Rank 3');
      expect(text($(el, '[part="summary"]'))).to.contain('Tied for the lead at 7.70 of 10');
      expect(text($(el, '[part="sensitivity"]'))).to.contain('already tied');
    });

    it('explains zero total weight and never shows NaN or Infinity', async () => {
      const doc = sampleDealComparator();
      doc.criteria.forEach((c) => (c.weight = 0));
      const el = await comparator(doc);
      const all = text(el.shadowRoot as unknown as Element);
      expect(all).not.to.match(/NaN|Infinity/);
      expect(text($(el, '[part="summary"]'))).to.contain('Every criterion has weight 0');
      expect(text(totalCell(el, 'marketplace-co-sell'))).to.equal('— No weight');
      expect(text($(el, '[part="chart"]'))).to.contain('No bars to draw');
      expect(text($(el, '[part="sensitivity"]'))).to.contain('Every weight is 0');
    });

    it('explains a worksheet with criteria but no options, and one with options but no criteria', async () => {
      const doc = sampleDealComparator();
      const el = await comparator({ ...doc, options: [] });
      expect(text($(el, '[part="summary"]'))).to.contain('There are no options to compare yet.');
      expect(text($(el, '.grid-section'))).to.contain('Add an option to compare.');
      el.value = { ...doc, criteria: [], options: doc.options.map((o) => ({ ...o, scores: {} })) };
      await el.updateComplete;
      expect(text($(el, '[part="summary"]'))).to.contain('There are no criteria yet');
      expect(text(el.shadowRoot as unknown as Element)).not.to.match(/NaN|Infinity/);
    });
  });

  describe('weights', () => {
    it('dragging a slider previews live and commits one undo step on release; the leader change is announced', async () => {
      const el = await comparator();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      const slider = weightRow(el, 'strategic-fit').querySelector<HTMLInputElement>('input[type=range]')!;
      for (const w of ['15', '10', '5']) {
        setField(slider, w, ['input']);
        await el.updateComplete;
      }
      expect(changes).to.equal(0);
      expect(el.value.criteria[0]!.weight).to.equal(20);
      expect(totalCell(el, 'si-reseller').dataset.leader).to.equal('true');
      expect(text(weightRow(el, 'strategic-fit').querySelector('.share'))).to.equal('5.9%');
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(changes).to.equal(1);
      expect(el.value.criteria[0]!.weight).to.equal(5);
      expect(text($(el, '.visually-hidden[aria-live="polite"]'))).to.contain('Weight of Strategic fit set to 5. Regional reseller agreement with a systems integrator leads');
      el.undo();
      await el.updateComplete;
      expect(el.value.criteria[0]!.weight).to.equal(20);
      expect(totalCell(el, 'marketplace-co-sell').dataset.leader).to.equal('true');
    });

    it('the number field sets a weight and refuses a negative one', async () => {
      const el = await comparator();
      const number = () => weightRow(el, 'exit').querySelector<HTMLInputElement>('input.weight-number')!;
      setField(number(), '60');
      await el.updateComplete;
      expect(el.value.criteria[6]!.weight).to.equal(60);
      expect(totalCell(el, 'si-reseller').dataset.leader).to.equal('true');
      setField(number(), '-3');
      await el.updateComplete;
      expect(el.value.criteria[6]!.weight).to.equal(60);
      expect(number().value).to.equal('60');
      expect(text($(el, '.field-notice'))).to.contain('A weight is a number, 0 or more');
    });

    it('labels both weight controls and links them to the sensitivity hint', async () => {
      const el = await comparator();
      const row = weightRow(el, 'strategic-fit');
      const [slider, number] = [...row.querySelectorAll<HTMLInputElement>('td.weight input')];
      expect(slider!.getAttribute('aria-label')).to.equal('Weight of Strategic fit, slider');
      expect(number!.getAttribute('aria-label')).to.equal('Weight of Strategic fit');
      const hint = el.shadowRoot!.getElementById(slider!.getAttribute('aria-describedby')!)!;
      expect(text(hint)).to.equal('Leader changes at 6 or below');
      expect(text(weightRow(el, 'ip-position').querySelector('.hint'))).to.equal('Leader holds across 0–100');
    });
  });

  describe('sensitivity', () => {
    it('tabulates how far each weight can move before the leader changes', async () => {
      const el = await comparator();
      const rows = $$(el, '[part="sensitivity"] tbody tr').map(text);
      expect(rows).to.have.length(8);
      expect(rows[0]).to.equal('Strategic fit 20 At 6 (−14) Regional reseller agreement with a systems integrator draws level, then leads No change within 0–100');
      expect(rows[3]).to.equal('IP position 12 No change within 0–100 No change within 0–100');
      expect(rows[6]).to.contain('At 51 (+42)');
    });
  });

  describe('adding, duplicating, reordering and deleting', () => {
    it('loads the sample from the empty state', async () => {
      const el = await comparator(null);
      expect(text($(el, '.empty'))).to.contain('No options or criteria yet.');
      $<HTMLButtonElement>(el, 'button.load-sample').click();
      await el.updateComplete;
      expect(el.value.options).to.have.length(6);
      expect(el.value.criteria).to.have.length(8);
      el.undo();
      expect(el.value.options).to.have.length(0);
    });

    it('adds an option and a criterion, focusing the new name', async () => {
      const el = await comparator();
      $<HTMLButtonElement>(el, 'button.add-option').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(el.value.options.at(-1)).to.deep.include({ id: 'option-7', name: 'New option', structure: 'other' });
      expect((el.shadowRoot!.activeElement as HTMLTextAreaElement).closest('.option-card')!.getAttribute('data-id')).to.equal('option-7');
      // Its scores are all missing until filled in.
      expect(text(totalCell(el, 'option-7'))).to.contain('8 missing');
      $<HTMLButtonElement>(el, 'button.add-criterion').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(el.value.criteria.at(-1)).to.deep.equal({ id: 'criterion-9', label: 'New criterion', weight: 10 });
      expect(el.shadowRoot!.activeElement!.classList.contains('crit-label')).to.equal(true);
    });

    it('moves, duplicates and deletes criteria and options, each undoable', async () => {
      const el = await comparator();
      const crit = (id: string, b: string) => $<HTMLButtonElement>(el, `tr[data-id="${id}"] button.${b}`);
      const card = (id: string, b: string) => $<HTMLButtonElement>(el, `.option-card[data-id="${id}"] button.${b}`);
      crit('control', 'earlier').click();
      await el.updateComplete;
      expect(el.value.criteria.map((c) => c.id).slice(0, 3)).to.deep.equal(['strategic-fit', 'control', 'revenue-potential']);
      crit('strategic-fit', 'duplicate').click();
      await el.updateComplete;
      expect(el.value.criteria[1]).to.deep.include({ label: 'Strategic fit (copy)', weight: 20 });
      expect(el.value.options[0]!.scores[el.value.criteria[1]!.id]).to.equal(7);
      crit('exit', 'remove').click();
      await el.updateComplete;
      expect(el.value.criteria.some((c) => c.id === 'exit')).to.equal(false);
      expect('exit' in el.value.options[0]!.scores).to.equal(false);
      card('sovereign-jv', 'later').click();
      await el.updateComplete;
      expect(el.value.options.map((o) => o.id).slice(2, 4)).to.deep.equal(['colo-licence', 'sovereign-jv']);
      card('si-reseller', 'duplicate').click();
      await el.updateComplete;
      expect(el.value.options.at(-1)!.name).to.equal('Regional reseller agreement with a systems integrator (copy)');
      card('gpu-vendor-stake', 'remove').click();
      await el.updateComplete;
      expect(el.value.options.map((o) => o.id)).not.to.include('gpu-vendor-stake');
      // The first row cannot move up: the button says so and does nothing.
      expect(crit('strategic-fit', 'earlier').getAttribute('aria-disabled')).to.equal('true');
      for (let i = 0; i < 6; i++) el.undo();
      expect(el.value).to.deep.equal(sampleDealComparator());
    });

    it('keeps focus on a moved row’s button', async () => {
      const el = await comparator();
      const button = $<HTMLButtonElement>(el, 'tr[data-id="time-to-value"] button.later');
      button.focus();
      button.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'tr[data-id="time-to-value"] button.later'));
    });
  });

  describe('terms', () => {
    it('edits structure, IP ownership, percentages, amounts and text; formats the amount in the currency', async () => {
      const el = await comparator();
      const card = $(el, '.option-card[data-id="colo-licence"]');
      const [structure, ip] = [...card.querySelectorAll<HTMLSelectElement>('select')];
      setField(structure!, 'co-development', ['change']);
      setField(ip!, 'joint', ['change']);
      setField(card.querySelector<HTMLInputElement>('input[id$="equityPct"]')!, '15');
      setField(card.querySelector<HTMLInputElement>('input[id$="upfrontInvestment"]')!, '7500000');
      setField(card.querySelectorAll<HTMLTextAreaElement>('textarea')[1]!, 'Royalty audit each year.');
      await el.updateComplete;
      const o = el.value.options[3]!;
      expect(o.structure).to.equal('co-development');
      expect(o.terms).to.deep.include({ ipOwnership: 'joint', equityPct: 15, upfrontInvestment: 7_500_000 });
      expect(o.terms.exitCriteria).to.equal('Royalty audit each year.');
      expect(text(card.querySelector('.formatted'))).to.equal('$7,500,000');
      const currency = $<HTMLSelectElement>(el, '.currency select');
      setField(currency, 'EUR', ['change']);
      await el.updateComplete;
      expect(el.value.currency).to.equal('EUR');
      expect(text(card.querySelector('.formatted'))).to.equal('€7,500,000');
      expect(text(card)).to.contain('Upfront investment (EUR)');
    });

    it('refuses a percentage above 100 and clears a term when emptied', async () => {
      const el = await comparator();
      const card = $(el, '.option-card[data-id="gpu-vendor-stake"]');
      const equity = card.querySelector<HTMLInputElement>('input[id$="equityPct"]')!;
      setField(equity, '140');
      await el.updateComplete;
      expect(el.value.options[1]!.terms.equityPct).to.equal(12);
      expect(equity.value).to.equal('12');
      expect(text($(el, '.field-notice'))).to.contain('Equity must be a percentage from 0 to 100');
      setField(equity, '');
      await el.updateComplete;
      expect('equityPct' in el.value.options[1]!.terms).to.equal(false);
    });
  });

  describe('chart', () => {
    it('draws one bar per option in rank order, split by criterion; the segment under the pointer has a title', async () => {
      const el = await comparator();
      const bars = $$(el, '.bars .bar');
      expect(bars.map((b) => b.dataset.id)).to.deep.equal([
        'marketplace-co-sell', 'si-reseller', 'gpu-vendor-stake', 'colo-licence', 'rack-co-development', 'sovereign-jv',
      ]);
      expect(bars[0]!.getAttribute('aria-label')).to.equal('1. Marketplace co-sell with a hyperscaler: 7.70 of 10, leader');
      const segments = bars[0]!.querySelectorAll('.seg rect');
      expect(segments).to.have.length(8);
      expect($$(el, '.bars title')).to.have.length(0);
      segments[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      expect(text(segments[0]!.querySelector('title'))).to.equal('1. Strategic fit: 1.40 of Marketplace co-sell with a hyperscaler’s 7.70');
      // One tooltip, moved to the next segment the pointer reaches, and written from the numbers of the moment.
      segments[1]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      expect($$(el, '.bars title')).to.have.length(1);
      expect(text(segments[1]!.querySelector('title'))).to.match(/^2\. .+ of Marketplace co-sell with a hyperscaler’s 7\.70$/);
      // Segment widths add up to the bar: 7.70 of 10 on the scale.
      const widths = [...segments].reduce((sum, r) => sum + Number(r.getAttribute('width')), 0);
      const track = Number(bars[0]!.querySelector('.track')!.getAttribute('width'));
      expect(widths / track).to.be.closeTo(0.77, 1e-9);
    });

    it('keeps the tooltip of the segment under the pointer true when the numbers change under it', async () => {
      const el = await comparator();
      const bar = () => $(el, '.bars .bar[data-id="marketplace-co-sell"]');
      const fitSegment = () => bar().querySelector('.seg[data-criterion="strategic-fit"] rect')!;
      fitSegment().dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      expect(text(fitSegment().querySelector('title'))).to.equal('1. Strategic fit: 1.40 of Marketplace co-sell with a hyperscaler’s 7.70');
      // A weight changes by keyboard while the pointer rests: the tooltip says the new numbers.
      const number = weightRow(el, 'strategic-fit').querySelector<HTMLInputElement>('input.weight-number')!;
      setField(number, '40');
      await el.updateComplete;
      const now = text(fitSegment().querySelector('title'));
      expect(now).to.match(/^1\. Strategic fit: (\d+\.\d\d) of Marketplace co-sell with a hyperscaler’s (\d+\.\d\d)$/);
      expect(now).not.to.contain('1.40');
      expect($$(el, '.bars title')).to.have.length(1);
      // Its criterion's weight goes to 0: the segment is gone, and so is the tooltip (no other segment wears it).
      setField(number, '0');
      await el.updateComplete;
      expect(bar().querySelector('.seg[data-criterion="strategic-fit"]')).to.equal(null);
      expect($$(el, '.bars title')).to.have.length(0);
    });

    it('a weight change moves the segments in place; a weight of 0 takes its segments out, and back', async () => {
      const el = await comparator();
      const bar = () => $(el, '.bars .bar[data-id="marketplace-co-sell"]');
      const segs = () => [...bar().querySelectorAll<SVGGElement>('.seg')];
      const state = () =>
        segs().map((g) => ({
          criterion: g.dataset.criterion,
          colour: g.dataset.color,
          x: Number(g.firstElementChild!.getAttribute('x')),
          width: Number(g.firstElementChild!.getAttribute('width')),
          number: g.querySelector('.seg-number')?.textContent ?? null,
        }));
      const before = segs();
      const first = state();
      expect(first.map((s) => s.criterion)).to.deep.equal(el.value.criteria.map((c) => c.id));
      // Each segment starts where the one before it ends; wide ones carry their criterion's number.
      first.slice(1).forEach((s, i) => expect(s.x).to.be.closeTo(first[i]!.x + first[i]!.width, 1e-9));
      first.forEach((s, i) => expect(s.number).to.equal(s.width >= 18 ? String(i + 1) : null));
      const number = weightRow(el, 'strategic-fit').querySelector<HTMLInputElement>('input.weight-number')!;
      setField(number, '60');
      await el.updateComplete;
      expect(segs()).to.deep.equal(before); // the same elements, moved
      const wider = state();
      expect(wider[0]!.width).to.be.greaterThan(first[0]!.width);
      expect(wider[1]!.x).to.be.greaterThan(first[1]!.x);

      setField(number, '0');
      await el.updateComplete;
      expect(state().map((s) => s.criterion)).to.deep.equal(el.value.criteria.slice(1).map((c) => c.id));
      expect(state().map((s) => s.colour)).to.deep.equal(first.slice(1).map((s) => s.colour)); // colours stay with criteria
      expect(segs()).to.have.length(before.length - 1);
      setField(number, '20');
      await el.updateComplete;
      expect(state().map((s) => s.criterion)).to.deep.equal(first.map((s) => s.criterion));
      expect(state().every((s) => s.width > 0)).to.equal(true);
    });

    it('is one tab stop; the arrow keys move between bars and the breakdown follows', async () => {
      const el = await comparator();
      const bars = $$<SVGGElement & HTMLElement>(el, '.bars .bar');
      expect(bars.filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
      bars[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as Element).getAttribute('data-id')).to.equal('gpu-vendor-stake');
      expect(text($(el, '.breakdown'))).to.match(/^Minority investment from a GPU vendor: 6\.78 = Strategic fit 1\.60 \+/);
    });

    it('offers the same numbers as a data table', async () => {
      const el = await comparator();
      await openChartTable(el);
      const table = $$(el, '.chart-data tbody tr').map((tr) => [...tr.children].map(text));
      expect(table[0]).to.deep.equal(['1', 'Marketplace co-sell with a hyperscaler (leader)', '1.40', '1.20', '0.72', '1.08', '0.90', '1.08', '0.72', '0.60', '7.70']);
      expect(table).to.have.length(6);
    });

    it('draws the data table while it is open, and keeps it up to date', async () => {
      const el = await comparator();
      const details = $<HTMLDetailsElement>(el, 'details.chart-data');
      // Closed, it holds no rows to keep up to date.
      expect($$(el, '.chart-data tbody tr')).to.have.length(0);
      // Opened from the keyboard: the rows are there as it opens, before the next frame.
      details.querySelector('summary')!.focus({ preventScroll: true });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect($$(el, '.chart-data tbody tr')).to.have.length(6);
      const leaderTotal = () => text($(el, '.chart-data tbody tr:first-child td:last-child'));
      expect(leaderTotal()).to.equal('7.70');
      // A weight change while it is open rewrites its numbers.
      setField(weightRow(el, 'strategic-fit').querySelector<HTMLInputElement>('input.weight-number')!, '0');
      await el.updateComplete;
      expect(leaderTotal()).to.not.equal('7.70');
      expect(leaderTotal()).to.equal(text($(el, '.total[data-leader="true"] .total-value')));
      // Closed again (here by a script), it lets its rows go.
      details.open = false;
      await oneEvent(details, 'toggle');
      await el.updateComplete;
      expect($$(el, '.chart-data tbody tr')).to.have.length(0);
    });
  });

  describe('review mode, files and text', () => {
    it('readonly shows every score, weight and term as text', async () => {
      const el = await comparator(sampleDealComparator(), 'readonly');
      expect($$(el, 'input, select, textarea')).to.have.length(0);
      expect(text(weightRow(el, 'strategic-fit'))).to.contain('Strategic fit 20 20%');
      const terms = $$(el, '.option-card[data-id="gpu-vendor-stake"] dl > div').map((d) => `${text(d.querySelector('dt'))} = ${text(d.querySelector('dd'))}`);
      expect(terms).to.include.members(['Upfront investment (USD) = $150,000,000', 'Equity (%) = 12%', 'Revenue share (%) = Not set', 'Term (months) = 60 months']);
    });

    it('exports JSON, formula-safe CSV and the Markdown memo', async () => {
      const doc = sampleDealComparator();
      doc.options[0]!.name = '=HYPERLINK("http://x")';
      const el = await comparator(doc);
      const dl = captureDownloads();
      try {
        for (const b of $$<HTMLButtonElement>(el, '[part="toolbar"] button')) if (/^(JSON|CSV|Markdown)$/.test(b.textContent!.trim())) b.click();
      } finally {
        dl.restore();
      }
      expect(dl.files.map((f) => f.name)).to.deep.equal([
        'inference-platform-choosing-a-partnership-structure.json',
        'inference-platform-choosing-a-partnership-structure.csv',
        'inference-platform-choosing-a-partnership-structure.md',
      ]);
      const [json, csv, md] = await Promise.all(dl.files.map((f) => f.text));
      expect(JSON.parse(json!)).to.deep.equal(doc);
      expect(csv).to.contain(`"'=HYPERLINK(""http://x"")"`);
      expect(md).to.contain('## Sensitivity');
    });

    it('renders markup in names and notes literally', async () => {
      const doc = sampleDealComparator();
      const payload = '<img src=x onerror="window.__xss=1">';
      Object.assign(doc.options[0]!, { name: payload, notes: payload });
      doc.criteria[0]!.label = payload;
      const el = await comparator(doc, 'readonly');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text($(el, '.option-card[data-id="marketplace-co-sell"]'))).to.contain(payload);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('fires pw-invalid for a bad document and keeps the state', async () => {
      const el = await comparator();
      const refused = oneEvent(el, 'pw-invalid');
      el.value = { ...sampleDealComparator(), criteria: [{ id: 'a', label: 'A', weight: -2 }], options: [] };
      const e = await refused;
      expect(e.detail.errors[0].path).to.equal('/criteria/0/weight');
      expect(el.value).to.deep.equal(sampleDealComparator());
    });
  });

  describe('scale', () => {
    it('30 criteria × 20 options: a drag previews every step and commits once', async () => {
      const el = await comparator(largeDealComparator(20, 30));
      expect($$(el, 'input.score-input')).to.have.length(600);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      const slider = weightRow(el, 'criterion-1').querySelector<HTMLInputElement>('input[type=range]')!;
      for (let w = 0; w < 30; w++) {
        setField(slider, String(w * 3), ['input']);
        await el.updateComplete;
        expect(text(weightRow(el, 'criterion-1').querySelector('.share'))).not.to.equal('');
      }
      expect(changes).to.equal(0);
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(changes).to.equal(1);
      expect(el.value.criteria[0]!.weight).to.equal(87);
    });

    it('draws the chart at the width of its box, and follows the box when it is resized or drawn anew', async () => {
      const el = await comparator();
      el.style.display = 'block';
      el.style.width = '1100px';
      const width = () => Number(el.shadowRoot!.querySelector('svg.bars')?.getAttribute('width') ?? 0);
      await waitUntil(() => width() > 0);
      let before = width();
      el.style.width = '700px';
      await waitUntil(() => width() > 0 && width() !== before, 'the chart follows its box');
      // No options: no chart and no box. Options again: a new box, which is watched in its turn.
      el.value = { ...sampleDealComparator(), options: [] };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.chart-box')).to.equal(null);
      el.value = sampleDealComparator();
      await el.updateComplete;
      await waitUntil(() => width() > 0);
      before = width();
      el.style.width = '1100px';
      await waitUntil(() => width() > 0 && width() !== before, 'the new box is watched');
    });

    it('lays out only what is near the screen; what is skipped keeps its size, its labels and its place in the tab order', async () => {
      const el = await comparator(largeDealComparator(20, 30));
      el.style.display = 'block';
      el.style.width = '1200px';
      // "Near the screen" is measured from the top of the page, wherever an earlier test left it scrolled.
      window.scrollTo(0, 0);
      await nextFrame();
      await nextFrame();
      const drawn = (node: Element) => node.checkVisibility({ contentVisibilityAuto: true });
      const firstScore = $$(el, 'input.score-input')[0]!;
      expect(drawn(firstScore)).to.equal(true);
      const cards = $$(el, '.option-card');
      const lastCard = cards.at(-1)!;
      const field = lastCard.querySelector<HTMLTextAreaElement>('textarea')!;
      expect(drawn(field)).to.equal(false);
      expect(lastCard.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(field.labels?.length || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby')).to.be.ok;
      field.focus();
      expect(el.shadowRoot!.activeElement).to.equal(field);
      await nextFrame();
      await nextFrame();
      expect(drawn(field)).to.equal(true);
      // The chart panel is skipped too until it comes near; its bars are still there to read and to reach.
      expect($$(el, '.bars .bar')).to.have.length(20);
    });
  });
});
