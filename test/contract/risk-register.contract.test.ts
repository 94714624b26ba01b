/** <pw-risk-register> passes the contract every worksheet element passes (see worksheet-contract.ts). */
import '../../src/define/risk-register.js';
import { sampleRiskRegister } from '../../src/models/index.js';
import { runWorksheetContract } from './worksheet-contract.js';

runWorksheetContract({
  tag: 'pw-risk-register',
  kind: 'risk-register',
  sample: sampleRiskRegister,
  invalid: (s) => {
    const risks = (s as ReturnType<typeof sampleRiskRegister>).risks;
    return [
      { name: 'a likelihood out of range', input: { ...s, risks: [{ ...risks[0], likelihood: 6 }] }, path: '/risks/0/likelihood' },
      { name: 'an impact that is not an integer', input: { ...s, risks: [{ ...risks[0], impact: 2.5 }] }, path: '/risks/0/impact' },
      { name: 'an unknown category', input: { ...s, risks: [{ ...risks[0], category: 'weather' }] }, path: '/risks/0/category' },
      { name: 'duplicate ids', input: { ...s, risks: [risks[0], { ...risks[1], id: risks[0]!.id }] }, path: '/risks/1/id' },
      { name: 'an empty risk title', input: { ...s, risks: [{ ...risks[0], title: '  ' }] }, path: '/risks/0/title' },
      { name: 'an impossible review date', input: { ...s, risks: [{ ...risks[0], reviewDate: '2026-02-30' }] }, path: '/risks/0/reviewDate' },
    ];
  },
  edit: async (el) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
});
