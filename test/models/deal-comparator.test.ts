import { describe, it, expect } from 'vitest';
import {
  DEAL_STRUCTURES,
  PRESET_CRITERIA,
  addCriterion,
  addOption,
  addPresetCriteria,
  analyseDeal,
  dealComparatorSpec,
  dealComparatorToCSV,
  dealComparatorToMarkdown,
  duplicateCriterion,
  duplicateOption,
  formatMoney,
  moveCriterion,
  moveOption,
  rankDealOptions,
  removeCriterion,
  removeOption,
  sampleDealComparator,
  setCurrency,
  setScore,
  setWeight,
  updateCriterion,
  updateOption,
  updateTerms,
  useSampleDeal,
  weightedTotal,
  weightSensitivity,
  type Criterion,
  type DealComparatorDocument,
  type DealOption,
} from '../../src/models/deal-comparator/index.js';
import { validateWith } from '../../src/models/shared/kind.js';

const crit = (id: string, weight: number, label = `Criterion ${id}`): Criterion => ({ id, label, weight });
const opt = (id: string, scores: Record<string, number>, fields: Partial<DealOption> = {}): DealOption => ({
  id, name: `Option ${id}`, structure: 'other', terms: {}, scores, ...fields,
});
const deal = (criteria: Criterion[], options: DealOption[], extra: Partial<DealComparatorDocument> = {}): DealComparatorDocument => ({
  kind: 'deal-comparator', version: 1, title: 'Test deal', criteria, options, ...extra,
});
const validate = (input: unknown) => validateWith(dealComparatorSpec, input);
const firstError = (input: unknown) => {
  const r = validate(input);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.errors[0]!;
};
/** The leader at a given document, by brute force (for checking the closed form). */
const leaderOf = (doc: DealComparatorDocument) => analyseDeal(doc).leaderId;

describe('validation', () => {
  it('accepts the sample, an empty worksheet, and a worksheet whose weights are all 0', () => {
    expect(validate(sampleDealComparator()).ok).toBe(true);
    expect(validate(dealComparatorSpec.empty()).ok).toBe(true);
    expect(validate(deal([crit('a', 0)], [opt('x', { a: 5 })])).ok).toBe(true);
    expect(validate(deal([crit('a', 1)], [])).ok).toBe(true);
    expect(validate(deal([], [opt('x', {})])).ok).toBe(true);
  });

  it('is lossless: unknown fields at every level, terms included, are kept; nothing is added', () => {
    const doc = sampleDealComparator() as unknown as Record<string, any>;
    delete doc.currency;
    doc['x-course'] = { module: 3 };
    doc.criteria[0]['x-help'] = 'Fit with our three-year strategy';
    doc.options[0].terms['x-clause'] = { mfn: true };
    doc.options[0]['x-owner'] = 'Zoë';
    const r = validate(JSON.stringify(doc));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toEqual(doc);
    expect(r.ok && 'currency' in r.value).toBe(false);
  });

  it.each([
    ['a score of 11', (d: any) => (d.options[0].scores['strategic-fit'] = 11), '/options/0/scores/strategic-fit', /0 to 10/],
    ['a negative score', (d: any) => (d.options[1].scores.capital = -1), '/options/1/scores/capital', /0 to 10/],
    ['a score that is text', (d: any) => (d.options[0].scores.exit = '7'), '/options/0/scores/exit', /number/],
    ['a negative weight', (d: any) => (d.criteria[2].weight = -5), '/criteria/2/weight', /0 or more/],
    ['a weight that is not a number', (d: any) => (d.criteria[0].weight = 'high'), '/criteria/0/weight', /number/],
    ['an unknown structure', (d: any) => (d.options[0].structure = 'merger'), '/options/0/structure', /revenue-share/],
    ['an unknown IP ownership', (d: any) => (d.options[0].terms.ipOwnership = 'shared'), '/options/0/terms/ipOwnership', /ours, partner, joint, licensed/],
    ['an equity above 100%', (d: any) => (d.options[1].terms.equityPct = 120), '/options/1/terms/equityPct', /0 to 100/],
    ['a fractional term', (d: any) => (d.options[0].terms.termMonths = 2.5), '/options/0/terms/termMonths', /whole number/],
    ['a currency that is not a code', (d: any) => (d.currency = 'dollars'), '/currency', /ISO 4217/],
    ['an empty option name', (d: any) => (d.options[0].name = '  '), '/options/0/name', /needs a name/],
    ['missing scores', (d: any) => delete d.options[0].scores, '/options/0/scores', /required/],
    ['a score for an unknown criterion', (d: any) => (d.options[2].scores.ghost = 5), '/options/2/scores/ghost', /no criterion has that id/],
    ['duplicate criterion ids', (d: any) => (d.criteria[1].id = d.criteria[0].id), '/criteria/1/id', /already used/],
    ['duplicate option ids', (d: any) => (d.options[3].id = d.options[0].id), '/options/3/id', /already used/],
  ])('refuses %s with a pointer and a message', (_name, mutate, path, message) => {
    const doc = sampleDealComparator();
    mutate(doc);
    const e = firstError(doc);
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
  });

  it('refuses a newer version, naming both versions', () => {
    const e = firstError({ ...sampleDealComparator(), version: 2 });
    expect(e.path).toBe('/version');
    expect(e.message).toMatch(/version 2.*version 1/);
  });
});

