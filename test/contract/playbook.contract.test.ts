/** <pw-playbook> passes the contract every worksheet element passes (see worksheet-contract.ts). */
import '../../src/index.js';
import { samplePlaybook } from '../../src/models/index.js';
import { runWorksheetContract } from './worksheet-contract.js';

runWorksheetContract({
  tag: 'pw-playbook',
  kind: 'playbook',
  sample: samplePlaybook,
  invalid: (s) => {
    const doc = s as ReturnType<typeof samplePlaybook>;
    const risk = doc.sections[3] as ReturnType<typeof samplePlaybook>['sections'][number] & { risks: Array<Record<string, unknown>> };
    return [
      { name: 'a section of an unknown kind', input: { ...doc, sections: [{ kind: 'weather-report', version: 1, title: 'x' }] }, path: '/sections/0/kind' },
      { name: 'a playbook inside a playbook', input: { ...doc, sections: [doc] }, path: '/sections/0/kind' },
      { name: 'an invalid section', input: { ...doc, sections: [{ ...risk, risks: [{ ...risk.risks[0], likelihood: 9 }] }] }, path: '/sections/0/risks/0/likelihood' },
      { name: 'sections that are not a list', input: { ...doc, sections: {} }, path: '/sections' },
    ];
  },
  edit: async (el) => {
    // A real edit inside a section: the risk register's "Add risk" button.
    const register = el.querySelector('pw-risk-register')!;
    register.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
});
