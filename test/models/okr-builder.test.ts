import { describe, expect, it } from 'vitest';
import {
  addKeyResult,
  addObjective,
  addTeam,
  coachNotes,
  duplicateObjective,
  emptyOkrBuilder,
  filterObjectives,
  keyResultProgress,
  moveKeyResult,
  moveObjective,
  objectiveScore,
  okrBand,
  okrBuilderSpec,
  okrBuilderToCSV,
  okrBuilderToMarkdown,
  placeKeyResult,
  placeObjective,
  recordCheckIn,
  removeCheckIn,
  removeKeyResult,
  removeObjective,
  removeTeam,
  sampleOkrBuilder,
  setObjectiveOwner,
  setPeriod,
  sheetSummary,
  teamSummaries,
  updateKeyResult,
  updateObjective,
  updateTeam,
  useSampleOkrs,
  type KeyResult,
  type OkrBuilderDocument,
} from '../../src/models/okr-builder/index.js';
import { validateWith } from '../../src/models/shared/kind.js';

const sample = sampleOkrBuilder;
const kr = (start: number, target: number, current: number) => ({ start, target, current });
const validate = (doc: unknown) => validateWith(okrBuilderSpec, doc);
const firstError = (doc: unknown) => {
  const r = validate(doc);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.errors[0]!;
};
/** The sample with one key result changed (objective 0, key result 0). */
const withKr = (patch: Record<string, unknown>): OkrBuilderDocument => {
  const doc = sample();
  Object.assign(doc.objectives[0]!.keyResults[0]!, patch);
  return doc;
};

describe('keyResultProgress', () => {
  it('is (current − start) / (target − start) for a rising target', () => {
    expect(keyResultProgress(kr(0, 5, 3))).toBeCloseTo(0.6);
    expect(keyResultProgress(kr(200000, 500000, 410000))).toBeCloseTo(0.7);
    expect(keyResultProgress(kr(10, 20, 10))).toBe(0);
    expect(keyResultProgress(kr(10, 20, 20))).toBe(1);
  });

  it('works for a falling target (latency 120 → 40 ms)', () => {
    expect(keyResultProgress(kr(120, 40, 70))).toBeCloseTo(0.625);
    expect(keyResultProgress(kr(120, 40, 40))).toBe(1);
    expect(keyResultProgress(kr(120, 40, 120))).toBe(0);
  });

  it('clamps overshoot and regression to 0–1, both directions', () => {
    expect(keyResultProgress(kr(0, 10, 15))).toBe(1);
    expect(keyResultProgress(kr(0, 10, -3))).toBe(0);
    expect(keyResultProgress(kr(120, 40, 20))).toBe(1);
    expect(keyResultProgress(kr(120, 40, 150))).toBe(0);
    expect(keyResultProgress(kr(-10, 10, 0))).toBeCloseTo(0.5);
  });

  it('does not divide by zero when target equals start (an invalid key result)', () => {
    expect(keyResultProgress(kr(5, 5, 5))).toBe(1);
    expect(keyResultProgress(kr(5, 5, 3))).toBe(0);
  });
});

describe('objectiveScore and bands', () => {
  it('is the mean of the key results’ progress', () => {
    const [o1, o2, o3, o4] = sample().objectives;
    expect(objectiveScore(o1!)).toBeCloseTo((0.5 + 0.6 + 0.625) / 3);
    expect(objectiveScore(o2!)).toBeCloseTo((21 / 60 + 2 / 12) / 2);
    expect(objectiveScore(o3!)).toBeCloseTo((0.75 + 1 + 0.5) / 3);
    expect(objectiveScore(o4!)).toBeCloseTo(0.85);
  });

  it('is undefined with no key results, and counts clamped progress', () => {
    expect(objectiveScore({ keyResults: [] })).toBeUndefined();
    expect(objectiveScore({ keyResults: [{ ...kr(0, 10, 30) } as KeyResult, { ...kr(0, 10, -5) } as KeyResult] })).toBe(0.5);
  });

  it('bands: red < 0.4 ≤ yellow < 0.7 ≤ green', () => {
    expect(okrBand(0)).toBe('red');
    expect(okrBand(0.399)).toBe('red');
    expect(okrBand(0.4)).toBe('yellow');
    expect(okrBand(0.699)).toBe('yellow');
    expect(okrBand(0.7)).toBe('green');
    expect(okrBand(1)).toBe('green');
    expect(sample().objectives.map((o) => okrBand(objectiveScore(o)!))).toEqual(['yellow', 'red', 'green', 'green']);
  });
});

