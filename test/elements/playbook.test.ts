import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { PwPlaybook } from '../../src/index.js';
import { emptySegmentationMatrix, samplePlaybook, sampleRiskRegister, toMarkdown } from '../../src/models/index.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const settle = async (el: PwPlaybook) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

describe('<pw-playbook>', () => {
  it('hands each section to a worksheet child, creating the children in order', async () => {
    const el = await fixture<PwPlaybook>(html`<pw-playbook></pw-playbook>`);
    el.value = samplePlaybook();
    await settle(el);
    expect([...el.children].map((c) => c.localName)).to.deep.equal(['pw-segmentation-matrix', 'pw-deal-comparator', 'pw-okr-builder', 'pw-risk-register', 'pw-governance-charter']);
    expect((el.querySelector('pw-risk-register') as unknown as { value: unknown }).value).to.deep.equal(sampleRiskRegister());
    expect($$(el, '[part="section-link"] button').map((b) => b.textContent)).to.deep.equal(samplePlaybook().sections.map((s) => s.title));
  });

  it('gathers worksheets an author placed inside it, and marks empty and started sections', async () => {
    const el = await fixture<PwPlaybook>(html`<pw-playbook>
      <pw-segmentation-matrix></pw-segmentation-matrix>
      <pw-risk-register .value=${sampleRiskRegister()}></pw-risk-register>
    </pw-playbook>`);
    await settle(el);
    expect(el.value.sections.map((s) => s.kind)).to.deep.equal(['segmentation-matrix', 'risk-register']);
    expect(el.value.sections[0]).to.deep.equal(emptySegmentationMatrix());
    expect($$(el, '[part="section-link"] .state').map((s) => s.textContent)).to.deep.equal(['empty', 'started']);
  });

  it('turns an edit inside a section into one playbook change and one undo step', async () => {
    const el = await fixture<PwPlaybook>(html`<pw-playbook></pw-playbook>`);
    el.value = samplePlaybook();
    await settle(el);
    const targets: EventTarget[] = [];
    document.addEventListener('change', (e) => targets.push(e.target!));
    el.querySelector('pw-risk-register')!.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await settle(el);
    expect(targets).to.deep.equal([el]);
    expect((el.value.sections[3] as ReturnType<typeof sampleRiskRegister>).risks).to.have.length(13);
    el.undo();
    await settle(el);
    expect(el.value).to.deep.equal(samplePlaybook());
    expect((el.querySelector('pw-risk-register') as unknown as { value: { risks: unknown[] } }).value.risks).to.have.length(12);
  });

  it('imports a playbook file: valid sections load, an invalid one is named', async () => {
    const el = await fixture<PwPlaybook>(html`<pw-playbook></pw-playbook>`);
    await settle(el);
    const doc = samplePlaybook();
    (doc.sections[1] as unknown as { criteria: Array<{ weight: number }> }).criteria[0]!.weight = -5;
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify(doc)], 'playbook.json'));
    input.files = dt.files;
    const refused = oneEvent(el, 'pw-invalid');
    input.dispatchEvent(new Event('change'));
    const e = await refused;
    await settle(el);
    expect(el.value.sections.map((s) => s.kind)).to.deep.equal(['segmentation-matrix', 'okr-builder', 'risk-register', 'governance-charter']);
    expect(e.detail.errors[0]!.path).to.equal('/sections/1');
    const alert = $(el, '[role="alert"]').textContent!;
    expect(alert).to.contain('without one section');
    expect(alert).to.contain(`${doc.sections[1]!.title} was not loaded`);
  });

  it('passes review mode and the theme to every section', async () => {
    const el = await fixture<PwPlaybook>(html`<pw-playbook readonly theme="dark"></pw-playbook>`);
    el.value = samplePlaybook();
    await settle(el);
    expect([...el.children].every((c) => c.hasAttribute('readonly') && c.getAttribute('theme') === 'dark')).to.equal(true);
    el.readonly = false;
    await settle(el);
    expect([...el.children].some((c) => c.hasAttribute('readonly'))).to.equal(false);
  });

  it('exports the whole playbook as Markdown with each section one level down', () => {
    const md = toMarkdown(samplePlaybook());
    expect(md.startsWith('# Nimbus Cloud alliance: partnership strategy playbook\n')).to.equal(true);
    expect(md.includes('\n## Co-sold GPU cloud alliance: risk register\n')).to.equal(true);
    expect(md.includes('\n### 1. Governing bodies\n')).to.equal(true);
    expect(md.includes('\n# Co-sold')).to.equal(false);
  });
});
