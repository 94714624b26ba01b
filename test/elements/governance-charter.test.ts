import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/governance-charter.js';
import type { PwGovernanceCharter } from '../../src/index.js';
import { emptyGovernanceCharter, sampleGovernanceCharter, type GovernanceCharterDocument } from '../../src/models/index.js';

async function charter(doc: GovernanceCharterDocument = sampleGovernanceCharter(), readonly = false): Promise<PwGovernanceCharter> {
  const el = await fixture<PwGovernanceCharter>(html`<pw-governance-charter ?readonly=${readonly}></pw-governance-charter>`);
  el.value = doc;
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const type = (field: HTMLTextAreaElement | HTMLInputElement, text: string) => {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('<pw-governance-charter>', () => {
  it('shows bodies, a ladder with a text alternative and a table, the meeting calendar and exit criteria', async () => {
    const el = await charter();
    expect($$(el, '[part="body"]')).to.have.length(3);
    expect($$(el, '.step')).to.have.length(4);
    expect($(el, 'svg[part="ladder"]').getAttribute('aria-label')).to.contain('level 4, Chief executives, then mediation under the agreement, 30 days');
    expect($(el, '.lead').textContent).to.contain('60 days');
    expect($$(el, '.calendar > li .cadence').map((c) => c.textContent)).to.deep.equal(['Weekly', 'Every two weeks', 'Monthly', 'Quarterly', 'Annual']);
    expect($$(el, '.exit li')).to.have.length(4);
  });

  it('edits members one per line, decision rights and voting; each edit is one undo step', async () => {
    const el = await charter();
    const card = $(el, '[data-id="body-3"]');
    type(card.querySelector<HTMLTextAreaElement>('textarea[aria-label^="Members"]')!, 'Runtime Lead (ours)\n\n  Platform Architect (Nimbus)  \nSRE (Nimbus)');
    const voting = card.querySelector<HTMLSelectElement>('select[aria-label^="Voting"]')!;
    voting.value = 'two-thirds';
    voting.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.bodies[2]!.members).to.deep.equal(['Runtime Lead (ours)', 'Platform Architect (Nimbus)', 'SRE (Nimbus)']);
    expect(el.value.bodies[2]!.voting).to.equal('two-thirds');
    el.undo();
    el.undo();
    expect(el.value).to.deep.equal(sampleGovernanceCharter());
  });

  it('reorders with the move buttons, keeping focus on the moved item', async () => {
    const el = await charter();
    $<HTMLButtonElement>(el, '[data-id="rhythm-4"] button[data-move="up"]').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.rhythms.map((r) => r.id)).to.deep.equal(['rhythm-1', 'rhythm-2', 'rhythm-4', 'rhythm-3', 'rhythm-5']);
    expect(el.shadowRoot!.activeElement?.closest('[data-id]')?.getAttribute('data-id')).to.equal('rhythm-4');
    const first = $<HTMLButtonElement>(el, '[data-id="rhythm-1"] button[data-move="up"]');
    expect(first.getAttribute('aria-disabled')).to.equal('true');
    first.click();
    expect(el.value.rhythms[0]!.id).to.equal('rhythm-1');
  });

  it('adds and deletes escalation levels; the ladder follows; undo restores', async () => {
    const el = await charter();
    $<HTMLButtonElement>(el, 'button[data-add="escalation"]').click();
    await el.updateComplete;
    expect(el.value.escalation.at(-1)!.level).to.equal(5);
    expect($$(el, '.step')).to.have.length(5);
    $<HTMLButtonElement>(el, '[data-id="level-2"] button.danger').click();
    await el.updateComplete;
    expect(el.value.escalation.map((e) => e.id)).to.deep.equal(['level-1', 'level-3', 'level-4', 'level-5']);
    el.undo();
    el.undo();
    expect(el.value).to.deep.equal(sampleGovernanceCharter());
  });

  it('refuses a response time out of range and keeps the old one', async () => {
    const el = await charter();
    const days = $<HTMLInputElement>(el, '[data-id="level-1"] input[aria-label^="Response days"]');
    days.value = '-3';
    days.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.escalation[0]!.responseDays).to.equal(5);
    expect(days.value).to.equal('5');
  });

  it('gives guidance on gaps without blocking', async () => {
    const doc = sampleGovernanceCharter();
    doc.bodies[0]!.members = [];
    const el = await charter(doc);
    expect($(el, '[part="advice"]').textContent).to.contain('Joint steering council has no members');
  });

  it('starts empty with an offer of the sample charter', async () => {
    const el = await charter(emptyGovernanceCharter());
    $<HTMLButtonElement>(el, '.empty button').click();
    await el.updateComplete;
    expect(el.value.bodies).to.have.length(3);
    el.undo();
    expect(el.value.bodies).to.have.length(0);
  });

  it('reads as a document in review mode', async () => {
    const el = await charter(sampleGovernanceCharter(), true);
    expect($$(el, 'textarea, input, select')).to.have.length(0);
    expect($(el, '[data-id="body-1"]').textContent).to.contain('Meets quarterly · decides by consensus · quorum: Three of four');
    expect($$(el, '[data-id="body-1"] .people li')).to.have.length(4);
  });
});