describe('validation', () => {
  it('accepts the sample and the empty sheet, losslessly', () => {
    for (const doc of [sample(), emptyOkrBuilder()]) {
      const r = validate(doc);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toEqual(doc);
    }
  });

  it('keeps unknown fields at every level', () => {
    const doc = sample() as OkrBuilderDocument & Record<string, unknown>;
    doc['x-lms'] = { course: 4 };
    (doc.teams[0] as Record<string, unknown>).colour = 'teal';
    (doc.objectives[0] as Record<string, unknown>).why = 'Launch matters';
    (doc.objectives[0]!.keyResults[1] as Record<string, unknown>).source = 'CRM';
    (doc.objectives[0]!.keyResults[1]!.checkIns![0] as Record<string, unknown>).by = 'ana';
    const r = validate(JSON.stringify(doc));
    expect(r.ok && r.value).toEqual(doc);
  });

  it('refuses target === start with a JSON Pointer and a clear message', () => {
    const e = firstError(withKr({ start: 4, target: 4 }));
    expect(e.path).toBe('/objectives/0/keyResults/0/target');
    expect(e.message).toMatch(/equals the start/);
  });

  it('refuses unknown team ids in objective owners and key-result owners', () => {
    const a = sample();
    a.objectives[1]!.owners = ['ours', 'stratus'];
    expect(firstError(a)).toMatchObject({ path: '/objectives/1/owners/1', message: 'Unknown team "stratus"; the teams are "ours", "partner".' });
    expect(firstError(withKr({ owner: 'stratus' })).path).toBe('/objectives/0/keyResults/0/owner');
  });

  it('refuses confidence outside 0–1, in key results and check-ins', () => {
    expect(firstError(withKr({ confidence: 70 }))).toMatchObject({ path: '/objectives/0/keyResults/0/confidence', message: expect.stringMatching(/from 0 to 1/) });
    expect(firstError(withKr({ confidence: -0.1 })).path).toBe('/objectives/0/keyResults/0/confidence');
    const doc = sample();
    doc.objectives[0]!.keyResults[1]!.checkIns![0]!.confidence = 2;
    expect(firstError(doc).path).toBe('/objectives/0/keyResults/1/checkIns/0/confidence');
  });

  it('refuses non-numeric values and names what was found', () => {
    const e = firstError(withKr({ current: '12' }));
    expect(e.path).toBe('/objectives/0/keyResults/0/current');
    expect(e.message).toContain('"12"');
    expect(firstError(withKr({ target: null })).path).toBe('/objectives/0/keyResults/0/target');
    const missing = sample();
    delete (missing.objectives[0]!.keyResults[0] as Partial<KeyResult>).start;
    expect(firstError(missing)).toMatchObject({ path: '/objectives/0/keyResults/0/start', message: '"start" is required.' });
  });

  it('refuses duplicate ids in every list', () => {
    const doc = sample();
    doc.objectives[1]!.id = doc.objectives[0]!.id;
    expect(firstError(doc).path).toBe('/objectives/1/id');
    const krs = sample();
    krs.objectives[0]!.keyResults[1]!.id = 'kr-1';
    expect(firstError(krs).path).toBe('/objectives/0/keyResults/1/id');
    const teams = sample();
    teams.teams[1]!.id = 'ours';
    expect(validate(teams).ok).toBe(false);
    const twice = sample();
    twice.objectives[0]!.owners = ['ours', 'ours'];
    expect(firstError(twice)).toMatchObject({ path: '/objectives/0/owners/1', message: expect.stringMatching(/twice/) });
  });

  it('refuses impossible check-in dates and a missing period', () => {
    const doc = sample();
    doc.objectives[0]!.keyResults[1]!.checkIns![0]!.date = '2027-02-30';
    expect(firstError(doc).path).toBe('/objectives/0/keyResults/1/checkIns/0/date');
    const { period: _, ...noPeriod } = sample();
    expect(firstError(noPeriod)).toMatchObject({ path: '/period', message: '"period" is required.' });
  });

  it('refuses a newer version, naming both versions', () => {
    expect(firstError({ ...sample(), version: 2 }).message).toMatch(/version 2.*version 1/);
  });
});

