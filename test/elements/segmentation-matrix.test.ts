import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/segmentation-matrix.js';
import type { PwSegmentationMatrix } from '../../src/index.js';
import { sampleSegmentationMatrix, type SegmentationMatrixDocument } from '../../src/models/index.js';

async function matrix(doc: SegmentationMatrixDocument = sampleSegmentationMatrix(), attrs = ''): Promise<PwSegmentationMatrix> {
  const el = await fixture<PwSegmentationMatrix>(html`<pw-segmentation-matrix style="width: 1000px"></pw-segmentation-matrix>`);
  if (attrs) el.setAttribute(attrs, '');
  el.value = doc;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const point = (el: Element, id: string) => $<SVGGElement>(el, `.point[data-id="${id}"]`);
const partner = (el: PwSegmentationMatrix, id: string) => el.value.partners.find((p) => p.id === id)!;
const translate = (g: Element) => g.getAttribute('transform')!.match(/translate\(([\d.]+) ([\d.]+)\)/)!.slice(1).map(Number) as [number, number];

describe('<pw-segmentation-matrix>', () => {
  it('draws one named point per partner, quadrant counts, both axes and a legend with shape and colour', async () => {
    const el = await matrix();
    expect($$(el, '.point')).to.have.length(12);
    expect(point(el, 'partner-1').getAttribute('aria-label')).to.equal(
      'Nimbus Cloud: Hyperscalers, Strategic fit 82, Ecosystem influence 91, size 90, Invest: strategic partners',
    );
    const quadrants = $$(el, '.quadrant').map((q) => q.textContent!.trim());
    expect(quadrants).to.deep.equal(['Invest: strategic partners · 4', 'Engage selectively · 2', 'Monitor · 3', 'Develop and grow · 3']);
    expect($(el, '.axes').textContent).to.contain('Strategic fit');
    expect(new Set($$(el, '.point').map((p) => p.getAttribute('data-shape'))).size).to.equal(4);
    expect($$(el, '.legend li')).to.have.length(4);
  });

  it('moves a point with the arrow keys: 1 step, Shift 10, clamped, one change and one undo step each', async () => {
    const el = await matrix();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    point(el, 'partner-1').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(partner(el, 'partner-1')).to.include({ x: 83, y: 91 });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Shift' });
    expect(partner(el, 'partner-1')).to.include({ x: 83, y: 100 });
    await sendKeys({ press: 'ArrowUp' });
    expect(partner(el, 'partner-1').y).to.equal(100);
    expect(changes).to.equal(2);
    expect(el.shadowRoot!.activeElement).to.equal(point(el, 'partner-1'));
    expect($(el, '[aria-live]').textContent).to.contain('at the edge');
    el.undo();
    expect(partner(el, 'partner-1')).to.include({ x: 83, y: 91 });
  });

  it('roves between points with Page Down and Page Up; one point is in the tab order', async () => {
    const el = await matrix();
    expect($$(el, '.point').filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    point(el, 'partner-1').focus();
    await sendKeys({ press: 'PageDown' });
    expect((el.shadowRoot!.activeElement as Element).getAttribute('data-id')).to.equal('partner-2');
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    expect((el.shadowRoot!.activeElement as Element).getAttribute('data-id')).to.equal('partner-12');
    expect($$(el, '.point').filter((p) => p.getAttribute('tabindex') === '0').map((p) => p.getAttribute('data-id'))).to.deep.equal(['partner-12']);
  });

  it('opens details with Enter (name field focused, unknown fields listed) and closes them with Escape', async () => {
    const doc = sampleSegmentationMatrix();
    (doc.partners[1] as Record<string, unknown>).crmId = 'ACC-0042';
    const el = await matrix(doc);
    point(el, 'partner-2').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.details h3').textContent).to.equal('Stratus Compute');
    expect(el.shadowRoot!.activeElement?.classList.contains('details-name')).to.equal(true);
    expect($(el, '.details .extra').textContent).to.contain('crmId').and.to.contain('"ACC-0042"');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.details')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(point(el, 'partner-2'));
  });

  it('deletes the focused point with Delete, moves focus on, and undo brings it back', async () => {
    const el = await matrix();
    point(el, 'partner-3').focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.value.partners.map((p) => p.id)).not.to.contain('partner-3');
    expect((el.shadowRoot!.activeElement as Element).getAttribute('data-id')).to.equal('partner-4');
    el.undo();
    expect(el.value.partners[2]!.id).to.equal('partner-3');
  });

  it('drags a point: input events while dragging, then one change and one undo step', async () => {
    const el = await matrix();
    const svg = $<SVGSVGElement>(el, 'svg');
    const g = point(el, 'partner-12');
    const box = g.getBoundingClientRect();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const fire = (type: string, x: number, y: number) =>
      g.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 7, button: 0, isPrimary: true }));
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => inputs++);
    el.addEventListener('change', () => changes++);
    fire('pointerdown', cx, cy);
    for (let i = 1; i <= 5; i++) fire('pointermove', cx + i * 40, cy - i * 30);
    fire('pointerup', cx + 200, cy - 150);
    await el.updateComplete;
    expect(inputs).to.equal(5);
    expect(changes).to.equal(1);
    const moved = partner(el, 'partner-12');
    expect(moved.x).to.be.greaterThan(18);
    expect(moved.y).to.be.greaterThan(46);
    expect(Number.isInteger(moved.x) && Number.isInteger(moved.y)).to.equal(true);
    el.undo();
    expect(partner(el, 'partner-12')).to.include({ x: 18, y: 46 });
    expect(svg).to.exist;
  });

  it('a click without movement opens the details instead of moving', async () => {
    const el = await matrix();
    const g = point(el, 'partner-5');
    const box = g.getBoundingClientRect();
    const opts = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerId: 3, button: 0 };
    g.dispatchEvent(new PointerEvent('pointerdown', opts));
    g.dispatchEvent(new PointerEvent('pointerup', opts));
    await el.updateComplete;
    expect($(el, '.details h3').textContent).to.equal('Photon Interconnect');
    expect(partner(el, 'partner-5')).to.include({ x: 71, y: 38 });
  });

  it('keeps chart and table in sync both ways', async () => {
    const el = await matrix();
    const x = $<HTMLInputElement>(el, 'tr[data-id="partner-8"] input[aria-label^="Strategic fit"]');
    const before = translate(point(el, 'partner-8'));
    x.value = '90';
    x.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(translate(point(el, 'partner-8'))[0]).to.be.greaterThan(before[0]);
    expect($(el, 'tr[data-id="partner-8"]').textContent).to.contain('Develop and grow');
    point(el, 'partner-8').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect($<HTMLInputElement>(el, 'tr[data-id="partner-8"] input[aria-label^="Ecosystem influence"]').value).to.equal('34');
  });

  it('hides and shows a segment from the legend: points, counts and rows follow, the document does not change', async () => {
    const el = await matrix();
    const before = el.value;
    const toggle = $<HTMLInputElement>(el, 'li[data-segment="startups"] input[type=checkbox]');
    toggle.click();
    await el.updateComplete;
    expect($$(el, '.point')).to.have.length(9);
    expect($$(el, 'tbody tr')).to.have.length(9);
    expect($$(el, '.quadrant').map((q) => q.textContent!.trim())[3]).to.equal('Develop and grow · 1');
    toggle.click();
    await el.updateComplete;
    expect($$(el, '.point')).to.have.length(12);
    expect(el.value).to.deep.equal(before);
  });

  it('adds a partner at the centre, selected, with its name ready to type', async () => {
    const el = await matrix();
    $<HTMLButtonElement>(el, 'button.add').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.partners.at(-1)).to.include({ id: 'partner-13', x: 50, y: 50 });
    expect($(el, '.details h3').textContent).to.equal('New partner');
    expect(el.shadowRoot!.activeElement?.classList.contains('details-name')).to.equal(true);
  });

  it('edits axis and quadrant labels, and segment names', async () => {
    const el = await matrix();
    const details = $<HTMLDetailsElement>(el, '.labels-editor');
    details.open = true;
    const fields = $$<HTMLTextAreaElement>(el, '.labels-editor textarea');
    fields[0]!.value = 'Technology fit';
    fields[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    fields[6]!.value = 'Double down';
    fields[6]!.dispatchEvent(new Event('change', { bubbles: true }));
    const seg = $<HTMLInputElement>(el, 'li[data-segment="academia"] input.segment-name');
    seg.value = 'Universities';
    seg.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.axes.x.label).to.equal('Technology fit');
    expect(el.value.quadrants[0]).to.equal('Double down');
    expect(el.value.segments[2]!.label).to.equal('Universities');
    expect($(el, '.axes').textContent).to.contain('Technology fit');
    expect($$(el, '.quadrant')[0]!.textContent).to.contain('Double down');
  });

  it('moves nothing in review mode', async () => {
    const el = await matrix(sampleSegmentationMatrix(), 'readonly');
    point(el, 'partner-1').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Delete' });
    expect(el.value).to.deep.equal(sampleSegmentationMatrix());
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.details').textContent).to.contain('Largest GPU fleet');
    expect($$(el, '.details input, .details textarea')).to.have.length(0);
  });

  it('exports the chart as an SVG file', async () => {
    const el = await matrix();
    const create = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:x');
    const click = HTMLAnchorElement.prototype.click;
    let name = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      [...$$<HTMLButtonElement>(el, '[part="toolbar"] button')].find((b) => b.textContent!.trim() === 'SVG')!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(name).to.equal('ai-infrastructure-ecosystem-map.svg');
    expect(blob!.type).to.equal('image/svg+xml');
    const text = await blob!.text();
    expect(new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('title').length).to.equal(13);
  });

  it('with 2,000 partners, one keyboard move touches only the moved point', async () => {
    const doc = sampleSegmentationMatrix();
    doc.partners = Array.from({ length: 2000 }, (_, i) => ({
      id: `p${i}`,
      name: `Partner ${i}`,
      segment: doc.segments[i % 4]!.id,
      x: (i * 37) % 101,
      y: (i * 53) % 101,
    }));
    const el = await matrix(doc);
    expect($$(el, '.point')).to.have.length(2000);
    const points = $(el, 'g.points');
    const touched = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        touched.add((r.target as Element).closest?.('.point') ?? (r.target.parentElement?.closest('.point') as Element) ?? (r.target as Element));
      }
    });
    point(el, 'p500').focus();
    // Let the page settle (a scrollbar appearing re-lays out the chart once).
    await new Promise((r) => setTimeout(r, 150));
    await el.updateComplete;
    observer.observe(points, { subtree: true, attributes: true, childList: true, characterData: true });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    observer.disconnect();
    expect([...touched].map((t) => t.getAttribute?.('data-id'))).to.deep.equal(['p500']);
  });

  it('reports a refused file import by name and keeps the matrix', async () => {
    const el = await matrix();
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    const dt = new DataTransfer();
    const doc = sampleSegmentationMatrix();
    doc.partners[0]!.x = 140;
    dt.items.add(new File([JSON.stringify(doc)], 'map.json'));
    input.files = dt.files;
    const refused = oneEvent(el, 'pw-invalid');
    input.dispatchEvent(new Event('change'));
    expect((await refused).detail.errors[0]!.path).to.equal('/partners/0/x');
    expect(el.value).to.deep.equal(sampleSegmentationMatrix());
  });
});
