import { describe, expect, it } from 'vitest';
import {
  addPartner,
  addSegment,
  clampCoordinate,
  duplicatePartner,
  emptySegmentationMatrix,
  matrixToSVG,
  movePartner,
  nudgePartner,
  placeLabels,
  quadrantCounts,
  quadrantOf,
  removePartner,
  removeSegment,
  sampleSegmentationMatrix,
  segmentColor,
  setAxis,
  setQuadrantLabel,
  toCSV,
  toMarkdown,
  updatePartner,
  updateSegment,
  useSamplePartners,
  validate,
  type SegmentationMatrixDocument,
} from '../../src/models/index.js';
import { matrixLayout } from '../../src/models/segmentation-matrix/layout.js';

const sample = sampleSegmentationMatrix;
const frozen = (doc: SegmentationMatrixDocument) => structuredClone(doc);

describe('quadrantOf', () => {
  it('puts 50 on the right and on top', () => {
    expect(quadrantOf({ x: 50, y: 50 })).toBe('top-right');
    expect(quadrantOf({ x: 49.999, y: 50 })).toBe('top-left');
    expect(quadrantOf({ x: 49.999, y: 49.999 })).toBe('bottom-left');
    expect(quadrantOf({ x: 50, y: 49.999 })).toBe('bottom-right');
    expect(quadrantOf({ x: 0, y: 0 })).toBe('bottom-left');
    expect(quadrantOf({ x: 100, y: 100 })).toBe('top-right');
  });

  it('counts partners per quadrant, only for the segments shown', () => {
    const { partners } = sample();
    expect(quadrantCounts(partners)).toEqual({ 'top-right': 4, 'top-left': 2, 'bottom-left': 3, 'bottom-right': 3 });
    expect(quadrantCounts(partners, new Set(['startups']))).toEqual({ 'top-right': 0, 'top-left': 0, 'bottom-left': 1, 'bottom-right': 2 });
  });
});

describe('clamping', () => {
  it('keeps coordinates in 0–100', () => {
    expect(clampCoordinate(-5)).toBe(0);
    expect(clampCoordinate(140)).toBe(100);
    expect(clampCoordinate(Number.NaN)).toBe(0);
    expect(movePartner(sample(), 'partner-1', 120, -3).partners[0]).toMatchObject({ x: 100, y: 0 });
  });

  it('moves by keyboard steps, rounded and clamped', () => {
    const doc = sample();
    expect(nudgePartner(doc, 'partner-1', 1, 0).partners[0]).toMatchObject({ x: 83, y: 91 });
    expect(nudgePartner(doc, 'partner-1', 0, 10).partners[0]).toMatchObject({ x: 82, y: 100 });
    const atEdge = movePartner(doc, 'partner-1', 100, 100);
    expect(nudgePartner(atEdge, 'partner-1', 10, 10)).toBe(atEdge);
  });
});

describe('ops', () => {
  it('never change their input and return the same document for no-ops', () => {
    const doc = sample();
    const copy = frozen(doc);
    addPartner(doc);
    updatePartner(doc, 'partner-1', { name: 'x' });
    removePartner(doc, 'partner-1');
    duplicatePartner(doc, 'partner-1');
    setAxis(doc, 'x', { label: 'Fit' });
    setQuadrantLabel(doc, 0, 'Go');
    addSegment(doc);
    updateSegment(doc, 'academia', { color: '#123456' });
    expect(doc).toEqual(copy);
    expect(updatePartner(doc, 'partner-1', { x: 82 })).toBe(doc);
    expect(removePartner(doc, 'nobody')).toBe(doc);
    expect(setAxis(doc, 'x', { label: doc.axes.x.label })).toBe(doc);
    expect(setQuadrantLabel(doc, 1, doc.quadrants[1])).toBe(doc);
    expect(setQuadrantLabel(doc, 7, 'nowhere')).toBe(doc);
  });

  it('adds a partner at the centre in the first segment, with a fresh id', () => {
    const next = addPartner(sample());
    expect(next.partners.at(-1)).toEqual({ id: 'partner-13', name: 'New partner', segment: 'hyperscalers', x: 50, y: 50 });
    expect(addPartner(sample(), { segment: 'startups', id: undefined }).partners.at(-1)!.segment).toBe('startups');
  });

  it('updates, clears optional fields, duplicates and removes partners', () => {
    const doc = sample();
    expect(updatePartner(doc, 'partner-2', { size: undefined }).partners[1]).not.toHaveProperty('size');
    const dup = duplicatePartner(doc, 'partner-2');
    expect(dup.partners[2]).toMatchObject({ id: 'partner-13', name: 'Stratus Compute (copy)', x: 64, y: 78 });
    expect(removePartner(doc, 'partner-2').partners.map((p) => p.id)).not.toContain('partner-2');
  });

  it('duplicates a partner with a given suffix instead of " (copy)"', () => {
    expect(duplicatePartner(sample(), 'partner-2', ' (copia)').partners[2]!.name).toBe('Stratus Compute (copia)');
  });

  it('edits axes, quadrant labels and segments; refuses to delete a segment in use', () => {
    const doc = sample();
    expect(setAxis(doc, 'y', { high: 'Shapes the market' }).axes.y).toEqual({ ...doc.axes.y, high: 'Shapes the market' });
    expect(setQuadrantLabel(doc, 2, 'Ignore').quadrants).toEqual([doc.quadrants[0], doc.quadrants[1], 'Ignore', doc.quadrants[3]]);
    const added = addSegment(doc, { label: 'Neoclouds' });
    expect(added.segments.at(-1)).toEqual({ id: 'segment-5', label: 'Neoclouds' });
    expect(updateSegment(doc, 'academia', { label: 'Universities' }).segments[2]!.label).toBe('Universities');
    expect(removeSegment(doc, 'academia')).toBe(doc);
    expect(removeSegment(added, 'segment-5').segments).toHaveLength(4);
  });

  it('loads the sample ecosystem into an empty matrix, keeping its own labels', () => {
    const doc = { ...emptySegmentationMatrix(), title: 'Mine', quadrants: ['a', 'b', 'c', 'd'] as SegmentationMatrixDocument['quadrants'] };
    const next = useSamplePartners(doc);
    expect(next.title).toBe('Mine');
    expect(next.quadrants).toEqual(['a', 'b', 'c', 'd']);
    expect(next.partners).toHaveLength(12);
    expect(validate(next).ok).toBe(true);
  });
});