describe('coach notes', () => {
  it('are warnings about one-sided joint objectives in the sample', () => {
    expect(coachNotes(sample()).map((n) => [n.code, n.path])).toEqual([['joint-one-sided', '/objectives/1/keyResults']]);
    expect(coachNotes(sample())[0]!.message).toContain('Nimbus Cloud');
  });

  it('flag fewer than 2 and more than 5 key results, and missing owners', () => {
    let doc = addObjective(emptyOkrBuilder(), { id: 'o', owners: [] });
    expect(coachNotes(doc).map((n) => n.code)).toEqual(['too-few-key-results', 'objective-no-owner']);
    for (let i = 0; i < 6; i++) doc = addKeyResult(doc, 'o', { owner: 'ours' });
    expect(coachNotes(doc).map((n) => n.code)).toEqual(['too-many-key-results', 'objective-no-owner']);
    doc = updateKeyResult(doc, 'o', 'kr-1', { owner: undefined });
    expect(coachNotes(doc).find((n) => n.code === 'key-result-no-owner')).toMatchObject({ keyResultId: 'kr-1', path: '/objectives/0/keyResults/0/owner' });
    expect(validate(doc).ok).toBe(true);
  });
});

describe('ops', () => {
  it('never change their input and return the same document for no-ops', () => {
    const doc = sample();
    const copy = structuredClone(doc);
    addObjective(doc);
    addKeyResult(doc, 'objective-1');
    updateKeyResult(doc, 'objective-1', 'kr-1', { current: 2 });
    recordCheckIn(doc, 'objective-1', 'kr-1', { date: '2027-03-01', value: 2 });
    moveObjective(doc, 'objective-1', 3);
    removeTeam(doc, 'partner');
    expect(doc).toEqual(copy);
    expect(updateKeyResult(doc, 'objective-1', 'kr-1', { current: 1 })).toBe(doc);
    expect(updateObjective(doc, 'objective-1', { title: doc.objectives[0]!.title })).toBe(doc);
    expect(moveObjective(doc, 'objective-1', 0)).toBe(doc);
    expect(moveKeyResult(doc, 'objective-1', 'kr-1', 0)).toBe(doc);
    expect(setPeriod(doc, '2027-Q1')).toBe(doc);
    expect(setObjectiveOwner(doc, 'objective-1', 'ours', true)).toBe(doc);
    expect(removeObjective(doc, 'nope')).toBe(doc);
    expect(updateTeam(doc, 'ours', { name: 'Our company' })).toBe(doc);
  });

  it('refuse to make target equal start', () => {
    const doc = sample();
    expect(updateKeyResult(doc, 'objective-1', 'kr-1', { target: 0 })).toBe(doc);
    expect(updateKeyResult(doc, 'objective-1', 'kr-1', { start: 2 })).toBe(doc);
  });

  it('keep untouched objectives and key results as the same objects', () => {
    const doc = sample();
    const next = updateKeyResult(doc, 'objective-2', 'kr-4', { current: 30 });
    expect(next.objectives[0]).toBe(doc.objectives[0]);
    expect(next.objectives[1]!.keyResults[1]).toBe(doc.objectives[1]!.keyResults[1]);
  });

  it('reorder objectives and key results by index and by neighbour', () => {
    const doc = sample();
    expect(moveObjective(doc, 'objective-1', 2).objectives.map((o) => o.id)).toEqual(['objective-2', 'objective-3', 'objective-1', 'objective-4']);
    expect(placeObjective(doc, 'objective-4', 'objective-2', 'before').objectives.map((o) => o.id)).toEqual(['objective-1', 'objective-4', 'objective-2', 'objective-3']);
    expect(placeObjective(doc, 'objective-1', 'objective-3', 'after').objectives.map((o) => o.id)).toEqual(['objective-2', 'objective-3', 'objective-1', 'objective-4']);
    expect(placeObjective(doc, 'objective-1', 'objective-2', 'before')).toBe(doc);
    expect(moveKeyResult(doc, 'objective-1', 'kr-3', 0).objectives[0]!.keyResults.map((k) => k.id)).toEqual(['kr-3', 'kr-1', 'kr-2']);
    expect(placeKeyResult(doc, 'objective-1', 'kr-1', 'kr-3', 'after').objectives[0]!.keyResults.map((k) => k.id)).toEqual(['kr-2', 'kr-3', 'kr-1']);
  });

  it('record check-ins in date order; only the latest sets current and confidence', () => {
    let doc = recordCheckIn(sample(), 'objective-1', 'kr-2', { date: '2027-03-10', value: 4, confidence: 0.8, note: '  signed  ' });
    let k = doc.objectives[0]!.keyResults[1]!;
    expect(k).toMatchObject({ current: 4, confidence: 0.8 });
    expect(k.checkIns!.at(-1)).toEqual({ id: 'checkin-4', date: '2027-03-10', value: 4, confidence: 0.8, note: 'signed' });
    doc = recordCheckIn(doc, 'objective-1', 'kr-2', { date: '2027-01-01', value: 0 });
    k = doc.objectives[0]!.keyResults[1]!;
    expect(k.current).toBe(4);
    expect(k.checkIns!.map((c) => c.date)).toEqual(['2027-01-01', '2027-01-15', '2027-02-05', '2027-02-26', '2027-03-10']);
    doc = removeCheckIn(doc, 'objective-1', 'kr-2', 'checkin-1');
    expect(doc.objectives[0]!.keyResults[1]!.checkIns).toHaveLength(4);
    const first = recordCheckIn(sample(), 'objective-1', 'kr-1', { date: '2027-02-01', value: 2 }).objectives[0]!.keyResults[0]!;
    expect(first.checkIns).toEqual([{ id: 'checkin-1', date: '2027-02-01', value: 2 }]);
    expect(first.confidence).toBe(0.8);
  });

  it('keep owners in team order, refuse to remove a team in use, add unique ids', () => {
    let doc = setObjectiveOwner(sample(), 'objective-4', 'ours', true);
    expect(doc.objectives[3]!.owners).toEqual(['ours', 'partner']);
    expect(removeTeam(doc, 'ours')).toBe(doc);
    doc = addTeam(doc, { name: 'Photon Labs' });
    expect(doc.teams[2]).toEqual({ id: 'team-3', name: 'Photon Labs' });
    expect(removeTeam(doc, 'team-3').teams).toHaveLength(2);
    doc = duplicateObjective(doc, 'objective-1');
    const copy = doc.objectives[1]!;
    expect(copy.id).toBe('objective-5');
    expect(copy.title).toMatch(/\(copy\)$/);
    expect(new Set(doc.objectives.flatMap((o) => o.keyResults.map((k) => k.id))).size).toBe(13);
    expect(validate(doc).ok).toBe(true);
    doc = removeKeyResult(doc, 'objective-5', copy.keyResults[0]!.id);
    expect(doc.objectives[1]!.keyResults).toHaveLength(2);
  });

  it('duplicate an objective with a given suffix instead of " (copy)"', () => {
    const doc = duplicateObjective(sample(), 'objective-1', ' (Kopie)');
    expect(doc.objectives[1]!.title).toBe(`${sample().objectives[0]!.title} (Kopie)`);
  });

  it('load the sample into an empty sheet, naming the default partner team', () => {
    const doc = useSampleOkrs({ ...emptyOkrBuilder(), title: 'My OKRs' });
    expect(doc.title).toBe('My OKRs');
    expect(doc.period).toBe('2027-Q1');
    expect(doc.teams).toEqual([{ id: 'ours', name: 'Our company' }, { id: 'partner', name: 'Nimbus Cloud' }]);
    expect(validate(doc).ok).toBe(true);
    const renamed = useSampleOkrs(updateTeam(emptyOkrBuilder(), 'partner', { name: 'Stratus' }));
    expect(renamed.teams[1]!.name).toBe('Stratus');
  });
});

