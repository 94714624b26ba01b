import { describe, it, expect } from 'vitest';
import {
  DEFAULT_BANDS,
  addRisk,
  duplicateRisk,
  heatMap,
  isOverdue,
  moveRisk,
  registerOverview,
  removeRisk,
  riskBand,
  riskScore,
  sampleRiskRegister,
  setBands,
  setDocumentTitle,
  setResidual,
  sortRisks,
  summarise,
  updateRisk,
  validate,
  type HeatMapCell,
  type Risk,
  type RiskRegisterDocument,
  type RiskSortKey,
  type SortDirection,
} from '../../src/models/index.js';

const risk = (id: string, fields: Partial<Risk> = {}): Risk => ({
  id, title: `Risk ${id}`, category: 'other', description: '', likelihood: 1, impact: 1,
  owner: '', response: 'reduce', mitigation: '', status: 'open', ...fields,
});
const register = (risks: Risk[], extra: Partial<RiskRegisterDocument> = {}): RiskRegisterDocument => ({
  kind: 'risk-register', version: 1, title: 'Test register', risks, ...extra,
});
const ids = (doc: { risks: readonly Risk[] } | readonly Risk[]) => ('risks' in doc ? doc.risks : doc).map((r) => r.id);
/** The heat-map cell at (likelihood, impact): row 0 is likelihood 5, column 0 is impact 1. */
const cell = (grid: HeatMapCell[][], likelihood: number, impact: number) => grid[5 - likelihood]![impact - 1]!;
const CUSTOM = { medium: 4, high: 8, critical: 15 };

describe('riskScore and riskBand', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });

  it.each([
    [1, 'low'], [4, 'low'], [5, 'medium'], [9, 'medium'], [10, 'high'], [16, 'high'], [20, 'critical'], [25, 'critical'],
  ] as const)('default bands: score %i is %s', (score, band) => {
    expect(riskBand(score)).toBe(band);
    expect(riskBand(score, DEFAULT_BANDS)).toBe(band);
  });

  it.each([
    [3, 'low'], [4, 'medium'], [7, 'medium'], [8, 'high'], [14, 'high'], [15, 'critical'], [25, 'critical'],
  ] as const)('custom bands {4, 8, 15}: score %i is %s', (score, band) => {
    expect(riskBand(score, CUSTOM)).toBe(band);
  });
});

describe('heatMap', () => {
  const bandCounts = (grid: HeatMapCell[][]) => {
    const counts: Record<string, number> = { low: 0, medium: 0, high: 0, critical: 0 };
    for (const c of grid.flat()) counts[c.band]!++;
    return counts;
  };

  it('is 5×5, likelihood 5 on top, impact 1 on the left, score and band per cell', () => {
    const grid = heatMap(register([]), 'inherent');
    expect(grid).toHaveLength(5);
    for (const row of grid) expect(row).toHaveLength(5);
    expect(grid[0]![0]).toEqual({ likelihood: 5, impact: 1, score: 5, band: 'medium', count: 0 });
    expect(grid[4]![4]).toEqual({ likelihood: 1, impact: 5, score: 5, band: 'medium', count: 0 });
    expect(grid[0]![4]).toEqual({ likelihood: 5, impact: 5, score: 25, band: 'critical', count: 0 });
    expect(cell(grid, 3, 4)).toMatchObject({ score: 12, band: 'high' });
    expect(bandCounts(grid)).toEqual({ low: 8, medium: 7, high: 7, critical: 3 });
  });

  it('colours cells with the document bands', () => {
    expect(bandCounts(heatMap(register([], { bands: CUSTOM }), 'inherent'))).toEqual({ low: 5, medium: 7, high: 7, critical: 6 });
  });

  const expectCounts = (grid: HeatMapCell[][], expected: Record<string, number>) => {
    for (const c of grid.flat()) expect(c.count, `cell ${c.likelihood},${c.impact}`).toBe(expected[`${c.likelihood},${c.impact}`] ?? 0);
  };

  it('counts the sample by inherent rating', () => {
    expectCounts(heatMap(sampleRiskRegister(), 'inherent'), {
      '3,5': 1, '4,4': 1, '4,5': 1, '3,4': 2, '2,5': 1, '4,3': 1, '3,3': 2, '2,4': 1, '2,2': 1, '1,3': 1,
    });
  });

  it('counts the sample by residual rating; unrated residuals sit at their inherent rating', () => {
    // risk-5 (3,4), risk-9 (2,4) and risk-11 (2,2) have no residual rating.
    expectCounts(heatMap(sampleRiskRegister(), 'residual'), {
      '1,5': 1, '2,4': 2, '3,4': 2, '2,3': 1, '1,4': 1, '3,3': 1, '2,2': 3, '1,1': 1,
    });
  });
});

