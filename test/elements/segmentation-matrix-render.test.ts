// Rendering cost (issue 9): a keyboard move renders the moved point again and no other point or row, and the
// chart is laid out at its real width on the first render (no second render a frame later).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/segmentation-matrix.js';
import type { PwSegmentationMatrix } from '../../src/index.js';
import { matrixLayout } from '../../src/models/segmentation-matrix/layout.js';
import { nudgePartner } from '../../src/models/segmentation-matrix/ops.js';
import { sampleSegmentationMatrix, type Partner, type SegmentationMatrixDocument } from '../../src/models/index.js';

const N = 400; // over the number of points that get labels, as in a large ecosystem

function bigMatrix(): SegmentationMatrixDocument {
  const base = sampleSegmentationMatrix();
  const partners = Array.from({ length: N }, (_, i) => ({ ...base.partners[i % base.partners.length]!, id: `partner-${i + 1}`, name: `Partner ${i + 1}`, x: i % 90, y: (i * 7) % 100 }));
  return { ...base, partners };
}

/** Counting proxies in place of the partners: point names and table rows read `name`, the layout does not. */
function countRenders(el: PwSegmentationMatrix): Map<string, number> {
  const reads = new Map<string, number>();
  const host = el as unknown as { doc: SegmentationMatrixDocument };
  host.doc = {
    ...host.doc,
    partners: host.doc.partners.map(
      (p) =>
        new Proxy(p, {
          get(target, key, receiver) {
            if (key === 'name') reads.set(target.id, (reads.get(target.id) ?? 0) + 1);
            return Reflect.get(target, key, receiver) as unknown;
          },
        }) as Partner,
    ),
  };
  return reads;
}

describe('<pw-segmentation-matrix> rendering', () => {
  it('lays the chart out at the frame’s width in the first update', async () => {
    const el = await fixture<PwSegmentationMatrix>(html`<pw-segmentation-matrix style="width: 1000px"></pw-segmentation-matrix>`);
    el.value = bigMatrix();
    await el.updateComplete;
    const frame = el.shadowRoot!.querySelector('.chart-frame')!;
    const svg = frame.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).to.equal(Math.floor(frame.getBoundingClientRect().width));
    expect(el.shadowRoot!.querySelectorAll('.point')).to.have.length(N);
    let updates = 0;
    const update = (el as unknown as { update: (c: unknown) => void }).update;
    (el as unknown as { update: (c: unknown) => void }).update = function (this: PwSegmentationMatrix, c: unknown) {
      updates++;
      update.call(this, c);
    };
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(updates, 'no re-render once the frame reports its size').to.equal(0);
  });

  it('renders only the moved point again on a keyboard move', async () => {
    const el = await fixture<PwSegmentationMatrix>(html`<pw-segmentation-matrix style="width: 1000px"></pw-segmentation-matrix>`);
    el.value = bigMatrix();
    await el.updateComplete;
    const reads = countRenders(el);
    await el.updateComplete;
    expect(reads.size).to.equal(N);
    reads.clear();

    const g = el.shadowRoot!.querySelector<SVGGElement>('.point[data-id="partner-100"]')!;
    g.focus();
    await el.updateComplete;
    reads.clear();
    g.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect([...reads.keys()]).to.deep.equal(['partner-100']);
    expect(el.value.partners[99]!.x).to.equal((99 % 90) + 1);
  });

  it('reuses the points of unchanged partners, with the same result as a fresh layout', () => {
    const doc = bigMatrix();
    const before = matrixLayout(doc, 640);
    const next = nudgePartner(doc, 'partner-7', 3, -2);
    const reused = matrixLayout(next, 640, {}, before);
    const fresh = matrixLayout(next, 640);
    expect(reused.points.map((p) => ({ ...p }))).to.deep.equal(fresh.points.map((p) => ({ ...p })));
    expect(reused.points[0]).to.equal(before.points[0]);
    expect(reused.points[6]).not.to.equal(before.points[6]);
    expect(matrixLayout(next, 600, {}, before).points[0]).not.to.equal(before.points[0]);
    expect(reused.quadrants).to.deep.equal(fresh.quadrants);
  });
});
