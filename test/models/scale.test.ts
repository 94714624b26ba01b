/**
 * The charts' own numeric scales map exactly as d3-scale's (kept as a development dependency for this comparison):
 * linear (with and without clamping, forwards and inverted, reversed ranges, a one-point domain), its nice ticks,
 * the square-root scale and the band scale with inner padding.
 */
import { scaleBand, scaleLinear, scaleSqrt } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bands, linearScale, sqrtScale } from '../../src/models/shared/scale.js';

// Values as charts meet them: up to a million, to the hundredth (denormal spans test the float format, not the map).
const finite = fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100);
const pair = fc.tuple(finite, finite);
// The scales compute with d3's own formulas, in its order, so they agree to the last bit (an earlier version that
// wrote the same maths differently was off in the last digits for narrow ranges: a tolerance hid it until a seed
// found it).
const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('linearScale', () => {
  it('maps and inverts as d3 scaleLinear does, clamped or not', () => {
    fc.assert(
      fc.property(pair, pair, finite, fc.boolean(), (domain, range, v, clamp) => {
        const ours = linearScale(domain, range, clamp);
        const d3 = scaleLinear().domain(domain).range(range).clamp(clamp);
        expect(same(ours(v), d3(v)), `f(${v}) on ${domain} → ${range}: ${ours(v)} vs ${d3(v)}`).toBe(true);
        if (range[0] !== range[1]) {
          expect(same(ours.invert(v), d3.invert(v)), `invert(${v}): ${ours.invert(v)} vs ${d3.invert(v)}`).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
  });

  it('gives d3’s nice ticks', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 20 }), (domain, count) => {
        expect(linearScale(domain, [0, 1]).ticks(count)).toEqual(scaleLinear().domain(domain).ticks(count));
      }),
      { numRuns: 1000 },
    );
    expect(linearScale([0, 100], [0, 500]).ticks(5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(linearScale([0, 100], [0, 500]).ticks()).toHaveLength(11);
  });

  it('puts a one-point domain in the middle of the range, and clamps to the ends', () => {
    expect(linearScale([5, 5], [0, 10])(123)).toBe(5);
    const clamped = linearScale([0, 100], [40, 540], true);
    expect(clamped(-20)).toBe(40);
    expect(clamped(150)).toBe(540);
    expect(clamped.invert(1000)).toBe(100);
    expect(linearScale([0, 100], [540, 40], true)(150)).toBe(40);
  });
});

describe('sqrtScale', () => {
  it('maps as d3 scaleSqrt does', () => {
    fc.assert(
      fc.property(fc.tuple(finite.map(Math.abs), finite.map(Math.abs)), pair, finite, (domain, range, v) => {
        const ours = sqrtScale(domain, range)(v);
        const d3 = scaleSqrt().domain(domain).range(range)(v);
        expect(same(ours, d3), `${ours} vs ${d3}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bands', () => {
  it('places bands and their width as d3 scaleBand with inner padding does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), pair, fc.double({ min: 0, max: 0.9, noNaN: true }), (count, range, padding) => {
        const ours = bands(count, range, padding);
        const d3 = scaleBand<number>()
          .domain(Array.from({ length: count }, (_, i) => i))
          .range(range)
          .paddingInner(padding);
        expect(same(ours.bandwidth, d3.bandwidth())).toBe(true);
        for (let i = 0; i < count; i++) expect(same(ours.start(i), d3(i)!), `band ${i}: ${ours.start(i)} vs ${d3(i)}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