describe('summaries and filters', () => {
  it('score per team, for joint and single-owner objectives and owned key results', () => {
    const [ours, partner] = teamSummaries(sample());
    expect(ours!.joint).toEqual({ count: 2, score: expect.closeTo((0.575 + (0.35 + 1 / 6) / 2) / 2, 5) });
    expect(ours!.solo).toEqual({ count: 1, score: expect.closeTo(0.75, 5) });
    expect(partner!.solo).toEqual({ count: 1, score: expect.closeTo(0.85, 5) });
    expect(partner!.keyResults.count).toBe(5);
    expect(teamSummaries(sample())).not.toBe(teamSummaries(sample()));
    const doc = sample();
    expect(teamSummaries(doc)).toBe(teamSummaries(doc));
  });

  it('count objectives by band', () => {
    expect(sheetSummary(sample())).toMatchObject({ objectives: 4, keyResults: 10, joint: 2, byBand: { red: 1, yellow: 1, green: 2, none: 0 } });
  });

  it('filter by team and joint', () => {
    const { objectives } = sample();
    expect(filterObjectives(objectives, 'joint').map((o) => o.id)).toEqual(['objective-1', 'objective-2']);
    expect(filterObjectives(objectives, { team: 'partner' }).map((o) => o.id)).toEqual(['objective-1', 'objective-2', 'objective-4']);
    expect(filterObjectives(objectives, 'all')).toBe(objectives);
  });
});

