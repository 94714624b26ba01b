/** <pw-governance-charter> passes the contract every worksheet element passes (see worksheet-contract.ts). */
import '../../src/define/governance-charter.js';
import { sampleGovernanceCharter } from '../../src/models/index.js';
import { runWorksheetContract } from './worksheet-contract.js';

runWorksheetContract({
  tag: 'pw-governance-charter',
  kind: 'governance-charter',
  sample: sampleGovernanceCharter,
  invalid: (s) => {
    const doc = s as ReturnType<typeof sampleGovernanceCharter>;
    return [
      { name: 'an unknown cadence', input: { ...doc, rhythms: [{ ...doc.rhythms[0], cadence: 'fortnightly-ish' }] }, path: '/rhythms/0/cadence' },
      { name: 'negative response days', input: { ...doc, escalation: [{ ...doc.escalation[0], responseDays: -2 }] }, path: '/escalation/0/responseDays' },
      { name: 'a level that is not a whole number', input: { ...doc, escalation: [{ ...doc.escalation[0], level: 1.5 }] }, path: '/escalation/0/level' },
      { name: 'members that are not a list', input: { ...doc, bodies: [{ ...doc.bodies[0], members: 'CEO, CTO' }] }, path: '/bodies/0/members' },
      { name: 'duplicate exit criterion ids', input: { ...doc, exitCriteria: [doc.exitCriteria[0], { ...doc.exitCriteria[1], id: doc.exitCriteria[0]!.id }] }, path: '/exitCriteria/1/id' },
    ];
  },
  edit: async (el) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-add="exitCriteria"]')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
});