describe('summarise and isOverdue', () => {
  const today = '2026-12-05';

  it('summarises the sample (inherent view)', () => {
    expect(summarise(sampleRiskRegister(), 'inherent', today)).toEqual({
      total: 12, byBand: { low: 2, medium: 3, high: 6, critical: 1 }, open: 10, overdue: 3, unratedResidual: 3,
    });
  });

  it('summarises the sample (residual view)', () => {
    expect(summarise(sampleRiskRegister(), 'residual', today)).toEqual({
      total: 12, byBand: { low: 5, medium: 5, high: 2, critical: 0 }, open: 10, overdue: 3, unratedResidual: 3,
    });
  });

  it('uses custom bands', () => {
    const doc = register([risk('a', { likelihood: 2, impact: 2 }), risk('b', { likelihood: 3, impact: 5 })], { bands: CUSTOM });
    expect(summarise(doc, 'inherent', today).byBand).toEqual({ low: 0, medium: 1, high: 0, critical: 1 });
  });

  it('a review date strictly before today is overdue, unless the risk is closed', () => {
    expect(isOverdue(risk('a', { reviewDate: '2026-12-04' }), today)).toBe(true);
    expect(isOverdue(risk('a', { reviewDate: '2026-12-04', status: 'monitoring' }), today)).toBe(true);
    expect(isOverdue(risk('a', { reviewDate: '2026-12-05' }), today)).toBe(false);
    expect(isOverdue(risk('a', { reviewDate: '2027-01-01' }), today)).toBe(false);
    expect(isOverdue(risk('a'), today)).toBe(false);
    expect(isOverdue(risk('a', { reviewDate: '2020-01-01', status: 'closed' }), today)).toBe(false);
  });
});

describe('registerOverview', () => {
  const today = '2026-12-05';
  const expectSame = (overview: ReturnType<typeof registerOverview>, doc: RiskRegisterDocument, view: 'inherent' | 'residual', day = today) =>
    expect(overview(doc, view, day)).toEqual({ cells: heatMap(doc, view), summary: summarise(doc, view, day) });

  it('gives what heatMap and summarise give, through edits, undo, views, days and bands', () => {
    const overview = registerOverview();
    let doc = sampleRiskRegister();
    const start = doc;
    expectSame(overview, doc, 'inherent');
    doc = updateRisk(doc, doc.risks[3]!.id, { likelihood: 1, impact: 5 });
    expectSame(overview, doc, 'inherent');
    doc = updateRisk(doc, doc.risks[0]!.id, { status: 'closed' });
    doc = setResidual(doc, doc.risks[5]!.id, { likelihood: 5, impact: 5 });
    expectSame(overview, doc, 'residual');
    expectSame(overview, doc, 'residual');
    doc = setResidual(doc, doc.risks[5]!.id, undefined);
    expectSame(overview, doc, 'residual');
    expectSame(overview, doc, 'residual', '2030-01-01');
    expectSame(overview, start, 'residual', '2030-01-01'); // undo: the first document again
    doc = removeRisk(doc, doc.risks[2]!.id);
    expectSame(overview, doc, 'inherent');
    doc = addRisk(doc, { id: 'new', likelihood: 5, impact: 4 });
    expectSame(overview, doc, 'inherent');
    doc = moveRisk(doc, 'new', 0);
    expectSame(overview, doc, 'inherent');
    doc = setBands(doc, CUSTOM);
    expectSame(overview, doc, 'inherent');
    // Every risk replaced: more than are worth counting one by one.
    doc = { ...doc, risks: doc.risks.map((r) => ({ ...r, impact: 6 - r.impact })) };
    expectSame(overview, doc, 'inherent');
  });

  it('after one edit in a long register, reads only the replaced risk and its new version', () => {
    let reads = 0;
    const watched = (r: Risk): Risk => new Proxy(r, { get: (target, key, receiver) => (key === 'likelihood' && reads++, Reflect.get(target, key, receiver)) });
    const doc = register(Array.from({ length: 1000 }, (_, i) => watched(risk(`r${i}`, { likelihood: (i % 5) + 1, impact: ((i >> 2) % 5) + 1 }))));
    const overview = registerOverview();
    overview(doc, 'inherent', today);
    const risks = doc.risks.slice();
    risks[500] = watched({ ...doc.risks[500]!, likelihood: 5 });
    const edited = { ...doc, risks };
    reads = 0;
    expect(overview(edited, 'inherent', today)).toEqual({ cells: heatMap(edited, 'inherent'), summary: summarise(edited, 'inherent', today) });
    // The comparison above reads every risk again; the overview itself read two.
    expect(reads).toBe(2 + 2 * 1000);
  });
});

