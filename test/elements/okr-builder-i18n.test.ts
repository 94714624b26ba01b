import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/okr-builder.js';
import type { PwOkrBuilder } from '../../src/define/okr-builder.js';
import { missingMessages } from './missing-messages.js';
import { emptyOkrBuilder, sampleOkrBuilder, type OkrBuilderDocument } from '../../src/models/okr-builder/index.js';
import { cardLabel, cardLabels } from './card-label.js';

/** Spaces as the eye sees them: no-break and narrow no-break spaces become plain ones. */
const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

async function inWrapper(attrs: { lang?: string; dir?: string }, doc: OkrBuilderDocument | null = sampleOkrBuilder()): Promise<{ wrapper: HTMLElement; el: PwOkrBuilder }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${attrs.lang ?? 'en'} dir=${attrs.dir ?? 'ltr'}>
    <pw-okr-builder today="2027-03-10" style="width: 1400px"></pw-okr-builder>
  </div>`);
  const el = wrapper.querySelector('pw-okr-builder')!;
  if (doc) el.value = doc;
  await el.updateComplete;
  return { wrapper, el };
}

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const row = (el: Element, oid: string, kid: string) => $(el, `tr.kr[data-key="${oid}/${kid}"]`);
const card = (el: Element, id: string) => $(el, `li.objective[data-id="${id}"]`);

/** Everything a person can read or hear: text, and the labels, titles, placeholders and card labels. */
function readable(el: Element): string {
  const attrs = $$(el, '[aria-label], [title], [placeholder], [data-label], [aria-valuetext]').flatMap((n) =>
    ['aria-label', 'title', 'placeholder', 'data-label', 'aria-valuetext'].map((a) => n.getAttribute(a) ?? ''),
  );
  return norm(`${el.shadowRoot!.textContent} ${attrs.join(' | ')} ${cardLabels(el.shadowRoot!).join(' | ')}`);
}

async function commitField(el: PwOkrBuilder, field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A MutationObserver tells the element about `lang`/`dir` changes: let it run, then let Lit render. */
async function settle(el: PwOkrBuilder): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** English UI strings that must not show through in another language (none of them occurs in the sample content). */
const ENGLISH = [
  'Score per team',
  'Add objective',
  'Add key result',
  'On track',
  'Needs attention',
  'At risk',
  'coaching note',
  'Check in',
  'Progress of',
  'Move up',
  'Drag to reorder',
  'Confidence',
  'History',
  'Key results of objective',
  'What will you measure?',
  'No owner',
  'Untitled',
  'is joint, but',
];

/** Goes through the states that have text: panels, refused entries, a failed check-in, moves, filters, review mode, empty. */
async function exerciseAll(el: PwOkrBuilder): Promise<string[]> {
  const seen: string[] = [];
  const look = () => seen.push(readable(el));
  look();
  // Check-in panels: one without history, one with.
  row(el, 'objective-1', 'kr-1').querySelector<HTMLButtonElement>('button.checkin-toggle')!.click();
  await el.updateComplete;
  look();
  row(el, 'objective-1', 'kr-3').querySelector<HTMLButtonElement>('button.checkin-toggle')!.click();
  await el.updateComplete;
  look();
  // A check-in with a confidence out of range: the form's own validation is bypassed to reach the element's.
  const form = $<HTMLFormElement>(el, 'tr[data-key="objective-1/kr-3#panel"] form');
  (form.elements.namedItem('confidence') as HTMLInputElement).value = '3';
  form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
  await el.updateComplete;
  look();
  // A check-in that records a new value, then one for an earlier date.
  (form.elements.namedItem('confidence') as HTMLInputElement).value = '0.5';
  (form.elements.namedItem('value') as HTMLInputElement).value = '65';
  form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
  await el.updateComplete;
  look();
  // Refused entries.
  await commitField(el, row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.target')!, '0');
  look();
  await commitField(el, row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.confidence')!, '7');
  look();
  await commitField(el, row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.current')!, '');
  look();
  await commitField(el, row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.confidence')!, '0.9');
  look();
  // Moves: one that cannot happen, one that does; then undo.
  card(el, 'objective-1').querySelector<HTMLButtonElement>('button.up')!.click();
  await el.updateComplete;
  look();
  card(el, 'objective-1').querySelector<HTMLButtonElement>('button.down')!.click();
  await el.updateComplete;
  look();
  el.undo();
  await el.updateComplete;
  look();
  // More coaching notes: a key result without owner, an objective without owner.
  await commitField(el, row(el, 'objective-2', 'kr-5').querySelector('select')!, '');
  for (const box of card(el, 'objective-3').querySelectorAll<HTMLInputElement>('.owners input[type=checkbox]')) {
    if (box.checked) {
      box.checked = false;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  await el.updateComplete;
  look();
  // A new team that owns nothing: filtering on it shows the empty filter state.
  $<HTMLButtonElement>(el, 'button.add-team').click();
  await el.updateComplete;
  await commitField(el, $<HTMLSelectElement>(el, 'select[data-view]'), 'team:team-3');
  look();
  await commitField(el, $<HTMLSelectElement>(el, 'select[data-view]'), 'joint');
  look();
  await commitField(el, $<HTMLSelectElement>(el, 'select[data-view]'), 'all');
  // An objective and a key result without titles.
  $<HTMLButtonElement>(el, 'button.add-objective').click();
  await el.updateComplete;
  const added = el.value.objectives[el.value.objectives.length - 1]!.id;
  await commitField(el, card(el, added).querySelector<HTMLTextAreaElement>('textarea.title')!, '');
  card(el, added).querySelector<HTMLButtonElement>('button.add-kr')!.click();
  await el.updateComplete;
  look();
  // Review mode with a history open.
  el.readonly = true;
  await el.updateComplete;
  row(el, 'objective-1', 'kr-3').querySelector<HTMLButtonElement>('button.checkin-toggle')!.click();
  await el.updateComplete;
  look();
  // The empty document, in both modes.
  el.readonly = false;
  el.value = emptyOkrBuilder();
  await el.updateComplete;
  look();
  el.readonly = true;
  await el.updateComplete;
  look();
  return seen;
}

describe('<pw-okr-builder> in other languages', () => {
  const misses = missingMessages();

  for (const [lang, expected] of [
    ['de', ['Score je Team', 'Objective hinzufügen', 'Braucht Aufmerksamkeit', 'Gefährdet', 'Auf Kurs', 'Zuversicht', 'Coaching-Hinweis', 'Fortschritt von']],
    ['es', ['Puntuación por equipo', 'Añadir objetivo', 'Requiere atención', 'En riesgo', 'En buen camino', 'Confianza', 'nota de coaching', 'Progreso de']],
  ] as const) {
    it(`renders every state in ${lang} with no missing message and no English`, async () => {
      const { el } = await inWrapper({ lang });
      const first = readable(el);
      for (const s of expected) expect(first, s).to.contain(s);
      const seen = await exerciseAll(el);
      expect(misses).to.deep.equal([]);
      for (const text of seen) for (const s of ENGLISH) expect(text.includes(s), `"${s}" in ${lang}`).to.equal(false);
    });
  }

  it('names a new team, objective and key result, and a copy, in German', async () => {
    const { el } = await inWrapper({ lang: 'de' });
    $<HTMLButtonElement>(el, 'button.add-team').click();
    await el.updateComplete;
    expect(el.value.teams.at(-1)!.name).to.equal('Neues Team');
    $<HTMLButtonElement>(el, 'button.add-objective').click();
    await el.updateComplete;
    const added = el.value.objectives.at(-1)!;
    expect(added.title).to.equal('Neues Objective');
    card(el, added.id).querySelector<HTMLButtonElement>('button.add-kr')!.click();
    await el.updateComplete;
    expect(el.value.objectives.at(-1)!.keyResults.map((k) => k.title)).to.deep.equal(['Neues Key Result']);
    card(el, 'objective-1').querySelector<HTMLButtonElement>('button.duplicate')!.click();
    await el.updateComplete;
    expect(el.value.objectives[1]!.title).to.equal(`${el.value.objectives[0]!.title} (Kopie)`);
    expect(misses).to.deep.equal([]);
  });

  it('starts an untouched sheet with teams named in its language, and leaves a given document alone', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><pw-okr-builder></pw-okr-builder></div>`);
    const el = wrapper.querySelector<PwOkrBuilder>('pw-okr-builder')!;
    await el.updateComplete;
    expect(el.value.teams.map((t) => t.name)).to.deep.equal(['Unser Unternehmen', 'Partner']);
    wrapper.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.value.teams.map((t) => t.name)).to.deep.equal(['Nuestra empresa', 'Socio']);
    el.value = emptyOkrBuilder();
    wrapper.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.value.teams.map((t) => t.name)).to.deep.equal(['Our company', 'Partner']);
    const english = await fixture<PwOkrBuilder>(html`<pw-okr-builder></pw-okr-builder>`);
    expect(english.value).to.deep.equal(emptyOkrBuilder());
  });

  it('writes coaching notes, refusals and announcements in German', async () => {
    const { el } = await inWrapper({ lang: 'de' });
    expect(norm(card(el, 'objective-2').querySelector('.coach')!.textContent)).to.contain(
      '„Build a joint pipeline that fills the launch capacity“ ist gemeinsam, aber alle Key Results liegen bei Nimbus Cloud: Geben Sie Our company mindestens eines',
    );
    await commitField(el, row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.confidence')!, '7');
    expect(norm(card(el, 'objective-1').querySelector('[role="alert"]')!.textContent)).to.contain('Die Zuversicht liegt zwischen 0 und 1 (0,7 heißt: zu 70 % sicher); 7 wurde nicht übernommen.');
    await commitField(el, row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.current')!, '1.5');
    expect(norm($(el, '[aria-live]').textContent)).to.equal('Aktueller Wert von Regions live with the joint cluster SKU auf 1,5 gesetzt');
    el.undo();
    await el.updateComplete;
    expect(norm($(el, '[aria-live]').textContent)).to.equal('Rückgängig gemacht: Aktueller Wert von Regions live with the joint cluster SKU auf 1,5 gesetzt');
  });

  it('formats percentages, numbers and dates for German', async () => {
    const { el } = await inWrapper({ lang: 'de' });
    const badges = $$(el, 'li.objective .objective-score .band-badge').map((b) => norm(b.textContent));
    expect(badges).to.deep.equal(['58 % Braucht Aufmerksamkeit', '26 % Gefährdet', '75 % Auf Kurs', '85 % Auf Kurs']);
    // The percent sign follows a no-break space, as German writes it.
    expect($(el, 'li.objective .band-badge strong').textContent).to.match(/^58[\u00a0\u202f]%$/);
    await commitField(el, row(el, 'objective-1', 'kr-1').querySelector<HTMLInputElement>('input.current')!, '1.5');
    const meter = row(el, 'objective-1', 'kr-1').querySelector('[role="meter"]')!;
    expect(norm(meter.getAttribute('aria-valuetext'))).to.equal('75 %: 1,5 regions (Start 0 regions, Zielwert 2 regions)');
    expect(norm(row(el, 'objective-1', 'kr-3').querySelector('svg.trend')!.getAttribute('aria-label'))).to.contain(
      '4 Check-ins, von 112 ms am 10.01.2027 bis 70 ms am 07.03.2027; Zielwert 40 ms',
    );
    el.readonly = true;
    await el.updateComplete;
    const current = row(el, 'objective-4', 'kr-9').querySelector('td[data-col="4"]')!;
    expect([cardLabel(current), norm(current.textContent)]).to.deep.equal(['Aktuell', '410.000 GPU-hours']);
    const confidence = row(el, 'objective-1', 'kr-1').querySelector('td[data-col="6"]')!;
    expect([cardLabel(confidence), norm(confidence.textContent)]).to.deep.equal(['Zuversicht', '80 %']);
    row(el, 'objective-1', 'kr-3').querySelector<HTMLButtonElement>('button.checkin-toggle')!.click();
    await el.updateComplete;
    const items = $$(el, '.history li').map((li) => norm(li.textContent));
    expect(items[0]).to.equal('07.03.2027 70 ms Zuversicht 50 % Network topology change in region 2 pending.');
    expect(norm($(el, '.sheet-stats').textContent)).to.equal('4 Objectives (2 gemeinsam), 10 Key Results; insgesamt 63 %: 2 auf Kurs, 1 braucht Aufmerksamkeit und 1 gefährdet.');
  });

  it('formats dates and numbers for Spanish', async () => {
    const { el } = await inWrapper({ lang: 'es' });
    el.readonly = true;
    await el.updateComplete;
    row(el, 'objective-1', 'kr-3').querySelector<HTMLButtonElement>('button.checkin-toggle')!.click();
    await el.updateComplete;
    expect(norm($$(el, '.history li')[0]!.textContent)).to.equal('7 mar 2027 70 ms confianza 50 % Network topology change in region 2 pending.');
    const current = row(el, 'objective-4', 'kr-9').querySelector('td[data-col="4"]')!;
    expect([cardLabel(current), norm(current.textContent)]).to.deep.equal(['Actual', '410.000 GPU-hours']);
  });

  it('follows a change of lang on an ancestor at runtime, cards included', async () => {
    const { wrapper, el } = await inWrapper({ lang: 'de' });
    expect(norm($(el, '.summary h3').textContent)).to.equal('Score je Team');
    expect(norm(card(el, 'objective-2').querySelector('.band-badge')!.textContent)).to.equal('26 % Gefährdet');
    wrapper.setAttribute('lang', 'es');
    await settle(el);
    expect(norm($(el, '.summary h3').textContent)).to.equal('Puntuación por equipo');
    expect(norm(card(el, 'objective-2').querySelector('.band-badge')!.textContent)).to.equal('26 % En riesgo');
    expect(norm($(el, 'button.add-objective').textContent)).to.equal('Añadir objetivo');
    wrapper.setAttribute('lang', 'en');
    await settle(el);
    expect(norm(card(el, 'objective-2').querySelector('.band-badge')!.textContent)).to.equal('26% At risk');
    expect(misses).to.deep.equal([]);
  });

  it('runs the trend from the right and fills the meters from the right in RTL', async () => {
    const { wrapper, el } = await inWrapper({ lang: 'en', dir: 'ltr' });
    const xs = () => [...row(el, 'objective-1', 'kr-3').querySelectorAll('circle.trend-point')].map((c) => Number(c.getAttribute('cx')));
    const ltr = xs();
    expect(ltr.length).to.equal(4);
    expect(ltr[0]!).to.be.lessThan(ltr[3]!);
    const fillGap = () => {
      const meter = row(el, 'objective-1', 'kr-3').querySelector('.meter')!.getBoundingClientRect();
      const fill = row(el, 'objective-1', 'kr-3').querySelector('.meter-fill')!.getBoundingClientRect();
      return { left: fill.left - meter.left, right: meter.right - fill.right };
    };
    expect(fillGap().left).to.be.lessThan(2);
    expect(fillGap().right).to.be.greaterThan(5);

    wrapper.setAttribute('dir', 'rtl');
    await settle(el);
    const rtl = xs();
    // Time runs right to left: the first reading is on the right, the latest on the left, mirrored exactly.
    expect(rtl[0]!).to.be.greaterThan(rtl[3]!);
    for (let i = 0; i < 4; i++) expect(rtl[i]!).to.be.closeTo(92 - ltr[i]!, 0.001);
    const last = Number(row(el, 'objective-1', 'kr-3').querySelector('circle.trend-last')!.getAttribute('cx'));
    expect(last).to.be.closeTo(rtl[3]!, 0.001);
    expect(fillGap().right).to.be.lessThan(2);
    expect(fillGap().left).to.be.greaterThan(5);
    // The card's band stripe is on the start side: the right.
    expect(getComputedStyle(card(el, 'objective-1')).borderRightWidth).to.equal('6px');
  });

  it('is laid out right to left from the start when the page is', async () => {
    const { el } = await inWrapper({ lang: 'de', dir: 'rtl' });
    const xs = [...row(el, 'objective-1', 'kr-2').querySelectorAll('circle.trend-point')].map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]!).to.be.greaterThan(xs[xs.length - 1]!);
    const head = card(el, 'objective-1').querySelector('.objective-head')!;
    const grip = head.querySelector('.grip')!.getBoundingClientRect();
    const score = head.querySelector('.objective-score')!.getBoundingClientRect();
    expect(grip.left).to.be.greaterThan(score.left);
  });
});
