// Languages and direction: German and Spanish with no missing message, numbers for the locale, a language change
// at run time, and right to left: the x axis runs right to left and the arrow keys follow the screen.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/segmentation-matrix.js';
import { missingMessages } from './missing-messages.js';
import type { PwSegmentationMatrix } from '../../src/index.js';
import { sampleSegmentationMatrix, type SegmentationMatrixDocument } from '../../src/models/index.js';
import { cardLabels } from './card-label.js';

interface Mount {
  lang?: string;
  dir?: 'ltr' | 'rtl';
  readonly?: boolean;
}

async function mount(opts: Mount = {}, doc: SegmentationMatrixDocument = sampleSegmentationMatrix()): Promise<{ el: PwSegmentationMatrix; wrap: HTMLElement }> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  if (opts.lang) wrap.setAttribute('lang', opts.lang);
  if (opts.dir) wrap.setAttribute('dir', opts.dir);
  const el = document.createElement('pw-segmentation-matrix') as PwSegmentationMatrix;
  el.style.width = '1000px';
  if (opts.readonly) el.setAttribute('readonly', '');
  wrap.append(el);
  el.value = doc;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return { el, wrap };
}

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const point = (el: Element, id: string) => $<SVGGElement>(el, `.point[data-id="${id}"]`);
const partner = (el: PwSegmentationMatrix, id: string) => el.value.partners.find((p) => p.id === id)!;
const centreX = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.left + r.width / 2;
};
const settle = async (el: PwSegmentationMatrix) => {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

/** Every text, every aria-label, title and placeholder, and every card label in the element's shadow root. */
function allText(el: Element): string {
  const attrs = $$(el, '[aria-label], [title], [placeholder]').flatMap((n) =>
    ['aria-label', 'title', 'placeholder'].map((a) => n.getAttribute(a) ?? ''),
  );
  return `${el.shadowRoot!.textContent ?? ''}\n${attrs.join('\n')}\n${cardLabels(el.shadowRoot!).join('\n')}`;
}

function manyPartners(n: number): SegmentationMatrixDocument {
  const doc = sampleSegmentationMatrix();
  doc.partners = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}`, segment: doc.segments[i % 4]!.id, x: (i * 37) % 101, y: (i * 53) % 101 }));
  return doc;
}

/** Goes through the element's states that show text: moves, details, hidden segments, deletion, adding, export. */
async function exercise(el: PwSegmentationMatrix): Promise<string[]> {
  const seen: string[] = [allText(el)];
  const details = $<HTMLDetailsElement>(el, '.labels-editor');
  details.open = true;
  point(el, 'partner-1').focus();
  await sendKeys({ press: 'ArrowRight' });
  await el.updateComplete;
  seen.push($(el, '[aria-live]').textContent ?? '');
  for (let i = 0; i < 2; i++) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Shift' });
  }
  await el.updateComplete;
  seen.push($(el, '[aria-live]').textContent ?? '');
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  seen.push(allText(el));
  // A field the details panel reverts (a negative coordinate) and one it clears.
  const size = $$<HTMLInputElement>(el, '.details input[type=number]')[2]!;
  size.value = '';
  size.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  seen.push(allText(el));
  $<HTMLInputElement>(el, 'li[data-segment="startups"] input[type=checkbox]').click();
  await el.updateComplete;
  seen.push(allText(el), $(el, '[aria-live]').textContent ?? '');
  point(el, 'partner-3').focus();
  await sendKeys({ press: 'Delete' });
  await el.updateComplete;
  seen.push($(el, '[aria-live]').textContent ?? '');
  $<HTMLButtonElement>(el, 'button.add').click();
  await el.updateComplete;
  await el.updateComplete;
  seen.push(allText(el));
  // The SVG export, with the download stubbed.
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = () => 'blob:x';
  HTMLAnchorElement.prototype.click = () => undefined;
  try {
    $$<HTMLButtonElement>(el, '[part="toolbar"] button').find((b) => b.textContent!.trim() === 'SVG')!.click();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  await el.updateComplete;
  seen.push($(el, '[aria-live]').textContent ?? '');
  // A refused document: the notice the worksheet shows.
  el.value = { ...sampleSegmentationMatrix(), quadrants: ['a'] } as unknown as SegmentationMatrixDocument;
  await el.updateComplete;
  seen.push(allText(el));
  return seen;
}

const ENGLISH = ['Add partner', 'Add segment', 'Drag a point', 'Close details', 'Duplicate', 'Axis and quadrant labels', 'Partners table', 'Show details of', 'Horizontal axis', 'Top right'];

describe('<pw-segmentation-matrix> languages', () => {
  const misses = missingMessages();

  const expected: Record<string, string[]> = {
    de: ['Partner hinzufügen', 'Segment hinzufügen', 'Ziehen Sie einen Punkt', 'Details schließen', 'Duplizieren', 'Beschriftung von Achsen und Quadranten', 'Partnertabelle', 'Waagerechte Achse', 'Oben rechts', 'Größe', 'Notizen'],
    es: ['Añadir socio', 'Añadir segmento', 'Arrastre un punto', 'Cerrar detalles', 'Duplicar', 'Etiquetas de ejes y cuadrantes', 'Tabla de socios', 'Eje horizontal', 'Arriba a la derecha', 'Tamaño', 'Notas'],
  };
  const announced: Record<string, string[]> = {
    de: ['ist am Rand', 'Segment „Startups“ ausgeblendet', 'Cirrus Platform gelöscht', 'Diagramm als SVG exportiert'],
    es: ['está en el borde', 'Segmento «Startups» oculto', 'Cirrus Platform eliminado', 'Gráfico exportado como SVG'],
  };

  for (const lang of ['de', 'es']) {
    it(`speaks ${lang} in every state, with no missing message`, async () => {
      const { el } = await mount({ lang });
      const text = (await exercise(el)).join('\n');
      for (const s of expected[lang]!) expect(text, s).to.contain(s);
      for (const s of announced[lang]!) expect(text, s).to.contain(s);
      for (const s of ENGLISH) expect(text, s).not.to.contain(s);

      const ro = await mount({ lang, readonly: true });
      point(ro.el, 'partner-2').focus();
      await sendKeys({ press: 'Enter' });
      await ro.el.updateComplete;
      const roText = allText(ro.el);
      expect(roText).to.contain(lang === 'de' ? 'Bild auf und Bild ab' : 'Re Pág y Av Pág');
      expect(roText).not.to.contain('Page Up');

      const empty = await mount({ lang }, { ...sampleSegmentationMatrix(), title: '', partners: [] });
      const emptyText = allText(empty.el);
      expect(emptyText).to.contain(lang === 'de' ? 'Noch keine Partner.' : 'Todavía no hay socios.');
      expect(emptyText).to.contain(lang === 'de' ? 'Beispiel-Ökosystem laden' : 'Cargar el ecosistema de ejemplo');
      expect($<HTMLTextAreaElement>(empty.el, '[part="title"]').placeholder).to.equal(lang === 'de' ? 'Unbenannte Ökosystem-Matrix' : 'Matriz de ecosistema sin título');
      expect(emptyText).not.to.contain('No partners yet');

      const big = await mount({ lang }, manyPartners(201));
      expect($(big.el, '.more').textContent).to.contain(lang === 'de' ? 'Die ersten 200 von 201 Partnern' : 'Se muestran los primeros 200 de 201 socios');

      expect(misses).to.deep.equal([]);
    });
  }

  it('writes numbers for the locale: a decimal comma in German and Spanish', async () => {
    const doc = sampleSegmentationMatrix();
    doc.partners[1]!.size = 12.5;
    for (const [lang, size] of [
      ['de', '12,5'],
      ['es', '12,5'],
      ['en', '12.5'],
    ] as const) {
      const { el } = await mount({ lang, readonly: true }, doc);
      expect($(el, 'tr[data-id="partner-2"] td[data-col="5"]').textContent!.trim(), lang).to.equal(size);
      expect(point(el, 'partner-2').getAttribute('aria-label'), lang).to.contain(size);
      point(el, 'partner-2').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '.details dl').textContent, lang).to.contain(size);
    }
    const { el } = await mount({ lang: 'de' }, manyPartners(1500));
    expect($(el, '.summary').textContent).to.equal('1.500 Partner');
  });

  it('names a new partner, its segment, a copy and a new segment in German', async () => {
    const { el } = await mount({ lang: 'de' }, { ...sampleSegmentationMatrix(), title: '', partners: [], segments: [] });
    $<HTMLButtonElement>(el, 'button.add').click();
    await settle(el);
    expect(el.value.segments.map((s) => s.label)).to.deep.equal(['Nicht zugeordnet']);
    expect(el.value.partners.map((p) => p.name)).to.deep.equal(['Neuer Partner']);
    expect(el.value.partners[0]!.segment).to.equal(el.value.segments[0]!.id);
    $$<HTMLButtonElement>(el, '.details-actions button')[0]!.click();
    await settle(el);
    expect(el.value.partners.map((p) => p.name)).to.deep.equal(['Neuer Partner', 'Neuer Partner (Kopie)']);
    $<HTMLButtonElement>(el, 'button.add-segment').click();
    await settle(el);
    expect(el.value.segments.at(-1)!.label).to.equal('Neues Segment');
    expect(misses).to.deep.equal([]);
  });

  it('starts an untouched matrix with axes, quadrants and segments in its language; a given document is kept', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><pw-segmentation-matrix></pw-segmentation-matrix></div>`);
    const el = wrapper.querySelector<PwSegmentationMatrix>('pw-segmentation-matrix')!;
    await el.updateComplete;
    const v = el.value;
    expect(v.axes.x.label).to.equal('Encaje estratégico');
    expect(v.quadrants[0]).to.equal('Invertir: socios estratégicos');
    expect(v.segments.map((s) => s.label)).to.deep.equal(['Hiperescaladores', 'Proveedores de hardware', 'Academia', 'Startups']);
    const english = await fixture<PwSegmentationMatrix>(html`<pw-segmentation-matrix></pw-segmentation-matrix>`);
    expect(english.value.axes.x.label).to.equal('Strategic fit');
    const given = await fixture<HTMLElement>(html`<div lang="de"><pw-segmentation-matrix></pw-segmentation-matrix></div>`);
    const withDoc = given.querySelector<PwSegmentationMatrix>('pw-segmentation-matrix')!;
    withDoc.value = sampleSegmentationMatrix();
    await withDoc.updateComplete;
    expect(withDoc.value).to.deep.equal(sampleSegmentationMatrix());
  });

  it('changes language at run time when the wrapper’s lang changes', async () => {
    const { el, wrap } = await mount({ lang: 'de' });
    expect($(el, 'button.add').textContent!.trim()).to.equal('Partner hinzufügen');
    const before = point(el, 'partner-1').getAttribute('aria-label')!;
    expect(before).to.contain('Größe 90');
    wrap.setAttribute('lang', 'es');
    await settle(el);
    expect($(el, 'button.add').textContent!.trim()).to.equal('Añadir socio');
    expect(point(el, 'partner-1').getAttribute('aria-label')).to.contain('tamaño 90');
    expect($(el, 'thead').textContent).to.contain('Tamaño');
    wrap.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, 'button.add').textContent!.trim()).to.equal('Add partner');
    expect(point(el, 'partner-1').getAttribute('aria-label')).to.equal(
      'Nimbus Cloud: Hyperscalers, Strategic fit 82, Ecosystem influence 91, size 90, Invest: strategic partners',
    );
    expect(misses).to.deep.equal([]);
  });
});