describe('weighted totals and ranks', () => {
  const doc = deal(
    [crit('a', 2), crit('b', 1)],
    [opt('x', { a: 6, b: 9 }), opt('y', { a: 9 }), opt('z', { a: 5, b: 10 })],
  );

  it('weighted total = Σ(weight × score) / Σ weight, a missing score counting 0', () => {
    expect(weightedTotal(doc.options[0]!, doc.criteria)).toBeCloseTo(7, 12); // (12 + 9) / 3
    expect(weightedTotal(doc.options[1]!, doc.criteria)).toBeCloseTo(6, 12); // (18 + 0) / 3
    expect(weightedTotal(doc.options[2]!, doc.criteria)).toBeCloseTo(20 / 3, 12);
  });

  it('ranks best first with competition ranks for ties (1, 1, 3)', () => {
    expect(rankDealOptions(doc).map((r) => [r.id, r.rank])).toEqual([['x', 1], ['z', 2], ['y', 3]]);
    const tied = deal([crit('a', 1)], [opt('p', { a: 4 }), opt('q', { a: 8 }), opt('r', { a: 8 })]);
    expect(rankDealOptions(tied)).toEqual([
      { id: 'q', total: 8, rank: 1, tied: true },
      { id: 'r', total: 8, rank: 1, tied: true },
      { id: 'p', total: 4, rank: 3, tied: false },
    ]);
  });

  it('treats totals equal up to rounding as a tie (0.1 + 0.2 against 0.3)', () => {
    const d = deal([crit('a', 1), crit('b', 1)], [opt('p', { a: 0.1, b: 0.2 }), opt('q', { a: 0.3, b: 0 })]);
    expect(rankDealOptions(d).every((r) => r.rank === 1 && r.tied)).toBe(true);
    expect(analyseDeal(d).noLeader).toBe('tied');
  });

  it('only proportions matter: scaling every weight changes nothing', () => {
    const scaled = deal(doc.criteria.map((c) => ({ ...c, weight: c.weight * 37 })), doc.options);
    expect(rankDealOptions(scaled).map((r) => r.total)).toEqual(rankDealOptions(doc).map((r) => expect.closeTo(r.total, 12)));
  });

  it('with every weight 0 there is no total, no leader and never NaN', () => {
    const zero = deal([crit('a', 0), crit('b', 0)], [opt('x', { a: 5 }), opt('y', { b: 7 })]);
    const a = analyseDeal(zero);
    expect(a.noLeader).toBe('no-weight');
    expect(a.leaderIds).toEqual([]);
    expect(a.standings.map((s) => s.total)).toEqual([undefined, undefined]);
    expect(a.shares).toEqual([0, 0]);
    expect(rankDealOptions(zero).map((r) => r.total)).toEqual([0, 0]);
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
    expect(dealComparatorToMarkdown(zero)).not.toMatch(/NaN|Infinity/);
    expect(dealComparatorToCSV(zero)).not.toMatch(/NaN|Infinity/);
  });

  it('explains no options and no criteria', () => {
    expect(analyseDeal(deal([crit('a', 1)], [])).noLeader).toBe('no-options');
    expect(analyseDeal(deal([], [opt('x', {})])).noLeader).toBe('no-criteria');
    expect(analyseDeal(dealComparatorSpec.empty()).noLeader).toBe('no-options');
  });

  it('reports the leader, the runner-up, the margin and missing scores', () => {
    const a = analyseDeal(doc);
    expect(a.leaderId).toBe('x');
    expect(a.runnerUpId).toBe('z');
    expect(a.leaderMargin).toBeCloseTo(7 - 20 / 3, 12);
    expect(a.standings[1]!.missing).toEqual(['b']);
    expect(a.missingCount).toBe(1);
    expect(a.shares).toEqual([2 / 3, 1 / 3]);
  });

  it('the sample has one leader, a margin, and one option per structure type', () => {
    const s = sampleDealComparator();
    const a = analyseDeal(s);
    expect(a.leaderId).toBe('marketplace-co-sell');
    expect(a.leaderMargin).toBeCloseTo(0.42, 10);
    expect(new Set(s.options.map((o) => o.structure))).toEqual(new Set(DEAL_STRUCTURES.filter((x) => x !== 'other')));
  });
});

