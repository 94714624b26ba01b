import { DEAL_STRUCTURES, IP_OWNERSHIPS, PRESET_CRITERIA, type DealComparatorDocument } from '../src/models/deal-comparator/index.js';

/** A deterministic comparison of `options` × `criteria` (a small linear congruential generator: every run is the same). */
export function largeDealComparator(options = 20, criteria = 30, seed = 5): DealComparatorDocument {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const crits = Array.from({ length: criteria }, (_, i) => {
    const preset = PRESET_CRITERIA[i % PRESET_CRITERIA.length]!;
    return { id: `criterion-${i + 1}`, label: i < PRESET_CRITERIA.length ? preset.label : `${preset.label} ${Math.floor(i / PRESET_CRITERIA.length) + 1}`, weight: 1 + Math.floor(next() * 20) };
  });
  const structures = DEAL_STRUCTURES.filter((s) => s !== 'other');
  return {
    kind: 'deal-comparator',
    version: 1,
    title: `Deal comparison with ${options} options and ${criteria} criteria`,
    currency: 'USD',
    criteria: crits,
    options: Array.from({ length: options }, (_, j) => ({
      id: `option-${j + 1}`,
      name: `Option ${j + 1}: ${structures[j % structures.length]!.replace('-', ' ')}`,
      structure: structures[j % structures.length]!,
      terms: {
        revenueSharePct: Math.round(next() * 40),
        upfrontInvestment: Math.round(next() * 200) * 1_000_000,
        ipOwnership: IP_OWNERSHIPS[j % IP_OWNERSHIPS.length]!,
        termMonths: 12 + 6 * Math.floor(next() * 10),
      },
      // About one score in twenty is left missing, as in a worksheet still being filled in.
      scores: Object.fromEntries(crits.filter(() => next() > 0.05).map((c) => [c.id, Math.round(next() * 20) / 2])),
    })),
  };
}
