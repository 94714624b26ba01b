import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PwPlaybook, PwRiskRegister } from '../../src/index.js';
import { samplePlaybook, sampleRiskRegister } from '../../src/models/index.js';
import { defaultActivityId, XAPI_VERBS, XapiController, xapiStatement, type XapiStatement } from '../../src/core/xapi.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);

/** Every `pw-xapi` statement that reaches the document. */
function record(): { statements: XapiStatement[]; stop: () => void } {
  const statements: XapiStatement[] = [];
  const on = (e: Event) => statements.push((e as CustomEvent<XapiStatement>).detail);
  document.addEventListener('pw-xapi', on);
  return { statements, stop: () => document.removeEventListener('pw-xapi', on) };
}

async function typeTitle(el: HTMLElement, text: string): Promise<void> {
  const title = $<HTMLTextAreaElement>(el, 'textarea[part="title"]');
  title.value = text;
  title.dispatchEvent(new Event('input', { bubbles: true }));
  title.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('xAPI statements (pw-xapi)', () => {
  it('builds a statement with the verb IRI, the activity, and the document as the response, and no actor', () => {
    const doc = sampleRiskRegister();
    const s = xapiStatement('answered', { kind: 'risk-register', title: doc.title, activityId: 'https://lms.example/x#pw-a', document: doc }, {}, new Date(0));
    expect(s.verb).to.deep.equal({ id: XAPI_VERBS.answered, display: { 'en-US': 'answered' } });
    expect(s.object.id).to.equal('https://lms.example/x#pw-a');
    expect(s.object.definition.name['en-US']).to.equal(doc.title);
    expect(JSON.parse(s.result.response)).to.deep.equal(doc);
    expect(s.timestamp).to.equal('1970-01-01T00:00:00.000Z');
    expect('actor' in s).to.equal(false);
    expect(defaultActivityId('risk-register', 'course 1/risks', 'https://lms.example/page?x=1#top')).to.equal('https://lms.example/page#pw-course%201%2Frisks');
    expect(defaultActivityId('okr-builder', null, 'about:srcdoc')).to.equal('urn:partnership-worksheets:page#pw-okr-builder');
  });

  it('sends `progressed` once the learner pauses, and at once when the page hides', async () => {
    const rec = record();
    try {
      const el = await fixture<PwRiskRegister>(html`<pw-risk-register activity-id="https://lms.example/risks"></pw-risk-register>`);
      el.value = sampleRiskRegister();
      await el.updateComplete;
      await typeTitle(el, 'First');
      await typeTitle(el, 'Second');
      expect(rec.statements).to.deep.equal([]); // debounced
      window.dispatchEvent(new Event('pagehide'));
      expect(rec.statements.map((s) => s.verb.display['en-US'])).to.deep.equal(['progressed']);
      expect(JSON.parse(rec.statements[0]!.result.response).title).to.equal('Second');
      expect(rec.statements[0]!.object.id).to.equal('https://lms.example/risks');
      // …and on its own after the pause.
      await typeTitle(el, 'Third');
      await waitUntil(() => rec.statements.length === 2, 'no progressed after the pause', { timeout: XapiController.DEBOUNCE_MS + 2000 });
      expect(JSON.parse(rec.statements[1]!.result.response).title).to.equal('Third');
    } finally {
      rec.stop();
    }
  });

  it('sends `completed` from the "Mark complete" toggle (completable), keyboard operable, with its state in text', async () => {
    const el = await fixture<PwRiskRegister>(html`<pw-risk-register completable></pw-risk-register>`);
    el.value = sampleRiskRegister();
    await el.updateComplete;
    const toggle = buttonNamed(el, 'Mark complete')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    const event = oneEvent(el, 'pw-xapi');
    toggle.click();
    const statement = (await event).detail as XapiStatement;
    expect(statement.verb.id).to.equal(XAPI_VERBS.completed);
    expect(statement.result.completion).to.equal(true);
    await el.updateComplete;
    expect(el.complete).to.equal(true);
    expect(el.hasAttribute('complete')).to.equal(true);
    expect(buttonNamed(el, 'Completed')!.getAttribute('aria-pressed')).to.equal('true');
    // No toggle without the attribute, none in review mode.
    const plain = await fixture<PwRiskRegister>(html`<pw-risk-register></pw-risk-register>`);
    expect(buttonNamed(plain, 'Mark complete')).to.equal(undefined);
    el.readonly = true;
    await el.updateComplete;
    expect(buttonNamed(el, 'Completed')).to.equal(undefined);
  });

  it('sends `answered` when the learner exports the work to hand in', async () => {
    const el = await fixture<PwRiskRegister>(html`<pw-risk-register></pw-risk-register>`);
    el.value = sampleRiskRegister();
    await el.updateComplete;
    const event = oneEvent(el, 'pw-xapi');
    // The export makes a download link and clicks it; stop the navigation in this test page.
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('click', stop, true);
    try {
      buttonNamed(el, 'JSON')!.click();
    } finally {
      document.removeEventListener('click', stop, true);
    }
    const statement = (await event).detail as XapiStatement;
    expect(statement.verb.display['en-US']).to.equal('answered');
    expect(JSON.parse(statement.result.response)).to.deep.equal(el.value);
  });

  it('a playbook speaks for its sections: one activity, and its sections show no author actions', async () => {
    const rec = record();
    try {
      const el = await fixture<PwPlaybook>(html`<pw-playbook></pw-playbook>`);
      el.value = samplePlaybook();
      await el.updateComplete;
      await waitUntil(() => el.children.length === samplePlaybook().sections.length);
      const section = el.children[0] as PwRiskRegister; // any worksheet
      await section.updateComplete;
      expect(section.hasAttribute('learner'), section.outerHTML.slice(0, 200)).to.equal(true);
      expect(buttonNamed(section, 'Embed code…')).to.equal(undefined);
      expect(buttonNamed(el, 'Embed code…')).not.to.equal(undefined);
      await typeTitle(section, 'Edited inside the playbook');
      window.dispatchEvent(new Event('pagehide'));
      expect(rec.statements.length).to.equal(1);
      expect(rec.statements[0]!.object.definition.extensions['https://partnership-worksheets.dev/xapi/kind']).to.equal('playbook');
      expect(JSON.parse(rec.statements[0]!.result.response).sections[0].title).to.equal('Edited inside the playbook');
    } finally {
      rec.stop();
    }
  });
});
