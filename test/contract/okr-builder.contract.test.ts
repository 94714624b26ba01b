/** <pw-okr-builder> passes the contract every worksheet element passes (see worksheet-contract.ts). */
import '../../src/define/okr-builder.js';
import { sampleOkrBuilder } from '../../src/models/okr-builder/index.js';
import { runWorksheetContract } from './worksheet-contract.js';

type Doc = ReturnType<typeof sampleOkrBuilder>;

/** The sample with key result 0 of objective 0 patched. */
const krPatched = (doc: Doc, patch: Record<string, unknown>): Doc => ({
  ...doc,
  objectives: [{ ...doc.objectives[0]!, keyResults: [{ ...doc.objectives[0]!.keyResults[0]!, ...patch }] }],
});

runWorksheetContract({
  tag: 'pw-okr-builder',
  kind: 'okr-builder',
  sample: sampleOkrBuilder,
  invalid: (s) => {
    const doc = s as Doc;
    const o = doc.objectives;
    return [
      { name: 'a target equal to the start', input: krPatched(doc, { start: 3, target: 3 }), path: '/objectives/0/keyResults/0/target' },
      { name: 'an unknown owner team on an objective', input: { ...doc, objectives: [{ ...o[0], owners: ['ours', 'stratus'] }] }, path: '/objectives/0/owners/1' },
      { name: 'an unknown owner team on a key result', input: krPatched(doc, { owner: 'stratus' }), path: '/objectives/0/keyResults/0/owner' },
      { name: 'a confidence above 1', input: krPatched(doc, { confidence: 80 }), path: '/objectives/0/keyResults/0/confidence' },
      { name: 'a current value that is text', input: krPatched(doc, { current: 'twelve' }), path: '/objectives/0/keyResults/0/current' },
      { name: 'duplicate objective ids', input: { ...doc, objectives: [o[0], { ...o[1], id: o[0]!.id }] }, path: '/objectives/1/id' },
      { name: 'a check-in on an impossible date', input: krPatched(doc, { checkIns: [{ id: 'c', date: '2027-02-30', value: 1 }] }), path: '/objectives/0/keyResults/0/checkIns/0/date' },
    ];
  },
  edit: async (el) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add-objective')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
});
