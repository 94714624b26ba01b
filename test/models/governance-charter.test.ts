import { describe, expect, it } from 'vitest';
import {
  addItem,
  charterAdvice,
  emptyGovernanceCharter,
  escalationDays,
  escalationLadder,
  moveItem,
  removeItem,
  rhythmCalendar,
  sampleGovernanceCharter,
  toMarkdown,
  updateItem,
  useSampleCharter,
  validate,
} from '../../src/models/index.js';

const sample = sampleGovernanceCharter;

describe('governance charter ops', () => {
  it('add items with fresh ids and sensible blanks; a new escalation level goes on top', () => {
    const doc = sample();
    const next = addItem(doc, 'escalation');
    expect(next.escalation.at(-1)).toEqual({ id: 'level-5', level: 5, trigger: '', owner: '', responseDays: 5 });
    expect(addItem(doc, 'bodies').bodies.at(-1)).toMatchObject({ id: 'body-4', members: [], cadence: 'quarterly' });
    expect(addItem(doc, 'exitCriteria', { text: 'x' }).exitCriteria.at(-1)).toEqual({ id: 'exit-5', text: 'x' });
    expect(addItem(emptyGovernanceCharter(), 'escalation').escalation[0]!.level).toBe(1);
    expect(validate(next).ok).toBe(true);
  });

  it('update, move and remove without touching the input; no-ops return the same document', () => {
    const doc = sample();
    const copy = structuredClone(doc);
    const renamed = updateItem(doc, 'bodies', 'body-2', { name: 'Operating committee' });
    expect(renamed.bodies[1]!.name).toBe('Operating committee');
    expect(updateItem(doc, 'bodies', 'body-2', { members: [...doc.bodies[1]!.members] })).toBe(doc);
    expect(updateItem(doc, 'bodies', 'body-1', { voting: undefined }).bodies[0]).not.toHaveProperty('voting');
    expect(moveItem(doc, 'rhythms', 'rhythm-3', -1).rhythms.map((r) => r.id)).toEqual(['rhythm-1', 'rhythm-3', 'rhythm-2', 'rhythm-4', 'rhythm-5']);
    expect(moveItem(doc, 'rhythms', 'rhythm-1', -1)).toBe(doc);
    expect(moveItem(doc, 'rhythms', 'rhythm-5', 1)).toBe(doc);
    expect(removeItem(doc, 'exitCriteria', 'exit-2').exitCriteria).toHaveLength(3);
    expect(removeItem(doc, 'exitCriteria', 'nope')).toBe(doc);
    expect(doc).toEqual(copy);
  });

  it('fills an empty charter from the sample, keeping its title', () => {
    const next = useSampleCharter({ ...emptyGovernanceCharter(), title: 'Ours' });
    expect(next.title).toBe('Ours');
    expect(next.bodies).toHaveLength(3);
    expect(validate(next).ok).toBe(true);
  });
});

describe('governance charter selectors', () => {
  it('orders the ladder by level and adds up the days', () => {
    const doc = sample();
    doc.escalation.reverse();
    expect(escalationLadder(doc).map((s) => [s.level, s.daysBefore])).toEqual([
      [1, 0],
      [2, 5],
      [3, 15],
      [4, 30],
    ]);
    expect(escalationDays(doc)).toBe(60);
  });

  it('groups meetings by cadence, weekly first', () => {
    expect(rhythmCalendar(sample()).map((g) => g.cadence)).toEqual(['weekly', 'biweekly', 'monthly', 'quarterly', 'annual']);
  });

  it('advises on thin bodies, repeated levels, missing owners and missing exit criteria', () => {
    const doc = sample();
    doc.bodies[2]!.members = ['Only one'];
    doc.escalation[1]!.level = 1;
    doc.escalation[2]!.owner = ' ';
    doc.exitCriteria = [];
    const messages = charterAdvice(doc).map((a) => a.message);
    expect(messages).toContain('Engineering working group has one member: a joint body needs people from both sides.');
    expect(messages.some((m) => m.startsWith('Escalation level 1 appears more than once'))).toBe(true);
    expect(messages).toContain('Escalation level 3 has no owner.');
    expect(messages.some((m) => m.startsWith('No exit criteria yet'))).toBe(true);
    expect(charterAdvice(sample())).toEqual([]);
  });
});

describe('governance charter documents', () => {
  it('validates the sample and names bad fields', () => {
    expect(validate(sample()).ok).toBe(true);
    const doc = sample() as unknown as { rhythms: Array<Record<string, unknown>> };
    doc.rhythms[1]!.cadence = 'sometimes';
    const r = validate(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: '/rhythms/1/cadence', message: 'cadence must be one of: weekly, biweekly, monthly, quarterly, semiannual, annual, as-needed.' });
  });

  it('reads as a charter in Markdown, text escaped', () => {
    const doc = sample();
    doc.exitCriteria[0]!.text = 'Exit <b>now</b> | *really*';
    const md = toMarkdown(doc);
    expect(md).toContain('# Nimbus Cloud alliance: joint governance charter');
    expect(md).toContain('## 1. Governing bodies');
    expect(md).toContain('### Joint steering council');
    expect(md).toContain('- **Decisions by:** consensus');
    expect(md).toContain('| 3 | Unresolved at level 2, or any antitrust, data-protection or export-control concern | Joint steering council | 15 |');
    expect(md).toContain('| Weekly | Co-sell pipeline review | Co-sell leads; Solution architects | Deal priorities, blocked deals raised |');
    expect(md).toContain('1. Exit \\<b\\>now\\</b\\> \\| \\*really\\*');
  });
});