describe('<pw-segmentation-matrix> right to left', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: ArrowRight moves the point right on screen (x ${dir === 'rtl' ? 'down' : 'up'}), ArrowLeft back`, async () => {
      const { el } = await mount({ dir });
      point(el, 'partner-1').focus();
      const x0 = partner(el, 'partner-1').x;
      const screen0 = centreX(point(el, 'partner-1'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const x1 = partner(el, 'partner-1').x;
      const screen1 = centreX(point(el, 'partner-1'));
      if (dir === 'rtl') expect(x1, 'x value').to.equal(x0 - 1);
      else expect(x1, 'x value').to.equal(x0 + 1);
      expect(screen1 - screen0, 'moved right on screen').to.be.greaterThan(1);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(partner(el, 'partner-1').x).to.equal(x0);
      expect(centreX(point(el, 'partner-1'))).to.be.closeTo(screen0, 0.5);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('partner-1');
    });
  }

  it('mirrors the chart: high x on the left, the y axis on the right, labels inside the chart', async () => {
    const { el } = await mount({ dir: 'rtl' });
    const svg = $<SVGSVGElement>(el, '.chart-frame > svg');
    expect(getComputedStyle(svg).direction).to.equal('rtl');
    const box = svg.getBoundingClientRect();
    const plot = $(el, 'rect.plot').getBoundingClientRect();
    const mid = box.left + box.width / 2;
    // Nimbus Cloud (x 82) on the left, Quantlet Labs (x 18) on the right.
    expect(centreX(point(el, 'partner-1'))).to.be.lessThan(mid);
    expect(centreX(point(el, 'partner-12'))).to.be.greaterThan(mid);
    // The plot leaves its margin for the y axis on the right.
    expect(box.right - plot.right).to.be.greaterThan(plot.left - box.left);
    // Quadrant labels: the high-x quadrants are drawn on the left, and every label stays inside the plot.
    const quadrant = (q: string) => $(el, `.quadrant[data-quadrant="${q}"]`).getBoundingClientRect();
    expect(quadrant('top-right').right).to.be.lessThan(mid);
    expect(quadrant('top-left').left).to.be.greaterThan(mid);
    for (const q of ['top-right', 'top-left', 'bottom-left', 'bottom-right']) {
      const r = quadrant(q);
      expect(r.left, q).to.be.at.least(plot.left - 1);
      expect(r.right, q).to.be.at.most(plot.right + 1);
    }
    // Axis ends: low fit at the right end, high fit at the left end, both under the plot.
    const low = $(el, '.x-low').getBoundingClientRect();
    const high = $(el, '.x-high').getBoundingClientRect();
    expect(low.right).to.be.closeTo(plot.right, 2);
    expect(high.left).to.be.closeTo(plot.left, 2);
    expect($(el, '.x-label').textContent).to.contain('←');
    // The y axis and its words stand right of the plot; low at the bottom, high at the top.
    for (const c of ['.y-low', '.y-high', '.y-label']) {
      const r = $(el, c).getBoundingClientRect();
      expect(r.left, c).to.be.at.least(plot.right - 1);
      expect(r.right, c).to.be.at.most(box.right + 1);
    }
    const yLow = $(el, '.y-low').getBoundingClientRect();
    const yHigh = $(el, '.y-high').getBoundingClientRect();
    expect(yLow.bottom).to.be.closeTo(plot.bottom, 2);
    expect(yHigh.top).to.be.closeTo(plot.top, 2);
    // The quadrant fields in the label editor are named by where they are drawn.
    const names = $$(el, '.labels-editor fieldset:last-of-type label').map((l) => l.textContent!.trim());
    expect(names).to.deep.equal(['Top left', 'Top right', 'Bottom right', 'Bottom left']);
  });

  it('in LTR keeps the chart as it was: high x on the right, the y axis on the left', async () => {
    const { el } = await mount({ dir: 'ltr' });
    const box = $<SVGSVGElement>(el, '.chart-frame > svg').getBoundingClientRect();
    const plot = $(el, 'rect.plot').getBoundingClientRect();
    const mid = box.left + box.width / 2;
    expect(centreX(point(el, 'partner-1'))).to.be.greaterThan(mid);
    expect($(el, '.quadrant[data-quadrant="top-right"]').getBoundingClientRect().left).to.be.greaterThan(mid);
    expect($(el, '.y-label').getBoundingClientRect().right).to.be.at.most(plot.left + 1);
    expect($(el, '.x-label').textContent).to.contain('→');
  });

  it('drags in RTL: a point dragged to the right gets a lower x', async () => {
    const { el } = await mount({ dir: 'rtl' });
    const g = point(el, 'partner-7');
    const box = g.getBoundingClientRect();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const fire = (type: string, x: number, y: number) =>
      g.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 9, button: 0, isPrimary: true }));
    const x0 = partner(el, 'partner-7').x;
    fire('pointerdown', cx, cy);
    fire('pointermove', cx + 60, cy);
    fire('pointerup', cx + 60, cy);
    await el.updateComplete;
    expect(partner(el, 'partner-7').x).to.be.lessThan(x0 - 5);
    expect(centreX(point(el, 'partner-7'))).to.be.closeTo(cx + 60, 4);
  });

  it('follows a change of dir at run time', async () => {
    const { el, wrap } = await mount({ dir: 'ltr' });
    const mid = () => {
      const b = $<SVGSVGElement>(el, '.chart-frame > svg').getBoundingClientRect();
      return b.left + b.width / 2;
    };
    expect(centreX(point(el, 'partner-1'))).to.be.greaterThan(mid());
    wrap.setAttribute('dir', 'rtl');
    await settle(el);
    expect(centreX(point(el, 'partner-1'))).to.be.lessThan(mid());
  });
});
