import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/deal-comparator.js';
import type { PwDealComparator } from '../../src/define/deal-comparator.js';
import { i18nDiagnostics } from '../../src/core/i18n.js';
import { sampleDealComparator, type DealComparatorDocument } from '../../src/models/deal-comparator/index.js';

/** A comparator inside a wrapper that carries `lang` (and `dir`). */
async function inWrapper(lang: string, doc: DealComparatorDocument | null = sampleDealComparator(), opts: { dir?: string; readonly?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${opts.dir ?? 'ltr'}><pw-deal-comparator ?readonly=${opts.readonly ?? false}></pw-deal-comparator></div>`);
  const el = wrapper.querySelector<PwDealComparator>('pw-deal-comparator')!;
  if (doc) el.value = doc;
  await el.updateComplete;
  return { wrapper, el };
}

const $ = <T extends Element = HTMLElement>(el: PwDealComparator, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: PwDealComparator, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** Text with every kind of space (no-break, narrow no-break) made a plain space and runs collapsed. */
const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const text = (node: Element | null) => norm(node?.textContent);
const allText = (el: PwDealComparator) => text(el.shadowRoot as unknown as Element);
/** Every aria-label, title and placeholder in the shadow root. */
const allLabels = (el: PwDealComparator) =>
  $$(el, '[aria-label], [title], [placeholder]')
    .flatMap((n) => [n.getAttribute('aria-label'), n.getAttribute('title'), n.getAttribute('placeholder')])
    .filter(Boolean)
    .join(' | ');
const totalCell = (el: PwDealComparator, option: string) => $(el, `td.total[data-id="${option}"]`);
const weightRow = (el: PwDealComparator, criterion: string) => $(el, `tr[data-id="${criterion}"]`);
function setField(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, events: string[] = ['input', 'change']): void {
  field.value = value;
  for (const type of events) field.dispatchEvent(new Event(type, { bubbles: true }));
}
const settle = async (el: PwDealComparator) => {
  await aTimeout(0);
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
};

/** Runs `body` while collecting every message missing from a locale. */
async function collectMisses(body: () => Promise<void>): Promise<string[]> {
  const misses: string[] = [];
  const before = i18nDiagnostics.onMissing;
  i18nDiagnostics.onMissing = (locale, key) => misses.push(`${locale}:${key}`);
  try {
    await body();
  } finally {
    i18nDiagnostics.onMissing = before;
  }
  return misses;
}

/** Drives the main states: notices, edits that change the leader, moves, ties, zero weight, empty, review mode. */
async function exerciseEverything(lang: string): Promise<string[]> {
  const texts: string[] = [];
  const misses = await collectMisses(async () => {
    const { el } = await inWrapper(lang);
    texts.push(allText(el), allLabels(el));
    // Refused entries: a score of 11, a score that is not a number, a negative weight, an empty weight, terms out of range.
    const score = $<HTMLInputElement>(el, 'input.score-input[data-o="sovereign-jv"][data-c="capital"]');
    setField(score, '11');
    await el.updateComplete;
    texts.push(text($(el, '.field-notice')));
    setField($<HTMLInputElement>(el, 'tr[data-id="exit"] input.weight-number'), '-3');
    await el.updateComplete;
    texts.push(text($(el, '.field-notice')));
    setField($<HTMLInputElement>(el, 'tr[data-id="exit"] input.weight-number'), '');
    await el.updateComplete;
    texts.push(text($(el, '.field-notice')));
    const card = $(el, '.option-card[data-id="gpu-vendor-stake"]');
    for (const [field, value] of [['equityPct', '140'], ['termMonths', '2.5'], ['upfrontInvestment', '-5']] as const) {
      setField(card.querySelector<HTMLInputElement>(`input[id$="${field}"]`)!, value);
      await el.updateComplete;
      texts.push(text($(el, '.field-notice')));
    }
    // Edits: a cleared score (missing), a leader change, a term, structure, IP, text, moves, duplicates and deletes.
    setField($<HTMLInputElement>(el, 'input.score-input[data-o="marketplace-co-sell"][data-c="strategic-fit"]'), '');
    await el.updateComplete;
    texts.push(allText(el), allLabels(el));
    setField($<HTMLInputElement>(el, 'input.score-input[data-o="si-reseller"][data-c="strategic-fit"]'), '10');
    await el.updateComplete;
    texts.push(text($(el, '.visually-hidden[aria-live="polite"]')));
    setField(card.querySelector<HTMLInputElement>('input[id$="equityPct"]')!, '15');
    setField(card.querySelector<HTMLInputElement>('input[id$="equityPct"]')!, '');
    const [structure, ip] = [...card.querySelectorAll<HTMLSelectElement>('select')];
    setField(structure!, 'licensing', ['change']);
    setField(ip!, 'partner', ['change']);
    setField(card.querySelectorAll<HTMLTextAreaElement>('.fields textarea')[0]!, 'x');
    setField(card.querySelectorAll<HTMLTextAreaElement>('.fields textarea')[1]!, 'y');
    await el.updateComplete;
    for (const b of ['tr[data-id="control"] button.earlier', 'tr[data-id="control"] button.later', 'tr[data-id="exit"] button.duplicate', 'tr[data-id="exit"] button.remove']) {
      $<HTMLButtonElement>(el, b).click();
      await el.updateComplete;
      texts.push(text($(el, '.visually-hidden[aria-live="polite"]')));
    }
    for (const b of ['later', 'earlier', 'duplicate', 'remove']) {
      $<HTMLButtonElement>(el, `.option-card[data-id="colo-licence"] button.${b}`).click();
      await el.updateComplete;
      texts.push(text($(el, '.visually-hidden[aria-live="polite"]')));
    }
    $<HTMLButtonElement>(el, 'button.add-option').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.add-criterion').click();
    await el.updateComplete;
    texts.push(allText(el), allLabels(el));
    el.undo();
    await el.updateComplete;
    // A refused document (the shared notice).
    el.value = { ...sampleDealComparator(), criteria: [{ id: 'a', label: 'A', weight: -2 }], options: [] };
    await el.updateComplete;
    texts.push(allText(el));

    // A tie, zero weight, options without criteria, criteria without options.
    const tied = sampleDealComparator();
    tied.options[5]!.scores = { ...tied.options[0]!.scores };
    const zero = sampleDealComparator();
    zero.criteria.forEach((c) => (c.weight = 0));
    const sample = sampleDealComparator();
    for (const doc of [tied, zero, { ...sample, options: [] }, { ...sample, criteria: [], options: sample.options.map((o) => ({ ...o, scores: {} })) }]) {
      el.value = doc;
      await el.updateComplete;
      texts.push(allText(el), allLabels(el));
    }

    // Review mode and the empty document (with its two ways to start).
    const review = await inWrapper(lang, sampleDealComparator(), { readonly: true });
    texts.push(allText(review.el), allLabels(review.el));
    const empty = await inWrapper(lang, null);
    texts.push(allText(empty.el), allLabels(empty.el));
    $<HTMLButtonElement>(empty.el, 'button.load-presets').click();
    await empty.el.updateComplete;
    texts.push(text($(empty.el, '.visually-hidden[aria-live="polite"]')));
    empty.el.undo();
    await empty.el.updateComplete;
    $<HTMLButtonElement>(empty.el, 'button.load-sample').click();
    await empty.el.updateComplete;
    texts.push(text($(empty.el, '.visually-hidden[aria-live="polite"]')), allText(empty.el));
  });
  expect(misses, misses.join(', ')).to.deep.equal([]);
  return texts;
}

/** English words the element itself writes; none may show in another language. */
const ENGLISH = [
  'Add option',
  'Add criterion',
  'Weighted total',
  'How robust',
  'leads with',
  'Not set',
  'Scores run from',
  'A weight is a number',
  'must be a percentage',
  'Comparison grid',
  'Show the chart as a table',
  'Lowering it',
  'Leader holds',
  'No change within',
  'Tied for the lead',
  'No bars to draw',
  'Every criterion has weight 0',
  'There are no options',
  'Terms of each option',
  'Move earlier',
  'Weight of ',
  'Rank ',
  'missing score',
  'Untitled deal comparison',
  'moved to position',
  'Deleted option',
  'No options or criteria yet',
];

describe('<pw-deal-comparator> in other languages', () => {
  afterEach(() => {
    i18nDiagnostics.onMissing = undefined;
  });

  it('speaks German in every state, with no missing message and no English', async () => {
    const all = (await exerciseEverything('de')).join(' \n ');
    for (const de of [
      'Option hinzufügen',
      'Kriterium hinzufügen',
      'Gewichtete Summen',
      'Wie stabil ist die Führung?',
      'Konditionen jeder Option',
      'Bewertungen reichen von 0 bis 10; 11 wurde für',
      'Ein Gewicht ist eine Zahl ab 0',
      '„Beteiligung“ muss ein Prozentsatz von 0 bis 100 sein',
      'Gleichstand an der Spitze',
      'Alle Kriterien haben das Gewicht 0',
      'Noch keine Optionen oder Kriterien.',
      'Beispielvergleich geladen.',
      'Gewicht von Strategic fit, Schieberegler',
      'Nicht festgelegt',
      'Kapitalbeteiligung',
      'Wiederverkauf',
      'an Position',
      'Unbenannter Vergleich von Deal-Strukturen',
    ]) {
      expect(all, de).to.contain(de);
    }
    for (const en of ENGLISH) expect(all.includes(en), `English left: "${en}"`).to.equal(false);
  });

  it('speaks Spanish in every state, with no missing message and no English', async () => {
    const all = (await exerciseEverything('es')).join(' \n ');
    for (const es of [
      'Añadir opción',
      'Totales ponderados',
      '¿Es sólida la ventaja?',
      'Condiciones de cada opción',
      'Las puntuaciones van de 0 a 10; no se aceptó 11',
      'debe ser un porcentaje de 0 a 100',
      'Empate en cabeza',
      'Todos los criterios tienen peso 0',
      'Todavía no hay opciones ni criterios.',
      'Peso de Strategic fit, control deslizante',
      'Sin definir',
      'Inversión de capital',
      'Comparación de estructuras sin título',
    ]) {
      expect(all, es).to.contain(es);
    }
    for (const en of ENGLISH) expect(all.includes(en), `English left: "${en}"`).to.equal(false);
  });

  it('names new and duplicated options and criteria in German', async () => {
    const misses = await collectMisses(async () => {
      const { el } = await inWrapper('de');
      $<HTMLButtonElement>(el, 'button.add-option').click();
      await settle(el);
      expect(el.value.options.at(-1)!.name).to.equal('Neue Option');
      $<HTMLButtonElement>(el, 'button.add-criterion').click();
      await settle(el);
      expect(el.value.criteria.at(-1)!.label).to.equal('Neues Kriterium');
      $<HTMLButtonElement>(el, 'tr[data-id="strategic-fit"] button.duplicate').click();
      await settle(el);
      expect(el.value.criteria[1]!.label).to.equal('Strategic fit (Kopie)');
      $<HTMLButtonElement>(el, '.option-card[data-id="si-reseller"] button.duplicate').click();
      await settle(el);
      const i = el.value.options.findIndex((o) => o.id === 'si-reseller');
      expect(el.value.options[i + 1]!.name).to.equal(`${el.value.options[i]!.name} (Kopie)`);
    });
    expect(misses).to.deep.equal([]);
  });

  it('adds the preset criteria with Spanish labels', async () => {
    const misses = await collectMisses(async () => {
      const { el } = await inWrapper('es', null);
      $<HTMLButtonElement>(el, 'button.load-presets').click();
      await settle(el);
      expect(el.value.criteria.map((c) => c.label)).to.deep.equal([
        'Encaje estratégico',
        'Potencial de ingresos',
        'Control y gobernanza',
        'Posición en propiedad intelectual',
        'Capital necesario (10 = el menor)',
        'Tiempo hasta obtener valor (10 = el más rápido)',
        'Flexibilidad de salida',
        'Exposición regulatoria y antimonopolio (10 = la menor)',
      ]);
      expect(el.value.criteria.map((c) => c.weight)).to.deep.equal([20, 15, 12, 12, 10, 12, 9, 10]);
      // With some criteria in place, the toolbar's button adds the missing presets, also in Spanish.
      el.value = { ...el.value, criteria: el.value.criteria.slice(0, 2) };
      await settle(el);
      $<HTMLButtonElement>(el, 'button.add-presets').click();
      await settle(el);
      expect(el.value.criteria.map((c) => c.label).at(-1)).to.equal('Exposición regulatoria y antimonopolio (10 = la menor)');
      expect(el.value.criteria).to.have.length(8);
    });
    expect(misses).to.deep.equal([]);
  });

  it('formats totals, shares, percentages, months and amounts for German', async () => {
    const { el } = await inWrapper('de');
    expect(text(totalCell(el, 'marketplace-co-sell'))).to.equal('7,70 Rang 1 Führend');
    expect(text($(el, '[part="summary"]'))).to.contain('Marketplace co-sell with a hyperscaler führt mit 7,70 von 10, 0,42 vor');
    expect(text(weightRow(el, 'strategic-fit').querySelector('.share'))).to.equal('20 %');
    // A share with a decimal comma while a slider is dragged.
    setField(weightRow(el, 'strategic-fit').querySelector<HTMLInputElement>('input[type=range]')!, '5', ['input']);
    await el.updateComplete;
    expect(text(weightRow(el, 'strategic-fit').querySelector('.share'))).to.equal('5,9 %');
    setField(weightRow(el, 'strategic-fit').querySelector<HTMLInputElement>('input[type=range]')!, '20', ['input', 'change']);
    await el.updateComplete;
    // An amount in euros, written the German way.
    const card = $(el, '.option-card[data-id="gpu-vendor-stake"]');
    expect(text(card.querySelector('.formatted'))).to.equal('150.000.000 $');
    setField($<HTMLSelectElement>(el, '.currency select'), 'EUR', ['change']);
    await el.updateComplete;
    expect(el.value.currency).to.equal('EUR');
    expect(text(card.querySelector('.formatted'))).to.equal('150.000.000 €');
    expect(text(card)).to.contain('Anfangsinvestition (EUR)');
    // The document itself stays locale-free.
    expect(el.value.options[1]!.terms.upfrontInvestment).to.equal(150_000_000);
    // The chart table and the chart's own numbers.
    $<HTMLElement>(el, 'details.chart-data summary').click();
    await el.updateComplete;
    expect($$(el, '.chart-data tbody tr')[0]!.textContent).to.contain('1,40');
    expect($$(el, '.bars .tick').map((n) => n.textContent)).to.include('10');
    // Review mode: percentages and months.
    const review = await inWrapper('de', sampleDealComparator(), { readonly: true });
    const terms = $$(review.el, '.option-card[data-id="gpu-vendor-stake"] dl > div').map((d) => `${text(d.querySelector('dt'))} = ${text(d.querySelector('dd'))}`);
    expect(terms).to.include.members(['Anfangsinvestition (USD) = 150.000.000 $', 'Beteiligung (%) = 12 %', 'Umsatzbeteiligung (%) = Nicht festgelegt', 'Laufzeit (Monate) = 60 Monate']);
  });

  it('re-renders in the new language when lang changes at runtime', async () => {
    const { wrapper, el } = await inWrapper('en');
    expect(text($(el, '#chart-title'))).to.equal('Weighted totals');
    wrapper.setAttribute('lang', 'es');
    await settle(el);
    expect(text($(el, '#chart-title'))).to.equal('Totales ponderados');
    expect(text($(el, 'button.add-option'))).to.equal('Añadir opción');
    expect(text(totalCell(el, 'marketplace-co-sell'))).to.equal('7,70 Puesto 1 En cabeza');
    wrapper.setAttribute('lang', 'de');
    await settle(el);
    expect(text($(el, '#chart-title'))).to.equal('Gewichtete Summen');
    expect(text($(el, '[part="summary"]'))).to.contain('führt mit 7,70 von 10');
  });

  it('mirrors the chart and the weight band right to left; arrow keys follow the visual direction', async () => {
    const measure = async (dir: 'ltr' | 'rtl') => {
      const { el } = await inWrapper('en', sampleDealComparator(), { dir });
      await settle(el);
      // The second comparator is below the first: its chart panel, off screen, is not laid out until it comes near.
      $(el, 'svg.bars').scrollIntoView();
      await settle(el);
      await settle(el);
      const svg = $<SVGSVGElement>(el, 'svg.bars');
      const width = Number(svg.getAttribute('width'));
      const bar = $(el, '.bars .bar');
      const track = bar.querySelector('.track')!;
      const segs = [...bar.querySelectorAll('.seg rect')].map((r) => ({ x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) }));
      const box = svg.getBoundingClientRect();
      const name = bar.querySelector('.bar-name')!.getBoundingClientRect();
      const value = bar.querySelector('.bar-value')!.getBoundingClientRect();
      const band = getComputedStyle($(el, '.band'));
      return { el, width, trackX: Number(track.getAttribute('x')), trackW: Number(track.getAttribute('width')), segs, box, name, value, band };
    };

    const ltr = await measure('ltr');
    expect(ltr.trackX).to.equal(0);
    expect(ltr.segs[0]!.x).to.equal(0);
    expect(Math.abs(ltr.name.left - ltr.box.left)).to.be.lessThan(2);
    expect(ltr.value.left).to.be.greaterThan(ltr.box.left + ltr.segs.at(-1)!.x + ltr.segs.at(-1)!.w);
    expect(ltr.band.marginRight).not.to.equal('0px');
    expect(ltr.band.marginLeft).to.equal('0px');

    const rtl = await measure('rtl');
    // The track ends at the right edge and the first criterion's segment starts there: bars grow from the right.
    expect(rtl.trackX + rtl.trackW).to.be.closeTo(rtl.width, 1e-6);
    expect(rtl.segs[0]!.x + rtl.segs[0]!.w).to.be.closeTo(rtl.width, 1e-6);
    // Each later segment sits to the left of the one before.
    for (let i = 1; i < rtl.segs.length; i++) expect(rtl.segs[i]!.x + rtl.segs[i]!.w).to.be.closeTo(rtl.segs[i - 1]!.x, 1e-6);
    // Same widths as left to right: only the direction changes.
    expect(rtl.segs.map((s) => s.w.toFixed(3))).to.deep.equal(ltr.segs.map((s) => s.w.toFixed(3)));
    // The name is right-aligned; the value is to the left of the bar's end.
    expect(Math.abs(rtl.name.right - rtl.box.right)).to.be.lessThan(2);
    expect(rtl.value.right).to.be.lessThan(rtl.box.left + rtl.segs.at(-1)!.x);
    // The band under the slider keeps its gap at the end of the line, which is now the left.
    expect(rtl.band.marginLeft).to.equal(ltr.band.marginRight);
    expect(rtl.band.marginRight).to.equal('0px');
    // "Move earlier" points right, where earlier cards now are.
    const arrow = (el: PwDealComparator, b: string) => $(el, `.option-card[data-id="si-reseller"] button.${b} svg`).innerHTML;
    expect(arrow(rtl.el, 'earlier')).to.equal(arrow(ltr.el, 'later'));
    expect(arrow(rtl.el, 'later')).to.equal(arrow(ltr.el, 'earlier'));

    // Arrow keys: the visual direction. Left to right ArrowRight goes on; right to left ArrowLeft does.
    const keyFrom = async (el: PwDealComparator, key: string) => {
      const bars = $$<SVGGElement & HTMLElement>(el, '.bars .bar');
      bars[0]!.focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      return (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id') ?? '';
    };
    const second = $$(ltr.el, '.bars .bar')[1]!.dataset.id;
    expect(await keyFrom(ltr.el, 'ArrowRight')).to.equal(second);
    expect(await keyFrom(rtl.el, 'ArrowLeft')).to.equal(second);
    expect(await keyFrom(rtl.el, 'ArrowRight')).to.equal($$(rtl.el, '.bars .bar')[0]!.dataset.id);
  });
});