describe('sensitivity (closed form)', () => {
  // X leads 5.0 to 4.0. Hand-computed crossings:
  //   a: others W = 50, A_X = 0, A_Y = 400, s_X = 10, s_Y = 0 → w* = 400 / 10 = 40 (lowering a by 10).
  //   b: others W = 50, A_X = 500, A_Y = 0, s_X = 0, s_Y = 8 → w* = −500 / −8 = 62.5 (raising b by 12.5).
  const doc = deal([crit('a', 50), crit('b', 50)], [opt('x', { a: 10, b: 0 }), opt('y', { a: 0, b: 8 })]);

  it('finds the hand-computed crossings, up and down', () => {
    const r = weightSensitivity(doc);
    expect(r.leaderId).toBe('x');
    expect(r.rows[0]).toEqual({ criterionId: 'a', weight: 50, down: { weight: 40, change: -10, newLeaderId: 'y' }, up: null });
    expect(r.rows[1]!.down).toBe(null);
    expect(r.rows[1]!.up!.weight).toBeCloseTo(62.5, 12);
    expect(r.rows[1]!.up!.change).toBeCloseTo(12.5, 12);
    expect(r.rows[1]!.up!.newLeaderId).toBe('y');
  });

  it('at the crossing the two draw level, and beyond it the rival leads', () => {
    const at = setWeight(doc, 'a', 40);
    expect(analyseDeal(at).noLeader).toBe('tied');
    expect(leaderOf(setWeight(doc, 'a', 39.9))).toBe('y');
    expect(leaderOf(setWeight(doc, 'a', 40.1))).toBe('x');
  });

  it('says "no change" when the rival can never catch up within 0–100', () => {
    const far = deal([crit('a', 50), crit('b', 50)], [opt('x', { a: 10, b: 9 }), opt('y', { a: 0, b: 10 })]);
    const r = weightSensitivity(far);
    // b: A_X = 500, A_Y = 0, s_X = 9, s_Y = 10 → w* = 500 → beyond 100.
    expect(r.rows[1]!.up).toBe(null);
    expect(r.rows[1]!.down).toBe(null);
  });

  it('a criterion that scores every option the same cannot change the leader', () => {
    const d = deal([crit('a', 10), crit('b', 10)], [opt('x', { a: 9, b: 5 }), opt('y', { a: 3, b: 5 })]);
    expect(weightSensitivity(d).rows[1]).toMatchObject({ down: null, up: null });
  });

  it('when only this criterion has weight, lowering it to 0 leaves no leader', () => {
    const d = deal([crit('a', 10), crit('b', 0)], [opt('x', { a: 8, b: 0 }), opt('y', { a: 5, b: 10 })]);
    const r = weightSensitivity(d);
    expect(r.rows[0]!.down).toEqual({ weight: 0, change: -10, newLeaderId: null });
    // b: others W = 10, A_X = 80, A_Y = 50, s_X = 0, s_Y = 10 → w* = (50 − 80) / (0 − 10) = 3.
    expect(r.rows[1]!.up!.weight).toBeCloseTo(3, 12);
    expect(r.rows[1]!.up!.newLeaderId).toBe('y');
  });

  it('picks the nearest rival over all options', () => {
    // For a: y draws level at 400 / (10 − 0) = 40; z at (400 − 0) / (10 − 1) = 44.4…, which is nearer to 50.
    const d = deal(
      [crit('a', 50), crit('b', 50)],
      [opt('x', { a: 10, b: 0 }), opt('y', { a: 0, b: 8 }), opt('z', { a: 1, b: 8 })],
    );
    const row = weightSensitivity(d).rows[0]!;
    expect(row.down!.newLeaderId).toBe('z');
    expect(row.down!.weight).toBeCloseTo(400 / 9, 12);
  });

  it('reports no rows when the lead is tied or there is no weight', () => {
    expect(weightSensitivity(deal([crit('a', 1)], [opt('x', { a: 5 }), opt('y', { a: 5 })]))).toEqual({ leaderId: undefined, noLeader: 'tied', rows: [] });
    expect(weightSensitivity(deal([crit('a', 0)], [opt('x', { a: 5 })])).noLeader).toBe('no-weight');
  });

  it('agrees with a brute-force scan on generated worksheets', () => {
    let state = 11;
    const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 40; trial++) {
      const criteria = Array.from({ length: 2 + Math.floor(rand() * 5) }, (_, i) => crit(`c${i}`, Math.round(rand() * 30)));
      const options = Array.from({ length: 2 + Math.floor(rand() * 4) }, (_, j) =>
        opt(`o${j}`, Object.fromEntries(criteria.filter(() => rand() > 0.1).map((c) => [c.id, Math.round(rand() * 20) / 2]))),
      );
      const d = deal(criteria, options);
      const report = weightSensitivity(d);
      if (!report.leaderId) continue;
      report.rows.forEach((row) => {
        const leaderAt = (w: number) => analyseDeal(setWeight(d, row.criterionId, w)).leaderIds;
        const holds = (w: number) => {
          const ids = leaderAt(w);
          return ids.length === 1 && ids[0] === report.leaderId;
        };
        const lo = row.down ? row.down.weight : 0;
        const hi = row.up ? row.up.weight : 100;
        // Strictly inside the band the leader holds; just beyond a reported crossing it does not.
        for (let k = 1; k < 20; k++) {
          const w = lo + ((hi - lo) * k) / 20;
          if (Math.abs(w - row.weight) > 1e-6) expect(holds(w)).toBe(true);
        }
        if (row.down && row.down.weight > 0) expect(holds(row.down.weight - 1e-6), JSON.stringify({ d, row })).toBe(false);
        if (row.up) expect(holds(row.up.weight + 1e-6), JSON.stringify({ d, row })).toBe(false);
        if (!row.down && row.weight > 0) expect(holds(0) || analyseDeal(setWeight(d, row.criterionId, 0)).noLeader === undefined).toBe(true);
      });
    }
  });
});

