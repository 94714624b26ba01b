import { expect } from '@open-wc/testing';

// The one-file bundle (built by `npm run build`) loads alone, twice, and defines every element.
const BUNDLE = '/dist/partnership-worksheets.bundle.js';
const load = (copy: number) => import(/* @vite-ignore */ `${BUNDLE}?copy=${copy}`);

describe('dist/partnership-worksheets.bundle.js', () => {
  it('can be loaded twice on one page without throwing', async () => {
    const first = await load(1);
    const second = await load(2);
    expect(first).not.to.equal(second);
    expect(customElements.get('pw-risk-register')).to.equal(first.PwRiskRegister);
    expect(typeof second.validate).to.equal('function');
    expect(second.validate(second.sampleRiskRegister()).ok).to.equal(true);
  });

  it('renders a worksheet from the bundle alone', async () => {
    const { sampleRiskRegister } = await load(1);
    const el = document.createElement('pw-risk-register') as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
    document.body.append(el);
    el.value = sampleRiskRegister();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(12);
    el.remove();
  });
});
