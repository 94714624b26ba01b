/** <pw-deal-comparator> passes the contract every worksheet element passes (see worksheet-contract.ts). */
import '../../src/define/deal-comparator.js';
import { sampleDealComparator } from '../../src/models/deal-comparator/index.js';
import { runWorksheetContract } from './worksheet-contract.js';

runWorksheetContract({
  tag: 'pw-deal-comparator',
  kind: 'deal-comparator',
  sample: sampleDealComparator,
  invalid: (s) => {
    const { criteria, options } = s as ReturnType<typeof sampleDealComparator>;
    const o0 = options[0]!;
    return [
      { name: 'a score of 11', input: { ...s, options: [{ ...o0, scores: { ...o0.scores, 'strategic-fit': 11 } }] }, path: '/options/0/scores/strategic-fit' },
      { name: 'a score that is not a number', input: { ...s, options: [{ ...o0, scores: { ...o0.scores, exit: 'high' } }] }, path: '/options/0/scores/exit' },
      { name: 'a negative weight', input: { ...s, criteria: [{ ...criteria[0], weight: -1 }, ...criteria.slice(1)] }, path: '/criteria/0/weight' },
      { name: 'a score for an unknown criterion', input: { ...s, options: [{ ...o0, scores: { ...o0.scores, ghost: 3 } }] }, path: '/options/0/scores/ghost' },
      { name: 'duplicate option ids', input: { ...s, options: [o0, { ...options[1], id: o0.id }] }, path: '/options/1/id' },
      { name: 'an unknown structure', input: { ...s, options: [{ ...o0, structure: 'merger' }] }, path: '/options/0/structure' },
    ];
  },
  edit: async (el) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add-option')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
});
