import { ticks as niceTicks } from 'd3-array';

/**
 * The numeric scales the charts use: a number in, a pixel out. They compute what d3-scale's `scaleLinear`,
 * `scaleSqrt` and `scaleBand` compute for numbers (the tests compare them on random input), without d3-scale's
 * generic interpolation of colours, dates and strings or its tick formatting, which the charts never use and
 * which weigh about 9 KB min+gzip in the one-file bundle. The nice tick values still come from d3-array.
 */
export interface LinearScale {
  (value: number): number;
  /** The domain value at a range value (the inverse map; clamped to the domain when the scale clamps). */
  invert(value: number): number;
  /** About `count` round values across the domain, as d3's linear scale gives them. */
  ticks(count?: number): number[];
}

/** 0 at `a`, 1 at `b`; a one-point domain maps everything to the middle, as in d3. */
const normalize = (a: number, b: number) => {
  const span = b - a;
  return span ? (v: number) => (v - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
};

/** `a` at 0, `b` at 1, written as d3-interpolate writes it (so that results agree to the last bit). */
const interpolate = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** `from` onto `to`, the way d3's two-point scales pair them: a descending `from` is turned round first. */
const bimap = ([f0, f1]: readonly [number, number], [t0, t1]: readonly [number, number]) => {
  const toUnit = f1 < f0 ? normalize(f1, f0) : normalize(f0, f1);
  const fromUnit = f1 < f0 ? interpolate(t1, t0) : interpolate(t0, t1);
  return (v: number) => fromUnit(toUnit(v));
};

/** Keeps a value between two ends, in either order. */
const clamper = (a: number, b: number) => {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return (v: number) => Math.max(lo, Math.min(hi, v));
};

/** A linear map of `domain` onto `range`. With `clamp`, values outside the domain go to the range's ends. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], clamp = false): LinearScale {
  const [d0, d1] = domain;
  const limit = clamp ? clamper(d0, d1) : (v: number) => v;
  const forward = bimap(domain, range);
  const backward = bimap(range, domain);
  const scale = ((v: number) => forward(limit(v))) as LinearScale;
  scale.invert = (v: number) => limit(backward(v));
  scale.ticks = (count = 10) => niceTicks(d0, d1, count);
  return scale;
}

/** A square-root map: areas in, side lengths out (the matrix sizes its points by it). Negative values mirror. */
export function sqrtScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const root = (v: number) => (v < 0 ? -Math.sqrt(-v) : Math.sqrt(v));
  const linear = linearScale([root(domain[0]), root(domain[1])], range);
  return (v) => linear(root(v));
}

/**
 * `count` bands of equal width across `range`, with `paddingInner` (a fraction of a band's step) between them and
 * none outside, centred. `start(i)` is band i's start; a range from right to left puts band 0 at the right.
 */
export function bands(count: number, range: readonly [number, number], paddingInner = 0) {
  const [r0, r1] = range;
  const reverse = r1 < r0;
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  const step = (hi - lo) / Math.max(1, count - paddingInner);
  // Bands that fill less than the range (a single band with padding) are centred in it.
  const offset = (hi - lo - step * (count - paddingInner)) / 2;
  return {
    step,
    bandwidth: step * (1 - paddingInner),
    start: (i: number) => lo + offset + step * (reverse ? count - 1 - i : i),
  };
}