describe('export', () => {
  it('writes the key results as formula-safe CSV', () => {
    const doc = withKr({ title: '=HYPERLINK("http://x")', unit: '+1' });
    const csv = okrBuilderToCSV(doc);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('objectiveId,objective,objectiveOwners,joint,objectiveScore,objectiveBand,keyResultId,keyResult,owner,start,target,current,unit,progress,confidence,checkIns,lastCheckInDate,lastCheckInNote');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain(",'+1,");
    expect(lines[3]).toContain('kr-3,p95 latency of the reference model on the joint cluster,Our company,120,40,70,ms,0.625,0.5,4,2027-03-07');
  });

  it('writes an objective without key results as one row', () => {
    const doc = addObjective(emptyOkrBuilder(), { id: 'o', title: 'Alone' });
    expect(okrBuilderToCSV(doc).trimEnd().split('\r\n')[1]).toBe('o,Alone,Our company,no,,,,,,,,,,,,0,,');
  });

  it('writes Markdown a team would paste, with text escaped', () => {
    const doc = sample();
    doc.objectives[0]!.title = 'Launch <b>now</b> | *fast*';
    const md = okrBuilderToMarkdown(doc);
    expect(md).toContain('# Co-sold GPU cluster launch: joint OKRs');
    expect(md).toContain('**Period:** 2027-Q1 · **Teams:** Our company, Nimbus Cloud');
    expect(md).toContain('## 1. Launch \\<b\\>now\\</b\\> \\| \\*fast\\*');
    expect(md).toContain('**Owners:** Our company + Nimbus Cloud (joint) · **Score:** 58% \\(yellow: needs attention\\)');
    expect(md).toContain('| p95 latency of the reference model on the joint cluster | Our company | 120 ms | 40 ms | 70 ms | 63% | 50% |');
    expect(md).toContain('> Coach:');
    expect(md).toContain('## Score per team');
    expect(okrBuilderToMarkdown(emptyOkrBuilder())).toContain('_No objectives yet._');
  });
});
