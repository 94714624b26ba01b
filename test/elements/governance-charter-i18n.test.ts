import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/governance-charter.js';
import type { PwGovernanceCharter } from '../../src/index.js';
import { missingMessages } from './missing-messages.js';
import { emptyGovernanceCharter, sampleGovernanceCharter, type GovernanceCharterDocument } from '../../src/models/index.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
/** Every attribute a person can hear or see besides the text: labels, titles, placeholders, card labels. */
const labels = (el: Element) =>
  $$(el, '[aria-label], [title], [placeholder], [data-label]')
    .flatMap((n) => ['aria-label', 'title', 'placeholder', 'data-label'].map((a) => n.getAttribute(a) ?? ''))
    .join(' | ');
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function inLang(lang: string, doc: GovernanceCharterDocument = sampleGovernanceCharter(), opts: { readonly?: boolean; dir?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${opts.dir ?? 'ltr'} style="width: 900px"><pw-governance-charter ?readonly=${!!opts.readonly}></pw-governance-charter></div>`,
  );
  const el = wrapper.querySelector<PwGovernanceCharter>('pw-governance-charter')!;
  el.value = doc;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return { wrapper, el };
}

describe('<pw-governance-charter> in other languages', () => {
  const missing = missingMessages((key) => key.startsWith('charter.') || key.startsWith('core.'));

  const cases = [
    {
      lang: 'de',
      present: ['Gremien', 'Eskalationsleiter', 'Sitzungsrhythmus', 'Ausstiegskriterien', 'Stufe hinzufügen', 'Vierteljährlich', 'Alle zwei Wochen', '60 Tage', 'Exportieren'],
      readonly: 'Tagt vierteljährlich · entscheidet im Konsens · Quorum: Three of four',
      advice: 'Joint steering council hat keine Mitglieder',
      empty: 'Diese Charta ist leer.',
      ladder: 'Stufe 4, Chief executives, then mediation under the agreement, 30 Tage',
    },
    {
      lang: 'es',
      present: ['Órganos de gobierno', 'Cadena de escalamiento', 'Ritmo operativo', 'Criterios de salida', 'Añadir nivel', 'Trimestral', 'Cada dos semanas', '60 días', 'Exportar'],
      readonly: 'Se reúne cada trimestre · decide por consenso · quórum: Three of four',
      advice: 'Joint steering council no tiene miembros',
      empty: 'Esta carta está vacía.',
      ladder: 'nivel 4, Chief executives, then mediation under the agreement, 30 días',
    },
  ];
  const english = ['Governing bodies', 'Escalation ladder', 'Operating rhythm', 'Exit criteria', 'Add level', 'Every two weeks', '60 days', 'Decision rights', 'Members, one per line'];

  for (const c of cases) {
    it(`speaks ${c.lang} throughout, with no missing message`, async () => {
      const doc = sampleGovernanceCharter();
      doc.bodies[0]!.members = [];
      doc.escalation[1]!.owner = '';
      doc.exitCriteria = [];
      const { el } = await inLang(c.lang, doc);
      const all = `${text(el)} | ${labels(el)}`;
      for (const s of c.present) expect(all, s).to.contain(s);
      for (const s of english) expect(all.includes(s), s).to.equal(false);
      expect($(el, '[part="advice"]').textContent).to.contain(c.advice);
      expect($$(el, '[part="advice"] li')).to.have.length(3);
      expect($(el, 'svg[part="ladder"]').getAttribute('aria-label')).to.contain(c.ladder);
      expect($$(el, '.step text').map((t) => t.textContent).join(' ')).to.not.contain('Level');

      // Edits: add, move, delete and undo all speak the language (their labels go through the messages too).
      $<HTMLButtonElement>(el, 'button[data-add="escalation"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-id="rhythm-2"] button[data-move="up"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-id="body-2"] button.danger').click();
      await el.updateComplete;
      el.undo();
      await el.updateComplete;
      expect(text(el).includes('Deleted'), 'undo announcement').to.equal(false);

      // A refused document shows the shared notice in the language.
      el.value = { kind: 'governance-charter', version: 1, title: 'x', bodies: 'none' };
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.not.contain('This document was not loaded');

      const ro = await inLang(c.lang, sampleGovernanceCharter(), { readonly: true });
      expect($(ro.el, '[data-id="body-1"] .meta').textContent).to.contain(c.readonly);
      expect(text(ro.el)).to.not.contain('Decision rights');

      const empty = await inLang(c.lang, emptyGovernanceCharter());
      expect(text(empty.el)).to.contain(c.empty);
      $<HTMLButtonElement>(empty.el, '.empty button').click();
      await empty.el.updateComplete;
      expect(empty.el.value.bodies).to.have.length(3);

      expect(missing).to.deep.equal([]);
    });
  }

  it('writes numbers for the locale', async () => {
    const doc = sampleGovernanceCharter();
    for (const e of doc.escalation) e.responseDays = 365;
    const { el, wrapper } = await inLang('de', doc);
    expect($(el, '.lead').textContent!.replace(/\s+/g, ' ')).to.contain('bis zu 1.460 Tage');
    expect($(el, '.lead strong').textContent).to.equal('1.460 Tage');
    wrapper.setAttribute('lang', 'en');
    await frame();
    await el.updateComplete;
    expect($(el, '.lead strong').textContent).to.equal('1,460 days');
  });

  it('names a new governing body and a new meeting in German', async () => {
    const { el } = await inLang('de');
    for (const list of ['bodies', 'rhythms', 'escalation']) {
      $<HTMLButtonElement>(el, `button[data-add="${list}"]`).click();
      await el.updateComplete;
    }
    expect(el.value.bodies.at(-1)!.name).to.equal('Neues Gremium');
    expect(el.value.rhythms.at(-1)!.name).to.equal('Neue Sitzung');
    expect('name' in el.value.escalation.at(-1)!).to.equal(false);
    expect(missing).to.deep.equal([]);
  });

  it('follows a change of lang at run time', async () => {
    const { wrapper, el } = await inLang('de');
    expect($(el, '#bodies-title').textContent).to.equal('Gremien');
    wrapper.setAttribute('lang', 'es');
    await frame();
    await el.updateComplete;
    expect($(el, '#bodies-title').textContent).to.equal('Órganos de gobierno');
    expect($$(el, '.calendar .cadence').map((n) => n.textContent)).to.deep.equal(['Semanal', 'Cada dos semanas', 'Mensual', 'Trimestral', 'Anual']);
    expect($(el, 'button[data-add="bodies"]').textContent!.trim()).to.equal('Añadir órgano');
    wrapper.setAttribute('lang', 'en');
    await frame();
    await el.updateComplete;
    expect($(el, '#bodies-title').textContent).to.equal('Governing bodies');
    expect(missing).to.deep.equal([]);
  });

  it('mirrors the escalation ladder right to left', async () => {
    const ltr = await inLang('de');
    const rtl = await inLang('de', sampleGovernanceCharter(), { dir: 'rtl' });
    const steps = (el: Element) =>
      $$<SVGGElement>(el, '.step').map((g) => {
        const rect = g.querySelector('rect')!;
        const x = Number(rect.getAttribute('x'));
        const w = Number(rect.getAttribute('width'));
        const box = g.querySelector<SVGTextElement>('.step-level')!.getBBox();
        return { x, w, h: Number(rect.getAttribute('height')), textLeft: box.x, textRight: box.x + box.width };
      });
    const width = Number($(rtl.el, 'svg[part="ladder"]').getAttribute('width'));
    const l = steps(ltr.el);
    const r = steps(rtl.el);
    // Left to right: the first (lowest) step at the left, the ladder rising to the right.
    expect(l[0]!.x).to.be.closeTo(0, 1);
    expect(l[3]!.h).to.be.greaterThan(l[0]!.h);
    // Right to left: the first step at the right edge, the top step at the left.
    expect(r[0]!.x + r[0]!.w).to.be.closeTo(width, 1);
    expect(r[3]!.x).to.be.closeTo(0, 1);
    expect(r[0]!.h).to.be.closeTo(l[0]!.h, 0.01);
    // The text starts at the step's right edge and stays inside it.
    expect(r[0]!.textRight).to.be.closeTo(r[0]!.x + r[0]!.w - 8, 1.5);
    expect(r[0]!.textLeft).to.be.greaterThan(r[0]!.x);
    expect(l[0]!.textLeft).to.be.closeTo(l[0]!.x + 8, 1.5);
    // The page itself lays out right to left: section headings start at the right.
    const head = $(rtl.el, '#bodies-title').getBoundingClientRect();
    const row = $(rtl.el, '#bodies-title').parentElement!.getBoundingClientRect();
    expect(head.right).to.be.closeTo(row.right, 1);
    const trigger = $(rtl.el, 'thead th:nth-child(2)');
    expect(getComputedStyle(trigger).textAlign).to.equal('start');
    expect(getComputedStyle(trigger).direction).to.equal('rtl');
    expect(trigger.getBoundingClientRect().right).to.be.lessThan($(rtl.el, 'thead th:nth-child(1)').getBoundingClientRect().left + 0.5);
  });
});
