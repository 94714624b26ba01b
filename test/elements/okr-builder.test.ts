import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/okr-builder.js';
import type { PwOkrBuilder } from '../../src/define/okr-builder.js';
import { sampleOkrBuilder, type Objective, type OkrBuilderDocument } from '../../src/models/okr-builder/index.js';

async function builder(doc: OkrBuilderDocument | null = sampleOkrBuilder(), attrs = ''): Promise<PwOkrBuilder> {
  const el = await fixture<PwOkrBuilder>(html`<pw-okr-builder today="2027-03-10" style="width: 1400px"></pw-okr-builder>`);
  if (attrs) el.setAttribute(attrs, '');
  if (doc) el.value = doc;
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const card = (el: Element, id: string) => $(el, `li.objective[data-id="${id}"]`);
const row = (el: Element, oid: string, kid: string) => $(el, `tr.kr[data-key="${oid}/${kid}"]`);
const ids = (el: PwOkrBuilder) => el.value.objectives.map((o) => o.id);
const counter = (el: Element, type: string) => {
  const n = { count: 0 };
  el.addEventListener(type, () => n.count++);
  return n;
};
async function commitField(el: PwOkrBuilder, field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<pw-okr-builder>', () => {
  it('shows progress as a labelled meter and as text, also for a falling target', async () => {
    const el = await builder();
    const meter = $(el, 'tr.kr[data-key="objective-1/kr-3"] [role="meter"]');
    expect(meter.getAttribute('aria-label')).to.equal('Progress of p95 latency of the reference model on the joint cluster');
    expect(meter.getAttribute('aria-valuenow')).to.equal('63');
    expect(meter.getAttribute('aria-valuetext')).to.equal('63%: 70 ms from 120 ms toward 40 ms');
    expect(row(el, 'objective-1', 'kr-3').querySelector('.pct')!.textContent).to.equal('63%');
    expect($$(el, '[role="meter"]')).to.have.length(10);
  });

  it('shows each objective’s score and band in words, and marks joint objectives with a text badge', async () => {
    const el = await builder();
    const badges = $$(el, 'li.objective .objective-score .band-badge').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(badges).to.deep.equal(['58% Needs attention', '26% At risk', '75% On track', '85% On track']);
    expect(card(el, 'objective-2').dataset.band).to.equal('red');
    expect(card(el, 'objective-1').querySelector('.joint-badge')!.textContent).to.equal('Joint');
    expect(card(el, 'objective-3').querySelector('.joint-badge')).to.equal(null);
  });

  it('summarises the score per team for joint and own objectives', async () => {
    const el = await builder();
    const rows = $$(el, '.team-table tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.equal('Our company 42% Needs attention 2 objectives 75% On track 1 objective 80% On track 5 key results');
    expect(rows[1]).to.contain('Nimbus Cloud').and.to.contain('85% On track 1 objective');
  });

  it('records a check-in: history, current value, trend, one change and one undo step', async () => {
    const el = await builder();
    const changes = counter(el, 'change');
    const toggle = row(el, 'objective-1', 'kr-1').querySelector<HTMLButtonElement>('button.checkin-toggle')!;
    expect(row(el, 'objective-1', 'kr-1').querySelector('svg.trend')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const form = $<HTMLFormElement>(el, 'tr[data-key="objective-1/kr-1#panel"] form');
    expect(el.shadowRoot!.activeElement).to.equal(form.elements.namedItem('value'));
    expect((form.elements.namedItem('date') as HTMLInputElement).value).to.equal('2027-03-10');
    (form.elements.namedItem('value') as HTMLInputElement).value = '2';
    (form.elements.namedItem('confidence') as HTMLInputElement).value = '0.9';
    (form.elements.namedItem('note') as HTMLInputElement).value = 'Second region opened';
    form.querySelector<HTMLButtonElement>('button.record')!.click();
    await el.updateComplete;
    const kr = el.value.objectives[0]!.keyResults[0]!;
    expect(kr).to.include({ current: 2, confidence: 0.9 });
    expect(kr.checkIns).to.deep.equal([{ id: 'checkin-1', date: '2027-03-10', value: 2, confidence: 0.9, note: 'Second region opened' }]);
    expect(changes.count).to.equal(1);
    expect($(el, 'tr[data-key="objective-1/kr-1#panel"] .history').textContent).to.contain('Second region opened');
    expect(row(el, 'objective-1', 'kr-1').querySelector('svg.trend')!.getAttribute('aria-label')).to.contain('one check-in, 2 regions on Mar 10, 2027');
    expect(row(el, 'objective-1', 'kr-1').querySelector('.pct')!.textContent).to.equal('100%');
    expect($(el, '[aria-live]').textContent).to.contain('now 2 regions');
    el.undo();
    expect(el.value.objectives[0]!.keyResults[0]).to.deep.equal(sampleOkrBuilder().objectives[0]!.keyResults[0]);
  });

  it('draws the trend with d3 so that up is better, also for a falling target', async () => {
    const el = await builder();
    const path = row(el, 'objective-1', 'kr-3').querySelector('path.trend-line')!.getAttribute('d')!;
    const ys = [...path.matchAll(/[ML,]?([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    expect(ys.length).to.equal(4);
    // 112 → 95 → 78 → 70 ms: the line climbs (smaller y) as latency falls.
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).to.be.lessThan(ys[i - 1]!);
  });

  it('reorders objectives with Move up / Move down, keeping focus; one undo step each', async () => {
    const el = await builder();
    const down = card(el, 'objective-1').querySelector<HTMLButtonElement>('button.down')!;
    down.focus();
    down.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['objective-2', 'objective-1', 'objective-3', 'objective-4']);
    expect(el.shadowRoot!.activeElement).to.equal(down);
    expect($(el, '[aria-live]').textContent).to.contain('moved to position 2 of 4');
    el.undo();
    expect(ids(el)).to.deep.equal(['objective-1', 'objective-2', 'objective-3', 'objective-4']);
    card(el, 'objective-1').querySelector<HTMLButtonElement>('button.up')!.click();
    await el.updateComplete;
    expect(ids(el)[0]).to.equal('objective-1');
  });

  it('edits a key result through its row: names, Enter, owner, move and delete (the list listens for every row)', async () => {
    const el = await builder();
    const r = () => row(el, 'objective-1', 'kr-1');
    const owner = r().querySelector<HTMLSelectElement>('select[data-field="owner"]')!;
    expect(owner.getAttribute('aria-label')).to.equal('Owner of Regions live with the joint cluster SKU');
    expect(r().querySelector('input.current')!.getAttribute('aria-label')).to.equal('Current value of Regions live with the joint cluster SKU');
    expect(r().querySelector('button.remove')!.getAttribute('aria-label')).to.equal('Delete Regions live with the joint cluster SKU');
    // Enter commits a number field, as a change would.
    const current = r().querySelector<HTMLInputElement>('input.current')!;
    current.focus();
    current.select();
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.objectives[0]!.keyResults[0]!.current).to.equal(2);
    await commitField(el, owner, 'ours');
    expect(el.value.objectives[0]!.keyResults[0]!.owner).to.equal('ours');
    // A new title renames every field of the row.
    await commitField(el, r().querySelector<HTMLTextAreaElement>('textarea.title')!, 'Three regions live');
    expect(owner.getAttribute('aria-label')).to.equal('Owner of Three regions live');
    expect(r().querySelector('button.down')!.getAttribute('aria-label')).to.equal('Move Three regions live down');
    // The row's own move button (not the objective's), keeping focus on it.
    const down = r().querySelector<HTMLButtonElement>('button.down')!;
    down.focus();
    down.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.objectives[0]!.keyResults.map((k) => k.id)).to.deep.equal(['kr-2', 'kr-1', 'kr-3']);
    expect(el.shadowRoot!.activeElement).to.equal(down);
    r().querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    expect(el.value.objectives[0]!.keyResults.map((k) => k.id)).to.deep.equal(['kr-2', 'kr-3']);
    el.undo();
    expect(el.value.objectives[0]!.keyResults.map((k) => k.id)).to.deep.equal(['kr-2', 'kr-1', 'kr-3']);
  });

  it('moves the focused key result or objective with Alt+ArrowUp / Alt+ArrowDown', async () => {
    const el = await builder();
    const title = row(el, 'objective-1', 'kr-3').querySelector<HTMLTextAreaElement>('textarea.title')!;
    title.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(el.value.objectives[0]!.keyResults.map((k) => k.id)).to.deep.equal(['kr-3', 'kr-1', 'kr-2']);
    expect(el.shadowRoot!.activeElement).to.equal(title);
    const objectiveTitle = card(el, 'objective-3').querySelector<HTMLTextAreaElement>('.objective-title textarea')!;
    objectiveTitle.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['objective-1', 'objective-2', 'objective-4', 'objective-3']);
    el.undo();
    el.undo();
    el.undo();
    expect(el.value).to.deep.equal(sampleOkrBuilder());
  });

  it('drags an objective by its handle: input events while dragging, one change, one undo step', async () => {
    const el = await builder();
    const grip = card(el, 'objective-1').querySelector<HTMLElement>('.grip')!;
    const start = grip.getBoundingClientRect();
    const target = card(el, 'objective-3').getBoundingClientRect();
    const fire = (type: string, y: number) =>
      grip.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: start.x + 5, clientY: y, pointerId: 9, button: 0, isPrimary: true }));
    const inputs = counter(el, 'input');
    const changes = counter(el, 'change');
    fire('pointerdown', start.y + 5);
    fire('pointermove', start.y + 40);
    fire('pointermove', target.bottom - 5);
    await el.updateComplete;
    expect(card(el, 'objective-1').classList.contains('dragging')).to.equal(true);
    fire('pointerup', target.bottom - 5);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['objective-2', 'objective-3', 'objective-1', 'objective-4']);
    expect(inputs.count).to.be.greaterThan(0);
    expect(changes.count).to.equal(1);
    expect(card(el, 'objective-1').classList.contains('dragging')).to.equal(false);
    el.undo();
    expect(ids(el)).to.deep.equal(['objective-1', 'objective-2', 'objective-3', 'objective-4']);
  });

  it('drags a key result within its objective', async () => {
    const el = await builder();
    const grip = row(el, 'objective-3', 'kr-8').querySelector<HTMLElement>('.grip')!;
    const box = grip.getBoundingClientRect();
    const first = row(el, 'objective-3', 'kr-6').getBoundingClientRect();
    const fire = (type: string, y: number) =>
      grip.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: box.x, clientY: y, pointerId: 4, button: 0 }));
    fire('pointerdown', box.y);
    fire('pointermove', first.top + 2);
    fire('pointerup', first.top + 2);
    await el.updateComplete;
    expect(el.value.objectives[2]!.keyResults.map((k) => k.id)).to.deep.equal(['kr-8', 'kr-6', 'kr-7']);
  });

  it('filters by team (a view control): the document does not change', async () => {
    const el = await builder();
    const changes = counter(el, 'change');
    const select = $<HTMLSelectElement>(el, 'select[data-view]');
    await commitField(el, select, 'team:ours');
    expect($$(el, 'li.objective').map((li) => li.dataset.id)).to.deep.equal(['objective-1', 'objective-2', 'objective-3']);
    expect($(el, '.shown-count').textContent).to.equal('3 of 4 objectives');
    await commitField(el, select, 'joint');
    expect($$(el, 'li.objective').map((li) => li.dataset.id)).to.deep.equal(['objective-1', 'objective-2']);
    // Moving past hidden objectives: objective-2 goes up over objective-1 only.
    card(el, 'objective-2').querySelector<HTMLButtonElement>('button.up')!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['objective-2', 'objective-1', 'objective-3', 'objective-4']);
    expect(changes.count).to.equal(1);
    await commitField(el, select, 'all');
    expect($$(el, 'li.objective')).to.have.length(4);
  });

  it('shows coaching notes as warnings that follow the edits, never blocking', async () => {
    const el = await builder();
    expect($(el, '.coach-count').textContent!.trim()).to.equal('1 coaching note');
    expect(card(el, 'objective-2').querySelector('.coach')!.textContent).to.contain('every key result is owned by Nimbus Cloud');
    await commitField(el, row(el, 'objective-2', 'kr-5').querySelector('select')!, 'ours');
    expect(card(el, 'objective-2').querySelector('.coach')).to.equal(null);
    await commitField(el, row(el, 'objective-2', 'kr-5').querySelector('select')!, '');
    expect(el.value.objectives[1]!.keyResults[1]!.owner).to.equal(undefined);
    expect(card(el, 'objective-2').querySelector('.coach')!.textContent).to.contain('has no owner');
    card(el, 'objective-4').querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    row(el, 'objective-3', 'kr-8').querySelector<HTMLButtonElement>('button.remove')!.click();
    row(el, 'objective-3', 'kr-7').querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    expect(card(el, 'objective-3').querySelector('.coach li[data-code="too-few-key-results"]')).to.exist;
  });

  it('refuses target === start, a non-number and a confidence above 1, and says why', async () => {
    const el = await builder();
    const before = el.value;
    const changes = counter(el, 'change');
    const target = row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.target')!;
    await commitField(el, target, '0');
    expect(target.value).to.equal('2');
    expect(card(el, 'objective-1').querySelector('[role="alert"]')!.textContent).to.contain('must differ from its start');
    const conf = row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.confidence')!;
    await commitField(el, conf, '7');
    expect(conf.value).to.equal('0.8');
    expect(card(el, 'objective-1').querySelector('[role="alert"]')!.textContent).to.contain('from 0 to 1');
    const current = row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.current')!;
    await commitField(el, current, '');
    expect(current.value).to.equal('1');
    expect(el.value).to.deep.equal(before);
    expect(changes.count).to.equal(0);
    await commitField(el, current, '1.5');
    expect(el.value.objectives[0]!.keyResults[0]!.current).to.equal(1.5);
    expect(card(el, 'objective-1').querySelector('[role="alert"]')).to.equal(null);
  });

  it('edits teams: renaming shows everywhere, owners toggle, a team in use cannot be deleted', async () => {
    const el = await builder();
    await commitField(el, $<HTMLInputElement>(el, '.teams li[data-team="partner"] input'), 'Stratus');
    expect($(el, '.team-table').textContent).to.contain('Stratus');
    expect(row(el, 'objective-1', 'kr-1').querySelector('select')!.selectedOptions[0]!.textContent).to.equal('Stratus');
    const del = $<HTMLButtonElement>(el, '.teams li[data-team="partner"] button');
    expect(del.getAttribute('aria-disabled')).to.equal('true');
    del.click();
    expect(el.value.teams).to.have.length(2);
    const box = card(el, 'objective-3').querySelectorAll<HTMLInputElement>('.owners input[type=checkbox]')[1]!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.objectives[2]!.owners).to.deep.equal(['ours', 'partner']);
    expect(card(el, 'objective-3').querySelector('.joint-badge')).to.exist;
    $<HTMLButtonElement>(el, 'button.add-team').click();
    await el.updateComplete;
    expect(el.value.teams[2]).to.deep.equal({ id: 'team-3', name: 'New team' });
  });

  it('adds an objective and a key result through the UI, focusing their titles', async () => {
    const el = await builder();
    $<HTMLButtonElement>(el, 'button.add-objective').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.objectives[4]).to.deep.equal({ id: 'objective-5', title: 'New objective', owners: ['ours'], keyResults: [] });
    expect((el.shadowRoot!.activeElement as HTMLElement).closest('li')!.dataset.id).to.equal('objective-5');
    card(el, 'objective-5').querySelector<HTMLButtonElement>('button.add-kr')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.objectives[4]!.keyResults[0]).to.deep.equal({ id: 'kr-11', title: 'New key result', owner: 'ours', start: 0, target: 100, current: 0, confidence: 0.5 });
    expect(el.shadowRoot!.activeElement!.closest('tr')!.dataset.key).to.equal('objective-5/kr-11');
  });

  it('offers the sample OKRs from the empty state', async () => {
    const el = await builder(null);
    expect($(el, '.empty').textContent).to.contain('No objectives yet');
    $<HTMLButtonElement>(el, 'button.load-sample').click();
    await el.updateComplete;
    expect(el.value.objectives).to.have.length(4);
    expect(el.value.teams.map((t) => t.name)).to.deep.equal(['Our company', 'Nimbus Cloud']);
  });

  it('in review mode shows the history of a key result without any form', async () => {
    const el = await builder(sampleOkrBuilder(), 'readonly');
    expect($$(el, 'form')).to.have.length(0);
    const toggle = row(el, 'objective-1', 'kr-3').querySelector<HTMLButtonElement>('button.checkin-toggle')!;
    expect(toggle.querySelector('.visually-hidden')!.textContent).to.equal('History of p95 latency of the reference model on the joint cluster (4 check-ins)');
    toggle.click();
    await el.updateComplete;
    const items = $$(el, '.history li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.equal('Mar 7, 2027 70 ms confidence 50% Network topology change in region 2 pending.');
    expect($$(el, '.history button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is axe-clean with a check-in panel open and when narrow', async () => {
    const el = await builder();
    row(el, 'objective-1', 'kr-2').querySelector<HTMLButtonElement>('button.checkin-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.style.width = '320px';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('with 200 objectives, an edit changes the DOM of the edited card only', async () => {
    const base = sampleOkrBuilder();
    const objectives: Objective[] = Array.from({ length: 200 }, (_, i) => ({
      ...base.objectives[i % 4]!,
      id: `o-${i + 1}`,
      title: `${base.objectives[i % 4]!.title} (${i + 1})`,
    }));
    const el = await builder({ ...base, objectives });
    expect($$(el, 'li.objective')).to.have.length(200);
    // Every change the edit makes to the DOM, wherever it is.
    const changed = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const objective = node?.closest('li.objective');
        if (objective) changed.add(objective);
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    await commitField(el, row(el, 'o-149', 'kr-1').querySelector<HTMLInputElement>('input.current')!, '2');
    await el.updateComplete;
    observer.disconnect();
    expect(el.value.objectives[148]!.keyResults[0]!.current).to.equal(2);
    expect(card(el, 'o-149').querySelector('.objective-score')!.textContent).to.contain('74%');
    // Of the 200 cards, only the edited one changed.
    expect([...changed].map((li) => li.getAttribute('data-id'))).to.deep.equal(['o-149']);
  });
});