describe('validation', () => {
  const bad = (mutate: (d: SegmentationMatrixDocument) => void) => {
    const d = sample();
    mutate(d);
    const r = validate(d);
    if (r.ok) throw new Error('expected invalid');
    return r.errors[0]!;
  };

  it('accepts the sample and the empty document', () => {
    expect(validate(sample()).ok).toBe(true);
    expect(validate(emptySegmentationMatrix()).ok).toBe(true);
  });

  it('names coordinates outside 0–100, unknown segments, duplicate ids and bad colours', () => {
    expect(bad((d) => (d.partners[3]!.x = 101))).toMatchObject({ path: '/partners/3/x', message: 'x must be from 0 to 100.' });
    expect(bad((d) => (d.partners[0]!.y = -1)).path).toBe('/partners/0/y');
    expect(bad((d) => ((d.partners[0] as { y: unknown }).y = '50')).message).toBe('y must be a number from 0 to 100.');
    const unknown = bad((d) => (d.partners[1]!.segment = 'neoclouds'));
    expect(unknown.path).toBe('/partners/1/segment');
    expect(unknown.message).toContain('Unknown segment "neoclouds"');
    expect(unknown.message).toContain('"hyperscalers"');
    expect(bad((d) => (d.partners[5]!.id = 'partner-1'))).toMatchObject({ path: '/partners/5/id' });
    expect(bad((d) => (d.segments[1]!.id = 'hyperscalers'))).toMatchObject({ path: '/segments/1/id' });
    expect(bad((d) => (d.segments[0]!.color = 'red; background:url(x)')).path).toBe('/segments/0/color');
    expect(bad((d) => ((d as { quadrants: string[] }).quadrants = ['a', 'b', 'c'])).path).toBe('/quadrants');
    expect(bad((d) => (d.partners[0]!.name = ' ')).path).toBe('/partners/0/name');
  });
});

describe('exports', () => {
  it('writes formula-safe CSV with the quadrant of each partner', () => {
    const doc = sample();
    doc.partners[0]!.name = '=cmd|/c calc';
    const lines = toCSV(doc).trim().split('\r\n');
    expect(lines[0]).toBe('id,name,segment,x,y,quadrant,size,notes');
    expect(lines[1]).toBe(`partner-1,'=cmd|/c calc,Hyperscalers,82,91,Invest: strategic partners,90,Largest GPU fleet; co-sell motion in place.`);
    expect(lines).toHaveLength(13);
  });

  it('writes Markdown grouped by quadrant', () => {
    const md = toMarkdown(sample());
    expect(md).toContain('## Invest: strategic partners (4)');
    expect(md).toContain('## Monitor (3)');
    const invest = md.slice(md.indexOf('## Invest'), md.indexOf('## Engage'));
    expect(invest).toContain('**Nimbus Cloud**');
    expect(invest).not.toContain('Quantlet');
  });

  it('writes a standalone SVG with every partner and escaped text', () => {
    const doc = sample();
    doc.partners[0]!.name = '<script>alert(1)</script> & co';
    const svg = matrixToSVG(doc);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(svg.match(/<path d="[^"]+" transform="translate/g)).toHaveLength(12 + 4);
  });
});

describe('layout', () => {
  it('maps data to pixels and back', () => {
    const L = matrixLayout(sample(), 800);
    const [px, py] = L.toPx(25, 75);
    const [x, y] = L.toData(px, py);
    expect(x).toBeCloseTo(25);
    expect(y).toBeCloseTo(75);
    expect(L.toData(-500, 99999)).toEqual([0, 0]);
  });

  it('draws a different shape for each of the first segments and sizes points by size', () => {
    const L = matrixLayout(sample(), 800);
    const shapes = new Map(L.points.map((p) => [p.partner.segment, p.shape]));
    expect(new Set(shapes.values()).size).toBe(4);
    const r = (id: string) => L.points.find((p) => p.partner.id === id)!.r;
    expect(r('partner-1')).toBeGreaterThan(r('partner-12'));
    expect(segmentColor(sample().segments, 'academia')).toBe('#009e73');
  });

  it('places labels that never overlap each other, and leaves some out when crowded', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, px: 200 + (i % 6) * 4, py: 200 + Math.floor(i / 6) * 3, r: 5, text: `Partner number ${i}` }));
    const placed = placeLabels(crowd, { width: 800, height: 600 });
    expect(placed.length).toBeGreaterThan(3);
    expect(placed.length).toBeLessThan(60);
    const boxes = placed.map((l) => {
      const w = crowd.find((c) => c.id === l.id)!.text.length * 6.6;
      return { x: l.anchor === 'start' ? l.x : l.x - w, y: l.y - 7, w, h: 14 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x < b.x + b.w - 0.01 && b.x < a.x + a.w - 0.01 && a.y < b.y + b.h - 0.01 && b.y < a.y + a.h - 0.01;
        expect(overlap).toBe(false);
      }
  });

  it('labels the sample in full at desktop width', () => {
    expect(matrixLayout(sample(), 1000).labels.size).toBe(12);
  });
});
