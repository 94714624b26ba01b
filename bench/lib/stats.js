// Statistics for the report: medians, and the ratio ours ÷ vanilla with a bootstrap confidence interval.

/** A seedable PRNG (mulberry32), so that the bootstrap, and so the printed interval, is the same on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values) {
  const xs = [...values].sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** The q-quantile (0–1) of sorted values, linear between neighbours. */
function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * The ratio ours ÷ vanilla from paired samples, with a 95% percentile-bootstrap interval. Round i ran ours[i] and
 * vanilla[i] back to back, so each pair saw the same load on the machine: the ratio is the median of the per-round
 * ratios, and the interval resamples rounds (pairs) with replacement. A slow drift in load (common on a shared
 * machine) then cancels out instead of widening the interval, as it would if the two sides were resampled apart.
 */
export function pairedRatio(ours, vanilla, { resamples = 1000, seed = 20260101, level = 0.95 } = {}) {
  const ratios = ours.map((o, i) => o / vanilla[i]).filter((r) => Number.isFinite(r) && r > 0);
  if (!ratios.length) return { ratio: NaN, ci: [NaN, NaN] };
  const rnd = random(seed);
  const medians = [];
  for (let k = 0; k < resamples; k++) medians.push(median(ratios.map(() => ratios[Math.floor(rnd() * ratios.length)])));
  medians.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return { ratio: median(ratios), ci: [quantile(medians, tail), quantile(medians, 1 - tail)] };
}