describe('ops', () => {
  const base = () => deal([crit('a', 1), crit('b', 2)], [opt('x', { a: 5, b: 6 }, { terms: { equityPct: 10, 'x-kept': 1 } }), opt('y', { a: 7 })]);

  it('returns the same document when nothing changes', () => {
    const d = base();
    expect(setScore(d, 'x', 'a', 5)).toBe(d);
    expect(setScore(d, 'y', 'b', undefined)).toBe(d);
    expect(setWeight(d, 'a', 1)).toBe(d);
    expect(updateCriterion(d, 'a', { label: 'Criterion a' })).toBe(d);
    expect(updateOption(d, 'x', { name: 'Option x' })).toBe(d);
    expect(updateTerms(d, 'x', { equityPct: 10 })).toBe(d);
    expect(updateTerms(d, 'y', { revenueSharePct: undefined })).toBe(d);
    expect(moveCriterion(d, 'a', 0)).toBe(d);
    expect(moveOption(d, 'nope', 1)).toBe(d);
    expect(removeOption(d, 'nope')).toBe(d);
    expect(setCurrency(d, undefined)).toBe(d);
  });

  it('refuses scores out of range and negative weights', () => {
    const d = base();
    expect(setScore(d, 'x', 'a', 11)).toBe(d);
    expect(setScore(d, 'x', 'a', Number.NaN)).toBe(d);
    expect(setScore(d, 'x', 'ghost', 4)).toBe(d);
    expect(setWeight(d, 'a', -1)).toBe(d);
    expect(setWeight(d, 'a', Number.POSITIVE_INFINITY)).toBe(d);
  });

  it('sets and clears a score without touching the input', () => {
    const d = base();
    const set = setScore(d, 'y', 'b', 3.5);
    expect(set.options[1]!.scores).toEqual({ a: 7, b: 3.5 });
    const cleared = setScore(set, 'y', 'a', undefined);
    expect(cleared.options[1]!.scores).toEqual({ b: 3.5 });
    expect(d.options[1]!.scores).toEqual({ a: 7 });
  });

  it('removing a criterion removes its scores, so the document stays valid', () => {
    const d = removeCriterion(base(), 'b');
    expect(d.criteria.map((c) => c.id)).toEqual(['a']);
    expect(d.options[0]!.scores).toEqual({ a: 5 });
    expect(validate(d).ok).toBe(true);
  });

  it('duplicates a criterion with its scores, and an option with its terms', () => {
    const d = duplicateCriterion(base(), 'a');
    expect(d.criteria.map((c) => [c.id, c.label])).toEqual([['a', 'Criterion a'], ['criterion-3', 'Criterion a (copy)'], ['b', 'Criterion b']]);
    expect(d.options[0]!.scores['criterion-3']).toBe(5);
    expect(validate(d).ok).toBe(true);
    const o = duplicateOption(base(), 'x');
    expect(o.options.map((x) => x.id)).toEqual(['x', 'option-3', 'y']);
    expect(o.options[1]!.terms).toEqual({ equityPct: 10, 'x-kept': 1 });
    expect(o.options[1]!.name).toBe('Option x (copy)');
  });

  it('duplicates a criterion and an option with a given suffix instead of " (copy)"', () => {
    expect(duplicateCriterion(base(), 'a', ' (Kopie)').criteria[1]!.label).toBe('Criterion a (Kopie)');
    expect(duplicateOption(base(), 'x', ' (Kopie)').options[1]!.name).toBe('Option x (Kopie)');
  });

  it('adds, moves and removes items with fresh, unique ids', () => {
    let d = addOption(addCriterion(base()), { name: 'Licensing' });
    expect(d.criteria.at(-1)).toEqual({ id: 'criterion-3', label: 'New criterion', weight: 10 });
    expect(d.options.at(-1)).toMatchObject({ id: 'option-3', name: 'Licensing', structure: 'other', terms: {}, scores: {} });
    d = moveOption(d, 'option-3', 0);
    expect(d.options.map((o) => o.id)).toEqual(['option-3', 'x', 'y']);
    d = moveCriterion(d, 'a', 99);
    expect(d.criteria.map((c) => c.id)).toEqual(['b', 'criterion-3', 'a']);
    expect(validate(d).ok).toBe(true);
  });

  it('updates terms, keeping unknown terms; undefined removes a term', () => {
    const d = updateTerms(base(), 'x', { equityPct: undefined, ipOwnership: 'joint' });
    expect(d.options[0]!.terms).toEqual({ 'x-kept': 1, ipOwnership: 'joint' });
  });

  it('sets the currency and formats amounts with it', () => {
    const d = setCurrency(base(), 'EUR');
    expect(d.currency).toBe('EUR');
    expect(setCurrency(d, 'euros')).toBe(d);
    expect('currency' in setCurrency(d, undefined)).toBe(false);
    expect(formatMoney(150_000_000, 'USD', 'en-US')).toBe('$150,000,000');
    expect(formatMoney(2_000_000, 'EUR', 'de-DE')).toMatch(/2\.000\.000\s€/);
  });

  it('loads presets and the sample, keeping the title and other fields', () => {
    const d = addPresetCriteria({ ...dealComparatorSpec.empty(), title: 'Mine', 'x-extra': true } as DealComparatorDocument);
    expect(d.criteria).toHaveLength(8);
    expect(addPresetCriteria(d)).toBe(d);
    const s = useSampleDeal({ ...dealComparatorSpec.empty(), title: 'Mine', 'x-extra': true } as DealComparatorDocument);
    expect(s.title).toBe('Mine');
    expect(s['x-extra']).toBe(true);
    expect(s.options).toHaveLength(6);
    expect(validate(s).ok).toBe(true);
  });
});

