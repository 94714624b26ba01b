import { CADENCES, type Cadence, type EscalationLevel, type GovernanceCharterDocument, type OperatingRhythm } from './types.js';

export const CADENCE_LABEL: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannual: 'Twice a year',
  annual: 'Annual',
  'as-needed': 'As needed',
};

/** The escalation ladder from the first level up, with the days that pass before each level is reached at the latest. */
export function escalationLadder(doc: GovernanceCharterDocument): Array<EscalationLevel & { daysBefore: number }> {
  let total = 0;
  return [...doc.escalation]
    .sort((a, b) => a.level - b.level)
    .map((step) => {
      const row = { ...step, daysBefore: total };
      total += step.responseDays;
      return row;
    });
}

/** The longest a matter can take to climb the whole ladder, in days. */
export const escalationDays = (doc: GovernanceCharterDocument): number => doc.escalation.reduce((n, e) => n + e.responseDays, 0);

/** The operating rhythm as a calendar: meetings grouped by cadence, from weekly to annual. */
export function rhythmCalendar(doc: GovernanceCharterDocument): Array<{ cadence: Cadence; label: string; rhythms: OperatingRhythm[] }> {
  return CADENCES.map((cadence) => ({ cadence, label: CADENCE_LABEL[cadence], rhythms: doc.rhythms.filter((r) => r.cadence === cadence) })).filter(
    (g) => g.rhythms.length,
  );
}

export interface CharterAdvice {
  path: string;
  message: string;
}

/** What a governance adviser would point out; shown as guidance, never blocking. */
export function charterAdvice(doc: GovernanceCharterDocument): CharterAdvice[] {
  const advice: CharterAdvice[] = [];
  doc.bodies.forEach((b, i) => {
    if (b.members.length < 2) advice.push({ path: `/bodies/${i}/members`, message: `${b.name} has ${b.members.length === 0 ? 'no members' : 'one member'}: a joint body needs people from both sides.` });
    if (!b.decisionRights.trim()) advice.push({ path: `/bodies/${i}/decisionRights`, message: `${b.name} has no decision rights: say what it decides.` });
  });
  const levels = doc.escalation.map((e) => e.level);
  const repeated = levels.filter((l, i) => levels.indexOf(l) !== i);
  if (repeated.length) advice.push({ path: '/escalation', message: `Escalation level ${repeated[0]} appears more than once: each step of the ladder needs its own level.` });
  doc.escalation.forEach((e, i) => {
    if (!e.owner.trim()) advice.push({ path: `/escalation/${i}/owner`, message: `Escalation level ${e.level} has no owner.` });
  });
  if (doc.bodies.length && !doc.exitCriteria.length) advice.push({ path: '/exitCriteria', message: 'No exit criteria yet: agree how either side may leave before you need to.' });
  return advice;
}