describe('sortRisks', () => {
  const list = [
    risk('a', { title: 'beta', likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 2, status: 'monitoring', reviewDate: '2026-05-01' }),
    risk('b', { title: 'Alpha', likelihood: 4, impact: 5, status: 'closed' }),
    risk('c', { title: 'gamma', likelihood: 3, impact: 3, residualLikelihood: 1, residualImpact: 1, reviewDate: '2026-01-01' }),
    risk('d', { title: 'alpha', likelihood: 1, impact: 2, reviewDate: '2026-05-01' }),
  ];

  it.each<[RiskSortKey, SortDirection, string[]]>([
    ['score', 'ascending', ['d', 'a', 'c', 'b']],
    ['score', 'descending', ['b', 'a', 'c', 'd']],
    ['residual', 'ascending', ['c', 'a', 'b', 'd']],
    ['residual', 'descending', ['a', 'c', 'b', 'd']],
    ['status', 'ascending', ['c', 'd', 'a', 'b']],
    ['status', 'descending', ['b', 'a', 'c', 'd']],
    ['reviewDate', 'ascending', ['c', 'a', 'd', 'b']],
    ['reviewDate', 'descending', ['a', 'd', 'c', 'b']],
    ['title', 'ascending', ['b', 'd', 'a', 'c']],
    ['title', 'descending', ['c', 'a', 'b', 'd']],
  ])('by %s %s (stable, missing values last)', (key, direction, expected) => {
    const before = structuredClone(list);
    expect(ids(sortRisks(list, key, direction))).toEqual(expected);
    expect(list).toEqual(before);
  });
});