describe('preset criteria in another language', () => {
  it('writes the given labels, English for the rest, and adds no preset twice under either label', () => {
    const empty = dealComparatorSpec.empty();
    const labels = { 'strategic-fit': 'Encaje estratégico', exit: 'Flexibilidad de salida' } as const;
    const d = addPresetCriteria(empty, labels);
    expect(d.criteria.map((c) => c.label)).toEqual(PRESET_CRITERIA.map((p) => (p.id === 'strategic-fit' ? 'Encaje estratégico' : p.id === 'exit' ? 'Flexibilidad de salida' : p.label)));
    expect(d.criteria.map((c) => c.weight)).toEqual(PRESET_CRITERIA.map((p) => p.weight));
    expect(addPresetCriteria(d, labels)).toBe(d);
    expect(addPresetCriteria(addPresetCriteria(empty), { exit: 'Flexibilidad de salida' }).criteria).toHaveLength(8);
  });
});

describe('export', () => {
  it('writes the grid as formula-safe CSV, leaving missing scores empty', () => {
    const d = deal([crit('a', 2, '=SUM(A1)'), crit('b', 1)], [opt('x', { a: 6, b: 9 }, { name: '+cmd|calc' }), opt('y', { a: 9 })]);
    const lines = dealComparatorToCSV(d).split('\r\n');
    expect(lines[0]).toBe("id,option,structure,'=SUM(A1),Criterion b,weightedTotal,rank,tied,revenueSharePct,upfrontInvestment,equityPct,ipOwnership,termMonths,exitCriteria,currency,notes");
    expect(lines[1]).toBe('weight,,,2,1,3,,,,,,,,,,');
    expect(lines[2]).toBe("x,'+cmd|calc,other,6,9,7,1,,,,,,,,USD,");
    expect(lines[3]).toBe('y,Option y,other,9,,6,2,,,,,,,,USD,');
  });

  it('writes a decision memo: decision and margin, ranking, weights, sensitivity, terms; text escaped', () => {
    const s = sampleDealComparator();
    s.options[0]!.notes = '<script>alert(1)</script> **bold**';
    const md = dealComparatorToMarkdown(s);
    expect(md).toContain('# Inference platform: choosing a partnership structure');
    expect(md).toContain('**Decision:** Marketplace co-sell with a hyperscaler leads with 7.70 of 10, 0.42 ahead of Regional reseller agreement with a systems integrator.');
    expect(md).toContain('| 1 | Marketplace co-sell with a hyperscaler | Revenue share | 7.70 | leader |');
    expect(md).toContain('| Strategic fit | 20 | 20% |');
    expect(md).toContain('## Sensitivity');
    expect(md).toContain('| Strategic fit | 20 | lower to 6 \\(−14\\): Regional reseller agreement with a systems integrator draws level, then leads | no change within 0–100 |');
    expect(md).toContain('- **Upfront investment:** $150,000,000');
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\> \\*\\*bold\\*\\*');
    expect(md).not.toContain('<script>');
  });

  it('says why there is no decision for a tie or an empty worksheet', () => {
    expect(dealComparatorToMarkdown(dealComparatorSpec.empty())).toContain('There are no options to compare yet.');
    const tied = deal([crit('a', 1)], [opt('p', { a: 6 }), opt('q', { a: 6 })]);
    const md = dealComparatorToMarkdown(tied);
    expect(md).toContain('Tied for the lead at 6.00 of 10: Option p and Option q.');
    expect(md).toContain('_No single leader, so there is no lead to test._');
  });
});
