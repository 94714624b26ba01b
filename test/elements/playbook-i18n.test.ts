import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { PwPlaybook } from '../../src/index.js';
import { missingMessages } from './missing-messages.js';
import { samplePlaybook, sampleRiskRegister } from '../../src/models/index.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const sections = (el: PwPlaybook) => [...el.children].filter((c) => c.localName.startsWith('pw-')) as Updating[];
/** The playbook and every section have drawn what they now hold. */
const settle = async (el: PwPlaybook) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  await frame();
  await Promise.all(sections(el).map((s) => s.updateComplete));
  await el.updateComplete;
};
/** The shared toolbar's "Export" group label inside one section. */
const exportLabel = (section: Element) => section.shadowRoot!.querySelector('#export-label')!.textContent!.trim();

async function inLang(lang: string, dir = 'ltr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}>
    <pw-playbook>
      <pw-segmentation-matrix></pw-segmentation-matrix>
      <pw-risk-register .value=${sampleRiskRegister()}></pw-risk-register>
    </pw-playbook>
  </div>`);
  const el = wrapper.querySelector<PwPlaybook>('pw-playbook')!;
  await settle(el);
  return { wrapper, el };
}

describe('<pw-playbook> in other languages', () => {
  const missing = missingMessages((key) => key.startsWith('playbook.') || key.startsWith('charter.') || key.startsWith('core.'));

  const cases = [
    {
      lang: 'de',
      contents: 'Inhalt',
      links: ['Ökosystem-Segmentierung', 'Co-sold GPU cloud alliance: risk register'],
      kinds: ['(Ökosystem-Segmentierung)', '(Risikoregister)'],
      states: ['leer', 'begonnen'],
      exportWord: 'Exportieren',
      print: 'Drucken…',
      untitled: 'Unbenanntes Partnerschafts-Playbook',
      empty: 'Dieses Playbook enthält noch keine Arbeitsblätter.',
      partial: 'ohne einen Abschnitt importiert',
      refused: 'wurde nicht geladen',
    },
    {
      lang: 'es',
      contents: 'Contenido',
      links: ['Segmentación del ecosistema', 'Co-sold GPU cloud alliance: risk register'],
      kinds: ['(Segmentación del ecosistema)', '(Registro de riesgos)'],
      states: ['vacía', 'empezada'],
      exportWord: 'Exportar',
      print: 'Imprimir…',
      untitled: 'Manual de alianza sin título',
      empty: 'Este manual aún no tiene hojas de trabajo.',
      partial: 'se importó sin una sección',
      refused: 'no se cargó',
    },
  ];

  for (const c of cases) {
    it(`speaks ${c.lang}, and so does the shared toolbar of each section, with no missing message`, async () => {
      const { el } = await inLang(c.lang);
      expect($(el, '#contents-title').textContent).to.equal(c.contents);
      expect($$(el, '[part="section-link"] button').map((b) => b.textContent!.trim())).to.deep.equal(c.links);
      expect($$(el, '[part="section-link"] .visually-hidden').map((s) => s.textContent!.trim())).to.deep.equal(c.kinds);
      expect($$(el, '[part="section-link"] .state').map((s) => s.textContent)).to.deep.equal(c.states);
      expect($(el, '#export-label').textContent).to.equal(c.exportWord);
      expect(text(el)).to.contain(c.print);
      expect($(el, 'textarea[part="title"]').getAttribute('placeholder')).to.equal(c.untitled);
      const words = new Set(text(el).split(/[\s()]+/));
      for (const english of ['Contents', 'started', 'empty', 'Export', 'Print…']) expect(words.has(english), english).to.equal(false);
      expect(text(el).includes('Ecosystem segmentation')).to.equal(false);
      // The sections inside speak the playbook's language in the parts they share.
      for (const section of sections(el)) expect(exportLabel(section)).to.equal(c.exportWord);

      // An edit inside a section becomes one playbook step: its undo label is the playbook's.
      el.querySelector('pw-risk-register')!.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
      await settle(el);
      el.undo();
      await settle(el);

      // A playbook file with one bad section: the others load, the bad one is named, in the language.
      const doc = samplePlaybook();
      (doc.sections[1] as unknown as { criteria: Array<{ weight: number }> }).criteria[0]!.weight = -5;
      const input = $<HTMLInputElement>(el, 'input[type=file]');
      const dt = new DataTransfer();
      dt.items.add(new File([JSON.stringify(doc)], 'playbook.json'));
      input.files = dt.files;
      const refused = oneEvent(el, 'pw-invalid');
      input.dispatchEvent(new Event('change'));
      await refused;
      await settle(el);
      const alert = $(el, '[role="alert"]').textContent!;
      expect(alert).to.contain(c.partial);
      expect(alert).to.contain(`${doc.sections[1]!.title} ${c.refused}`);
      expect(el.value.sections).to.have.length(4);

      // The empty playbook and review mode.
      const empty = await fixture<PwPlaybook>(html`<div lang=${c.lang}><pw-playbook readonly></pw-playbook></div>`).then((w) => w.querySelector<PwPlaybook>('pw-playbook')!);
      await settle(empty);
      expect(text(empty)).to.contain(c.empty);
      expect($(empty, 'h2').textContent!.trim()).to.equal(c.untitled);

      expect(missing).to.deep.equal([]);
    });
  }

  it('follows a change of lang at run time, sections included', async () => {
    const { wrapper, el } = await inLang('de');
    const register = el.querySelector('pw-risk-register')!;
    expect($(el, '#contents-title').textContent).to.equal('Inhalt');
    expect(exportLabel(register)).to.equal('Exportieren');
    wrapper.setAttribute('lang', 'es');
    await settle(el);
    expect($(el, '#contents-title').textContent).to.equal('Contenido');
    expect($$(el, '[part="section-link"] .state').map((s) => s.textContent)).to.deep.equal(['vacía', 'empezada']);
    expect(exportLabel(register)).to.equal('Exportar');
    wrapper.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, '#contents-title').textContent).to.equal('Contents');
    expect(exportLabel(register)).to.equal('Export');
    expect(missing).to.deep.equal([]);
  });

  it('sections created from a document follow the language too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><pw-playbook></pw-playbook></div>`);
    const el = wrapper.querySelector<PwPlaybook>('pw-playbook')!;
    el.value = samplePlaybook();
    await settle(el);
    expect(sections(el)).to.have.length(5);
    expect(sections(el).map(exportLabel)).to.deep.equal(Array(5).fill('Exportieren'));
    expect(missing).to.deep.equal([]);
  });

  it('hands a locale set on the playbook itself to its sections, and takes it back', async () => {
    const el = await fixture<PwPlaybook>(html`<pw-playbook locale="es"><pw-risk-register></pw-risk-register></pw-playbook>`);
    await settle(el);
    const register = el.querySelector('pw-risk-register')!;
    expect($(el, '#contents-title').textContent).to.equal('Contenido');
    expect(exportLabel(register)).to.equal('Exportar');
    el.locale = undefined;
    await settle(el);
    expect($(el, '#contents-title').textContent).to.equal('Contents');
    expect(exportLabel(register)).to.equal('Export');
  });

  it('lays the table of contents out right to left', async () => {
    const { el } = await inLang('de', 'rtl');
    const list = $(el, 'nav ol');
    const style = getComputedStyle(list);
    expect(style.direction).to.equal('rtl');
    expect(parseFloat(style.paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(style.paddingLeft)).to.equal(0);
    const badge = getComputedStyle($(el, '.state'));
    expect(parseFloat(badge.marginRight)).to.be.greaterThan(0);
    expect(parseFloat(badge.marginLeft)).to.equal(0);
    // The link sits at the right, its state badge to its left.
    const link = $(el, '[part="section-link"] button').getBoundingClientRect();
    const state = $(el, '[part="section-link"] .state').getBoundingClientRect();
    expect(state.right).to.be.at.most(link.left + 0.5);
    expect(link.right).to.be.closeTo(list.getBoundingClientRect().right - parseFloat(style.paddingRight), 1);
  });
});