describe('ops', () => {
  /** The sample with unknown nested fields, to check ops copy rather than share. */
  const doc = (): RiskRegisterDocument => {
    const d = sampleRiskRegister();
    d.risks[1] = { ...d.risks[1]!, extra: { tags: ['x', 'y'], nested: { n: 1 } } };
    return { ...d, meta: { source: 'test' } };
  };

  it.each<[string, (d: RiskRegisterDocument) => unknown]>([
    ['addRisk', (d) => addRisk(d, { title: 'New' }, 1)],
    ['updateRisk', (d) => updateRisk(d, 'risk-1', { title: 'Changed', reviewDate: undefined })],
    ['setResidual', (d) => setResidual(d, 'risk-1', undefined)],
    ['duplicateRisk', (d) => duplicateRisk(d, 'risk-2')],
    ['removeRisk', (d) => removeRisk(d, 'risk-3')],
    ['moveRisk', (d) => moveRisk(d, 'risk-1', 5)],
    ['setBands', (d) => setBands(d, CUSTOM)],
    ['setBands(undefined)', (d) => setBands({ ...d, bands: CUSTOM }, undefined)],
    ['setDocumentTitle', (d) => setDocumentTitle(d, 'Other')],
  ])('%s does not change its input and returns a valid document', (_name, op) => {
    const input = doc();
    const before = structuredClone(input);
    const out = op(input);
    expect(input).toEqual(before);
    expect(out).not.toBe(input);
    expect(validate(out).ok).toBe(true);
  });

  it('addRisk appends a default risk with a fresh, unique id, or inserts at an index', () => {
    const added = addRisk(sampleRiskRegister());
    expect(added.risks).toHaveLength(13);
    expect(added.risks[12]).toMatchObject({ id: 'risk-13', title: 'New risk', likelihood: 3, impact: 3, status: 'open' });
    const sparse = register([risk('risk-1'), risk('risk-3')]);
    const first = addRisk(sparse, { title: 'First' }, 0);
    expect(ids(first)).toEqual(['risk-4', 'risk-1', 'risk-3']);
    expect(first.risks[0]!.title).toBe('First');
    const twice = addRisk(addRisk(sparse));
    expect(new Set(ids(twice)).size).toBe(4);
    expect(ids(addRisk(sparse, { id: 'mine' }, 1))).toEqual(['risk-1', 'mine', 'risk-3']);
  });

  it('updateRisk changes one risk and removes fields set to undefined', () => {
    const out = updateRisk(sampleRiskRegister(), 'risk-1', { title: 'Renamed', reviewDate: undefined, residualLikelihood: undefined, residualImpact: undefined });
    expect(out.risks[0]!.title).toBe('Renamed');
    expect('reviewDate' in out.risks[0]!).toBe(false);
    expect('residualLikelihood' in out.risks[0]!).toBe(false);
    expect(out.risks.slice(1)).toEqual(sampleRiskRegister().risks.slice(1));
    expect(updateRisk(sampleRiskRegister(), 'nope', { title: 'x' })).toEqual(sampleRiskRegister());
  });

  it('setResidual sets both halves or removes both', () => {
    const rated = setResidual(sampleRiskRegister(), 'risk-5', { likelihood: 2, impact: 3 });
    expect(rated.risks[4]).toMatchObject({ residualLikelihood: 2, residualImpact: 3 });
    const cleared = setResidual(sampleRiskRegister(), 'risk-1', undefined);
    expect(Object.keys(cleared.risks[0]!)).not.toContain('residualLikelihood');
    expect(Object.keys(cleared.risks[0]!)).not.toContain('residualImpact');
  });

  it('duplicateRisk places a detached copy after the original with a new id and "(copy)"', () => {
    const input = doc();
    const out = duplicateRisk(input, 'risk-2');
    expect(ids(out).slice(0, 4)).toEqual(['risk-1', 'risk-2', 'risk-13', 'risk-3']);
    const original = out.risks[1]!;
    const copy = out.risks[2]!;
    expect(copy.title).toBe('Cross-border transfer of customer telemetry (copy)');
    const { id: _a, title: _b, ...copyRest } = copy;
    const { id: _c, title: _d, ...originalRest } = original;
    expect(copyRest).toEqual(originalRest);
    expect(copy.extra).not.toBe(original.extra);
    (copy.extra as { tags: string[] }).tags.push('z');
    (copy.extra as { nested: { n: number } }).nested.n = 2;
    expect(original.extra).toEqual({ tags: ['x', 'y'], nested: { n: 1 } });
    expect(duplicateRisk(input, 'nope')).toEqual(input);
  });

  it('duplicateRisk appends a given suffix instead of " (copy)"', () => {
    const out = duplicateRisk(doc(), 'risk-2', ' (Kopie)');
    expect(out.risks[2]!.title).toBe('Cross-border transfer of customer telemetry (Kopie)');
  });

  it('removeRisk removes exactly one risk', () => {
    const out = removeRisk(sampleRiskRegister(), 'risk-3');
    expect(out.risks).toHaveLength(11);
    expect(ids(out)).not.toContain('risk-3');
    expect(ids(removeRisk(sampleRiskRegister(), 'nope'))).toEqual(ids(sampleRiskRegister()));
  });

  it('moveRisk moves to an index, clamped to the list', () => {
    const s = sampleRiskRegister();
    expect(ids(moveRisk(s, 'risk-1', 2)).slice(0, 4)).toEqual(['risk-2', 'risk-3', 'risk-1', 'risk-4']);
    expect(ids(moveRisk(s, 'risk-1', 99)).slice(-2)).toEqual(['risk-12', 'risk-1']);
    expect(ids(moveRisk(s, 'risk-12', -3)).slice(0, 2)).toEqual(['risk-12', 'risk-1']);
    expect(ids(moveRisk(s, 'nope', 0))).toEqual(ids(s));
  });

  it('setBands sets custom thresholds; undefined removes the key', () => {
    const custom = setBands(sampleRiskRegister(), CUSTOM);
    expect(custom.bands).toEqual(CUSTOM);
    const back = setBands(custom, undefined);
    expect('bands' in back).toBe(false);
    expect(back).toEqual(sampleRiskRegister());
  });

  it('setDocumentTitle changes only the title', () => {
    const out = setDocumentTitle(doc(), 'Renamed register');
    expect(out).toEqual({ ...doc(), title: 'Renamed register' });
  });
});

describe('edits that change nothing', () => {
  it('return the same document, so no undo step or change event is recorded', async () => {
    const { updateRisk, setDocumentTitle, sampleRiskRegister } = await import('../../src/models/index.js');
    const doc = sampleRiskRegister();
    expect(updateRisk(doc, 'risk-1', { likelihood: doc.risks[0]!.likelihood, owner: doc.risks[0]!.owner })).toBe(doc);
    expect(updateRisk(doc, 'no-such-risk', { likelihood: 2 })).toBe(doc);
    expect(updateRisk(doc, 'risk-9', { reviewDate: undefined })).toBe(doc);
    expect(setDocumentTitle(doc, doc.title)).toBe(doc);
    expect(setDocumentTitle(doc, 'Other')).not.toBe(doc);
  });
});
