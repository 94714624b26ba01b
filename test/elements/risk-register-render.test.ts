// Rendering cost (issue 9): an edit to one risk renders that risk's row again and no other.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/risk-register.js';
import type { PwRiskRegister } from '../../src/index.js';
import { sampleRiskRegister, type Risk, type RiskRegisterDocument } from '../../src/models/index.js';

const N = 60;

function bigRegister(): RiskRegisterDocument {
  const base = sampleRiskRegister();
  const risks = Array.from({ length: N }, (_, i) => ({ ...base.risks[i % base.risks.length]!, id: `risk-${i + 1}`, title: `Risk ${i + 1}` }));
  return { ...base, risks };
}

/**
 * Puts counting proxies in place of the element's risks: only a row's template reads a risk's `mitigation`
 * (the summary, heat map and filters do not), so reads of it count rows rendered.
 */
function countRowRenders(el: PwRiskRegister): Map<string, number> {
  const reads = new Map<string, number>();
  const host = el as unknown as { doc: RiskRegisterDocument };
  host.doc = {
    ...host.doc,
    risks: host.doc.risks.map(
      (risk) =>
        new Proxy(risk, {
          get(target, key, receiver) {
            if (key === 'mitigation') reads.set(target.id, (reads.get(target.id) ?? 0) + 1);
            return Reflect.get(target, key, receiver) as unknown;
          },
        }) as Risk,
    ),
  };
  return reads;
}

describe('<pw-risk-register> rendering', () => {
  it('renders only the edited row again when one likelihood changes', async () => {
    const el = await fixture<PwRiskRegister>(html`<pw-risk-register today="2026-11-25"></pw-risk-register>`);
    el.value = bigRegister();
    await el.updateComplete;
    const reads = countRowRenders(el);
    await el.updateComplete;
    expect(reads.size, 'every row rendered with the new risks').to.equal(N);
    reads.clear();

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('tr[data-id="risk-30"] select[aria-label^="Likelihood of"]')!;
    select.value = select.value === '5' ? '1' : '5';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;

    // The edit copies risk-30 (one read of the old object); no other risk is read by a row template.
    expect([...reads.keys()]).to.deep.equal(['risk-30']);
    expect(el.value.risks[29]!.likelihood).to.equal(Number(select.value));
    expect(el.shadowRoot!.querySelector('tr[data-id="risk-30"] select[aria-label^="Likelihood of"]')).to.equal(select);
  });

  it('shows each select’s value from a shared option list, and follows undo', async () => {
    const el = await fixture<PwRiskRegister>(html`<pw-risk-register today="2026-11-25"></pw-risk-register>`);
    el.value = sampleRiskRegister();
    await el.updateComplete;
    const first = el.value.risks[0]!;
    const row = el.shadowRoot!.querySelector(`tr[data-id="${first.id}"]`)!;
    const pick = (label: string) => row.querySelector<HTMLSelectElement>(`select[aria-label^="${label}"]`)!;
    expect(pick('Category of').value).to.equal(first.category);
    expect(pick('Likelihood of').value).to.equal(String(first.likelihood));
    expect(pick('Residual likelihood of').value).to.equal(first.residualLikelihood === undefined ? '' : String(first.residualLikelihood));
    expect(pick('Status of').value).to.equal(first.status);
    expect(pick('Category of').options.length).to.equal(9);
    expect(pick('Residual impact of').options[0]!.textContent).to.equal('–');

    const status = pick('Status of');
    status.value = first.status === 'closed' ? 'open' : 'closed';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    el.undo();
    await el.updateComplete;
    expect(status.value).to.equal(first.status);
  });
});

describe('<pw-risk-register> with a long register', () => {
  it('draws more than 1,000 rows in steps, says how far it has got, and updateComplete waits for the last row', async () => {
    const base = sampleRiskRegister();
    const risks = Array.from({ length: 1600 }, (_, i) => ({ ...base.risks[i % base.risks.length]!, id: `long-${i}`, title: `Risk ${i}` }));
    const el = await fixture<PwRiskRegister>(html`<pw-risk-register></pw-risk-register>`);
    el.value = { ...base, risks };
    // The first update draws the first step only, and says so.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const first = el.shadowRoot!.querySelectorAll('tbody tr').length;
    expect(first).to.be.greaterThan(0);
    expect(first).to.be.lessThan(1600);
    expect(el.shadowRoot!.querySelector('.drawing')?.textContent).to.match(/^Showing [\d,]+ of 1,600 risks/);
    // updateComplete resolves once every row is drawn; the note is gone.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(1600);
    expect(el.shadowRoot!.querySelector('.drawing') === null, 'no drawing note').to.equal(true);
    expect(el.value.risks).to.have.length(1600);
  });

  it('labels the cells of a narrow register’s cards from one label per column, and none when wide', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 360px"><pw-risk-register today="2026-11-25"></pw-risk-register></div>`);
    const el = wrap.querySelector<PwRiskRegister>('pw-risk-register')!;
    el.value = sampleRiskRegister();
    await el.updateComplete;
    const shown = () =>
      [...el.shadowRoot!.querySelectorAll('tr[data-id="risk-1"] td[data-col]')].map((td) => getComputedStyle(td, '::before').content);
    expect(shown()).to.deep.equal(['"Inherent"', '"Residual"', '"Response and mitigation"', '"Owner"', '"Status and review"']);
    el.readonly = true;
    await el.updateComplete;
    expect(shown()).to.deep.equal(['"Inherent"', '"Residual"', '"Response and mitigation"', '"Owner"', '"Status and review"']);
    wrap.style.width = '1200px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shown().every((content) => content === 'none' || content === 'normal')).to.equal(true);
  });
});
