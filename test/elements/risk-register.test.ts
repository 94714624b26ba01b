import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/risk-register.js';
import type { PwRiskRegister } from '../../src/index.js';
import { sampleRiskRegister, type RiskRegisterDocument } from '../../src/models/index.js';
import { largeRiskRegister } from '../../stories/fixtures.js';
import { captureDownloads } from './downloads.js';

const TODAY = '2026-11-25';

async function register(doc: RiskRegisterDocument = sampleRiskRegister(), attrs = ''): Promise<PwRiskRegister> {
  const el = await fixture<PwRiskRegister>(html`<pw-risk-register today=${TODAY}></pw-risk-register>`);
  if (attrs) el.setAttribute(attrs, '');
  el.value = doc;
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: PwRiskRegister, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: PwRiskRegister, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const rowIds = (el: PwRiskRegister) => $$(el, 'tbody tr').map((r) => r.getAttribute('data-id'));
const cell = (el: PwRiskRegister, l: number, i: number) => $<HTMLButtonElement>(el, `.cell[aria-label*="likelihood ${l}, impact ${i},"]`);


describe('<pw-risk-register>', () => {
  describe('heat map', () => {
    it('counts risks per cell and carries score, band and count as text', async () => {
      const el = await register();
      const c = cell(el, 4, 5);
      expect(c.getAttribute('data-count')).to.equal('1');
      expect(c.textContent!.replace(/\s+/g, ' ').trim()).to.equal('20 1');
      expect(c.getAttribute('aria-label')).to.contain('Critical band');
      expect(cell(el, 3, 4).getAttribute('data-count')).to.equal('2');
    });

    it('switches to residual ratings; unrated risks stay at their inherent rating, with a note', async () => {
      const el = await register();
      $$<HTMLButtonElement>(el, '.segmented button')[1]!.click();
      await el.updateComplete;
      // risk-3 moves from 4×5 to 3×4, risk-4 leaves 3×4 for 2×3, risk-5 (no residual) stays at 3×4.
      expect(cell(el, 4, 5).getAttribute('data-count')).to.equal('0');
      expect(cell(el, 3, 4).getAttribute('data-count')).to.equal('2');
      expect(cell(el, 2, 3).getAttribute('data-count')).to.equal('1');
      expect($(el, '.note').textContent).to.contain('3 risks have no residual rating');
    });

    it('filters the table by a chosen cell and clears the filter', async () => {
      const el = await register();
      cell(el, 3, 4).click();
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['risk-4', 'risk-5']);
      expect($(el, '[part="filter"]').textContent).to.contain('Showing 2 of 12');
      $<HTMLButtonElement>(el, '[part="filter"] button').click();
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(12);
    });

    it('is one tab stop; arrows move between cells, Enter filters, Escape clears', async () => {
      const el = await register();
      const cells = $$<HTMLButtonElement>(el, '.cell');
      expect(cells.filter((c) => c.tabIndex === 0)).to.have.length(1);
      cells[0]!.focus();
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight']) await sendKeys({ press: key });
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(focused.getAttribute('aria-label')).to.contain('likelihood 2, impact 2,');
      expect(focused.tabIndex).to.equal(0);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['risk-11']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(12);
    });
  });

  describe('legend', () => {
    it('gives each band its range of scores, following the document\'s bands, and counts the risks in each', async () => {
      const el = await register();
      const legend = () =>
        $$(el, '.legend li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      const counts = (doc: RiskRegisterDocument) => {
        const by = { low: 0, medium: 0, high: 0, critical: 0 };
        const b = doc.bands ?? { medium: 5, high: 10, critical: 20 };
        for (const r of doc.risks) {
          const s = r.likelihood * r.impact;
          by[s >= b.critical ? 'critical' : s >= b.high ? 'high' : s >= b.medium ? 'medium' : 'low']++;
        }
        return Object.values(by);
      };
      const sample = sampleRiskRegister();
      const [lo, me, hi, cr] = counts(sample);
      expect(legend()).to.deep.equal([`Low 1–4 ${lo}`, `Medium 5–9 ${me}`, `High 10–16 ${hi}`, `Critical 20–25 ${cr}`]);
      const custom = { ...sample, bands: { medium: 7, high: 8, critical: 15 } };
      el.value = custom;
      await el.updateComplete;
      const [lo2, me2, hi2, cr2] = counts(custom);
      // No score is 7: the medium band is empty and says so.
      expect(legend()).to.deep.equal([`Low 1–6 ${lo2}`, `Medium none ${me2}`, `High 8–12 ${hi2}`, `Critical 15–25 ${cr2}`]);
    });
  });

  describe('table', () => {
    it('edits every kind of field inline, one change and one undo step each', async () => {
      const el = await register();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      const row = $(el, 'tr[data-id="risk-2"]');
      const pick = (label: string, value: string) => {
        const s = row.querySelector<HTMLSelectElement>(`select[aria-label^="${label}"]`)!;
        s.value = value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
      };
      pick('Category', 'regulatory');
      pick('Likelihood', '5');
      pick('Status', 'closed');
      pick('Residual impact', '1');
      const owner = row.querySelector<HTMLTextAreaElement>('textarea.owner')!;
      owner.value = 'Data Protection Officer';
      owner.dispatchEvent(new Event('change', { bubbles: true }));
      const date = row.querySelector<HTMLInputElement>('input[type=date]')!;
      date.value = '2027-05-01';
      date.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      const risk = el.value.risks[1]!;
      expect(risk).to.include({ category: 'regulatory', likelihood: 5, status: 'closed', residualLikelihood: 2, residualImpact: 1, owner: 'Data Protection Officer', reviewDate: '2027-05-01' });
      expect(changes).to.equal(6);
      for (let i = 0; i < 6; i++) el.undo();
      expect(el.value).to.deep.equal(sampleRiskRegister());
    });

    it('clears a residual rating as a pair and sets it as a pair', async () => {
      const el = await register();
      const row = () => $(el, 'tr[data-id="risk-1"]');
      const s = row().querySelector<HTMLSelectElement>('select[aria-label^="Residual likelihood"]')!;
      s.value = '';
      s.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.value.risks[0]).not.to.have.keys('residualLikelihood');
      expect('residualImpact' in el.value.risks[0]!).to.equal(false);
      const i = row().querySelector<HTMLSelectElement>('select[aria-label^="Residual impact"]')!;
      i.value = '2';
      i.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.value.risks[0]).to.include({ residualLikelihood: 3, residualImpact: 2 });
    });

    it('commits a title on Enter once, even when focus then leaves the field', async () => {
      const el = await register();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      const title = $<HTMLTextAreaElement>(el, 'tr[data-id="risk-2"] textarea.title');
      title.focus();
      title.select();
      await sendKeys({ type: 'Telemetry transfer' });
      await sendKeys({ press: 'Enter' });
      title.blur();
      await el.updateComplete;
      expect(el.value.risks[1]!.title).to.equal('Telemetry transfer');
      expect(changes).to.equal(1);
    });

    it('refuses an empty title and keeps the old one', async () => {
      const el = await register();
      const title = $<HTMLTextAreaElement>(el, 'tr[data-id="risk-1"] textarea.title');
      title.value = '   ';
      title.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.value.risks[0]!.title).to.equal(sampleRiskRegister().risks[0]!.title);
      expect(title.value).to.equal(sampleRiskRegister().risks[0]!.title);
    });

    it('adds a risk with its title focused, duplicates one after the original, deletes with undo', async () => {
      const el = await register();
      $<HTMLButtonElement>(el, 'button.add').click();
      await el.updateComplete;
      await aTimeout(0);
      expect(el.value.risks).to.have.length(13);
      expect(el.shadowRoot!.activeElement?.matches('tr[data-id="risk-13"] textarea.title')).to.equal(true);
      $<HTMLButtonElement>(el, 'tr[data-id="risk-2"] button[aria-label^="Duplicate"]').click();
      await el.updateComplete;
      expect(el.value.risks[2]!.title).to.equal(`${sampleRiskRegister().risks[1]!.title} (copy)`);
      $<HTMLButtonElement>(el, 'tr[data-id="risk-1"] button[aria-label^="Delete"]').click();
      await el.updateComplete;
      expect(el.value.risks.find((r) => r.id === 'risk-1')).to.equal(undefined);
      expect($(el, '[aria-live]').textContent).to.contain('Deleted');
      el.undo();
      expect(el.value.risks[0]!.id).to.equal('risk-1');
    });

    it('sorts by score, status and review date, and back to document order', async () => {
      const el = await register();
      const sortBy = async (label: string) => {
        $<HTMLButtonElement>(el, `button[aria-label="Sort by ${label}"]`).click();
        await el.updateComplete;
      };
      await sortBy('inherent');
      expect(rowIds(el)[0]).to.equal('risk-3'); // 20, the highest
      expect($(el, 'th[aria-sort="descending"]')).to.exist;
      await sortBy('inherent');
      expect(rowIds(el)[0]).to.equal('risk-12'); // 3, the lowest
      await sortBy('inherent');
      expect(rowIds(el)).to.deep.equal(sampleRiskRegister().risks.map((r) => r.id));
      await sortBy('review');
      expect(rowIds(el).slice(0, 2)).to.deep.equal(['risk-6', 'risk-5']); // 2026-06-30, 2026-08-01
      expect(rowIds(el).slice(-2)).to.deep.equal(['risk-9', 'risk-12']); // no date: last
      await sortBy('status');
      await sortBy('status');
      expect(el.value.risks.find((r) => r.id === rowIds(el)[0])!.status).to.equal('closed');
    });

    it('flags past review dates of risks that are not closed', async () => {
      const el = await register();
      expect($$(el, 'tbody .overdue').map((o) => o.closest('tr')!.getAttribute('data-id'))).to.deep.equal(['risk-1', 'risk-5']);
      expect($(el, '[part="summary"]').textContent).to.contain('2 overdue');
    });

    it('shows every field as text in review mode', async () => {
      const el = await register(sampleRiskRegister(), 'readonly');
      const row = $(el, 'tr[data-id="risk-1"]');
      const r = sampleRiskRegister().risks[0]!;
      for (const text of [r.title, r.description, r.mitigation, r.owner, 'Antitrust', 'Reduce', 'Open', '3 × 5', '1 × 5', '15 High']) {
        expect(row.textContent).to.contain(text);
      }
    });
  });

  describe('a long register', () => {
    it('lays out only the cells near the screen; rows keep their height and fields stay labelled and reachable', async () => {
      const el = await register(largeRiskRegister(200));
      el.style.display = 'block';
      el.style.width = '1000px'; // the table, not the narrow cards
      await nextFrame();
      await nextFrame();
      const rows = $$(el, 'tbody tr');
      const shown = (row: Element) => row.querySelector('td')!.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
      expect(rows).to.have.length(200);
      expect(shown(rows[0]!)).to.equal(true);
      const last = rows.at(-1)!;
      expect(shown(last)).to.equal(false);
      const height = last.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(40);
      // Its fields are there: labelled, focusable, editable. Focus brings the row near the screen and draws it.
      const select = last.querySelector<HTMLSelectElement>('select[data-field="likelihood"]')!;
      expect(select.getAttribute('aria-label')).to.match(/^Likelihood of /);
      select.focus();
      expect(el.shadowRoot!.activeElement).to.equal(select);
      await nextFrame();
      await nextFrame();
      expect(shown(last)).to.equal(true);
      expect(Math.abs(last.getBoundingClientRect().height - height)).to.be.lessThan(8);
      select.value = String((Number(select.value) % 5) + 1);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.value.risks.at(-1)!.likelihood).to.equal(Number(select.value));
    });

    it('an edit writes only what it changes: its row, two heat-map cells, the counts, the undo button and the announcement', async () => {
      const el = await register(largeRiskRegister(200));
      const row = $$(el, 'tbody tr')[120]!;
      const select = row.querySelector<HTMLSelectElement>('select[data-field="likelihood"]')!;
      const risk = el.value.risks[120]!;
      const to = (risk.likelihood % 5) + 1;
      const touched = new Set<Element>();
      const observer = new MutationObserver((records) => {
        for (const r of records) touched.add(r.target instanceof Element ? r.target : r.target.parentElement!);
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      select.value = String(to);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      observer.disconnect();
      const where = (e: Element) =>
        e.closest('tbody tr') ? 'row' : e.closest('.heat-map .cell') ? 'cell' : e.closest('.legend, .summary') ? 'counts' : e.closest('[part="toolbar"]') ? 'toolbar' : e.closest('[aria-live]') ? 'announcement' : e.localName;
      expect([...touched].filter((e) => e.closest('tbody tr') && e.closest('tbody tr') !== row)).to.deep.equal([]);
      const areas = new Set([...touched].map(where));
      expect(areas).to.include.all.keys('row', 'cell');
      for (const area of areas) expect(['row', 'cell', 'counts', 'toolbar', 'announcement']).to.include(area);
      const cells = new Set([...touched].map((e) => e.closest('.heat-map .cell')).filter(Boolean));
      expect([...cells].map((c) => `${c!.getAttribute('data-likelihood')}×${c!.getAttribute('data-impact')}`).sort()).to.deep.equal(
        [`${risk.likelihood}×${risk.impact}`, `${to}×${risk.impact}`].sort(),
      );
    });
  });

  describe('files', () => {
    it('exports JSON, formula-safe CSV and Markdown', async () => {
      const doc = sampleRiskRegister();
      doc.risks[0]!.title = '=HYPERLINK("http://x")';
      const el = await register(doc);
      const dl = captureDownloads();
      try {
        for (const b of $$<HTMLButtonElement>(el, '[part="toolbar"] button')) if (/^(JSON|CSV|Markdown)$/.test(b.textContent!.trim())) b.click();
      } finally {
        dl.restore();
      }
      expect(dl.files.map((f) => f.name)).to.deep.equal([
        'co-sold-gpu-cloud-alliance-risk-register.json',
        'co-sold-gpu-cloud-alliance-risk-register.csv',
        'co-sold-gpu-cloud-alliance-risk-register.md',
      ]);
      const [json, csv, md] = await Promise.all(dl.files.map((f) => f.text));
      expect(JSON.parse(json!)).to.deep.equal(doc);
      expect(csv).to.contain(`"'=HYPERLINK(""http://x"")"`);
      expect(md).to.contain('# Co-sold GPU cloud alliance: risk register');
    });

    it('imports a JSON file as one undoable edit, and refuses a bad one with a message', async () => {
      const el = await register({ kind: 'risk-register', version: 1, title: 'Empty', risks: [] });
      const input = $<HTMLInputElement>(el, 'input[type=file]');
      const choose = (text: string, name: string) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'application/json' }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change'));
      };
      const changed = oneEvent(el, 'change');
      choose(JSON.stringify(sampleRiskRegister()), 'register.json');
      await changed;
      expect(el.value).to.deep.equal(sampleRiskRegister());
      const refused = oneEvent(el, 'pw-invalid');
      choose('{"kind":"risk-register","version":7}', 'future.json');
      const e = await refused;
      expect(e.detail.source).to.equal('import');
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.contain('“future.json” could not be imported');
      expect($(el, '[role="alert"]').textContent).to.contain('version 7');
      expect(el.value).to.deep.equal(sampleRiskRegister());
      el.undo();
      expect(el.value.risks).to.deep.equal([]);
    });
  });

  describe('text is text', () => {
    it('renders markup in fields literally', async () => {
      const doc = sampleRiskRegister();
      const payload = '<img src=x onerror="window.__xss=1">';
      Object.assign(doc.risks[0]!, { title: payload, description: payload, owner: payload, mitigation: payload });
      doc.title = payload;
      const el = await register(doc, 'readonly');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect($(el, 'tr[data-id="risk-1"]').textContent).to.contain(payload);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });
  });
});
