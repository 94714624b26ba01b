// The risk register in German and Spanish, in right-to-left layout, and switching language at runtime.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { missingMessages } from './missing-messages.js';
import '../../src/define/risk-register.js';
import type { PwRiskRegister } from '../../src/index.js';
import { sampleRiskRegister, type RiskRegisterDocument } from '../../src/models/index.js';
import { cardLabel, cardLabels } from './card-label.js';

const TODAY = '2026-11-25';

async function register(lang: string, doc: RiskRegisterDocument = sampleRiskRegister(), dir = 'ltr'): Promise<{ wrap: HTMLElement; el: PwRiskRegister }> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}><pw-risk-register today=${TODAY}></pw-risk-register></div>`);
  const el = wrap.querySelector<PwRiskRegister>('pw-risk-register')!;
  el.value = doc;
  await el.updateComplete;
  return { wrap, el };
}
const $ = <T extends Element = HTMLElement>(el: PwRiskRegister, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: PwRiskRegister, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cell = (el: PwRiskRegister, l: number, i: number) => $<HTMLButtonElement>(el, `.cell[data-likelihood="${l}"][data-impact="${i}"]`);
/** The words of the interface: visible text (in edit mode the risks' own text sits in fields) and the labels of controls. */
function uiText(el: PwRiskRegister): string {
  const attrs = $$(el, '[aria-label], [placeholder], [title], [data-label]').flatMap((n) =>
    ['aria-label', 'placeholder', 'title', 'data-label'].map((a) => n.getAttribute(a) ?? ''),
  );
  return `${text(el.shadowRoot as unknown as Element)} ${attrs.join(' ')} ${cardLabels(el.shadowRoot!).join(' ')}`;
}
const click = async (el: PwRiskRegister, button: HTMLElement | null) => {
  button!.click();
  await el.updateComplete;
};

/** English words of this element that a German or Spanish register must not show. */
const ENGLISH = [
  'Heat map',
  'Rating shown',
  'Likelihood',
  'Impact',
  'Add risk',
  'Risk and category',
  'Response and mitigation',
  'Owner',
  'overdue for review',
  'Sort by',
  'Category of',
  'Residual likelihood of',
  'Status and review',
  'Duplicate',
  'Delete',
  'Antitrust',
  'Monitoring',
  'Critical',
  'not rated',
  'Bands',
];

describe('<pw-risk-register> languages', () => {
  const misses = missingMessages();

  const cases = [
    {
      lang: 'de',
      words: ['Heatmap', 'Risiko hinzufügen', 'Wahrscheinlichkeit', 'Auswirkung', 'Strategie und Maßnahmen', 'Kartellrecht', 'In Beobachtung', 'Überfällig', 'Kategorie von'],
      residualNote: '3 Risiken haben keine Nettobewertung',
      filter: '2 von 12 angezeigt',
      sortBy: 'Nach Brutto sortieren',
      sorted: 'Sortiert nach Bruttowert, absteigend',
      empty: 'Noch keine Risiken.',
      untitled: 'Unbenanntes Risikoregister',
      refused: 'Dieses Dokument wurde nicht geladen',
      embed: 'Dieses Arbeitsblatt einbetten',
    },
    {
      lang: 'es',
      words: ['Mapa de calor', 'Añadir riesgo', 'Probabilidad', 'Impacto', 'Respuesta y mitigación', 'Antimonopolio', 'En seguimiento', 'Revisión vencida', 'Categoría de'],
      residualNote: '3 riesgos no tienen valoración residual',
      filter: 'Se muestran 2 de 12',
      sortBy: 'Ordenar por valoración inherente',
      sorted: 'Ordenado por puntuación inherente, descendente',
      empty: 'Todavía no hay riesgos.',
      untitled: 'Registro de riesgos sin título',
      refused: 'Este documento no se cargó',
      embed: 'Insertar esta hoja de trabajo',
    },
  ];

  for (const c of cases) {
    it(`renders every state in ${c.lang} with no missing message and no English`, async () => {
      const { el } = await register(c.lang);
      const ui = uiText(el);
      for (const w of c.words) expect(ui, w).to.contain(w);
      for (const w of ENGLISH) expect(new RegExp(`\\b${w}\\b`).test(ui), `English "${w}" in ${c.lang}`).to.equal(false);

      // Residual view: its note; a cell: the filter bar, the caption and the announcement.
      await click(el, $$<HTMLButtonElement>(el, '.segmented button')[1]!);
      expect(text($(el, '.note'))).to.contain(c.residualNote);
      await click(el, $$<HTMLButtonElement>(el, '.segmented button')[0]!);
      await click(el, cell(el, 3, 4));
      expect(text($(el, '[part="filter"]'))).to.contain(c.filter);
      expect(text($(el, '[aria-live]'))).not.to.contain('Showing');
      expect(text($(el, 'caption'))).not.to.contain('Risks');
      await click(el, $<HTMLButtonElement>(el, '[part="filter"] button'));
      // Sorting, and what it announces.
      await click(el, $<HTMLButtonElement>(el, `button[aria-label="${c.sortBy}"]`));
      expect(text($(el, '[aria-live]'))).to.contain(c.sorted);
      // An edit and the undo history's label.
      const status = $<HTMLSelectElement>(el, 'tr[data-id="risk-2"] td:nth-of-type(5) select');
      status.value = 'closed';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(text($(el, '[aria-live]'))).not.to.contain('changed');
      // Review mode: every field as text.
      el.setAttribute('readonly', '');
      await el.updateComplete;
      expect(text($(el, 'tr[data-id="risk-1"]'))).not.to.contain('Review');
      el.removeAttribute('readonly');
      await el.updateComplete;
      // The "Embed code…" dialog.
      await click(el, $<HTMLButtonElement>(el, '[part="toolbar"] button[aria-haspopup="dialog"]'));
      await waitUntil(() => el.shadowRoot!.querySelector('dialog.embed[open]'), 'the embed dialog opens');
      expect(text($(el, 'dialog.embed'))).to.contain(c.embed);
      await click(el, $<HTMLButtonElement>(el, 'dialog.embed .embed-close button'));
      // A refused document.
      el.value = { kind: 'risk-register', version: 1, title: 'x', risks: [{ id: 'r', title: 'x', likelihood: 9 }] };
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain(c.refused);
      // The empty register.
      el.value = { kind: 'risk-register', version: 1, title: '', risks: [] };
      await el.updateComplete;
      expect(text($(el, '.empty'))).to.contain(c.empty);
      expect($<HTMLTextAreaElement>(el, 'textarea[part="title"]').placeholder).to.equal(c.untitled);
      expect(uiText(el).includes('No risks yet')).to.equal(false);

      expect(misses).to.deep.equal([]);
    });
  }

  it('formats dates and numbers for the locale', async () => {
    const { el } = await register('de', sampleRiskRegister());
    el.setAttribute('readonly', '');
    await el.updateComplete;
    const row = text($(el, 'tr[data-id="risk-1"]'));
    expect(row).to.contain('Überprüfung am 30.09.2026');
    expect(row.includes('2026-09-30')).to.equal(false);
    expect(row).to.contain('Kartellrecht');
    expect(row).to.contain('15 Hoch');

    // A long register is drawn in steps, and says how far it has got with German digit grouping.
    const base = sampleRiskRegister();
    const risks = Array.from({ length: 1100 }, (_, i) => ({ ...base.risks[i % base.risks.length]!, id: `long-${i}`, title: `Risk ${i}` }));
    const { el: long } = await register('de', base);
    long.value = { ...base, risks };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(text(long.shadowRoot!.querySelector('.drawing'))).to.match(/^[\d.]+ von 1\.100 Risiken werden angezeigt/);
    // (Leaving the page stops the drawing: the rest is not needed here.)
    long.remove();
    expect(misses).to.deep.equal([]);
  });

  it('names a new risk and a copy in German', async () => {
    const { el } = await register('de');
    await click(el, $<HTMLButtonElement>(el, 'button.add'));
    expect(el.value.risks.at(-1)!.title).to.equal('Neues Risiko');
    await click(el, $<HTMLButtonElement>(el, 'tr[data-id="risk-2"] button[title="Duplizieren"]'));
    expect(el.value.risks[2]!.title).to.equal(`${sampleRiskRegister().risks[1]!.title} (Kopie)`);
    expect(misses).to.deep.equal([]);
  });

  it('speaks the new language when the lang attribute changes at runtime', async () => {
    const { wrap, el } = await register('de');
    expect(text($(el, 'button.add'))).to.equal('Risiko hinzufügen');
    const category = () => $<HTMLSelectElement>(el, 'tr[data-id="risk-1"] select');
    expect(category().selectedOptions[0]!.textContent).to.equal('Kartellrecht');
    wrap.setAttribute('lang', 'es');
    await aTimeout(0);
    await el.updateComplete;
    expect(text($(el, 'button.add'))).to.equal('Añadir riesgo');
    expect(text($(el, '#chart-title'))).to.equal('Mapa de calor');
    // Rows (drawn once and kept while their risk is unchanged) follow the language too.
    expect(category().selectedOptions[0]!.textContent).to.equal('Antimonopolio');
    expect(category().value).to.equal('antitrust');
    expect(category().getAttribute('aria-label')).to.match(/^Categoría de /);
    expect(cardLabel($(el, 'tr[data-id="risk-1"] td.rating'))).to.equal('Inherente');
    expect(cell(el, 4, 5).getAttribute('aria-label')).to.contain('nivel Crítico');
    wrap.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(text($(el, 'button.add'))).to.equal('Add risk');
    expect(category().selectedOptions[0]!.textContent).to.equal('Antitrust');
    expect(misses).to.deep.equal([]);
  });
});

describe('<pw-risk-register> right to left', () => {
  it('mirrors the heat map: impact rises to the left, and its arrow points left', async () => {
    const { el } = await register('en', sampleRiskRegister(), 'rtl');
    const x = (b: Element) => b.getBoundingClientRect().left;
    expect(x(cell(el, 3, 5)) < x(cell(el, 3, 1)), 'impact 5 left of impact 1').to.equal(true);
    expect(text($(el, '.axis-x .arrow'))).to.equal('←');
    expect(x($(el, '.axis-x .arrow')) < x($(el, '.axis-x .axis-text')), 'arrow at the left end').to.equal(true);
    // Likelihood still rises upwards.
    expect(cell(el, 5, 1).getBoundingClientRect().top < cell(el, 1, 1).getBoundingClientRect().top).to.equal(true);
    expect(text($(el, '.axis-y .arrow'))).to.equal('↑');
    expect($(el, '.axis-y .arrow').getBoundingClientRect().bottom <= $(el, '.axis-y .axis-text').getBoundingClientRect().top + 1, 'arrow above').to.equal(true);
    // The likelihood axis and the row labels move to the right of the grid.
    expect(x($(el, '.axis-y')) > x(cell(el, 3, 1))).to.equal(true);
    expect(x($(el, '.row-label')) > x(cell(el, 5, 1))).to.equal(true);
    // The segmented control's rounded ends follow the direction.
    const first = getComputedStyle($$(el, '.segmented button')[0]!);
    expect(first.borderTopRightRadius).not.to.equal('0px');
    expect(first.borderTopLeftRadius).to.equal('0px');
  });

  it('moves focus in the visual direction with ArrowRight and ArrowLeft', async () => {
    const { el } = await register('de', sampleRiskRegister(), 'rtl');
    const start = cell(el, 3, 3);
    start.focus();
    await el.updateComplete;
    const before = start.getBoundingClientRect().left;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    let focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('data-impact')).to.equal('2');
    expect(focused.getBoundingClientRect().left > before, 'ArrowRight went right').to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('data-impact')).to.equal('4');
    expect(focused.getBoundingClientRect().left < before, 'ArrowLeft went left').to.equal(true);
  });

  it('follows a dir change at runtime', async () => {
    const { wrap, el } = await register('en');
    expect(text($(el, '.axis-x .arrow'))).to.equal('→');
    expect(cell(el, 3, 5).getBoundingClientRect().left > cell(el, 3, 1).getBoundingClientRect().left).to.equal(true);
    wrap.setAttribute('dir', 'rtl');
    await aTimeout(0);
    await el.updateComplete;
    expect(text($(el, '.axis-x .arrow'))).to.equal('←');
    expect(cell(el, 3, 5).getBoundingClientRect().left < cell(el, 3, 1).getBoundingClientRect().left).to.equal(true);
  });
});
