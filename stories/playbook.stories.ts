import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { PwPlaybook } from '../src/index.js';
import { samplePlaybook, sampleRiskRegister, type PlaybookDocument } from '../src/models/index.js';

interface Args {
  document: PlaybookDocument | string | undefined;
  readonly: boolean;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Worksheets/Playbook',
  component: 'pw-playbook',
  tags: ['autodocs'],
  args: { readonly: false, theme: 'light' },
  argTypes: {
    document: { control: 'object', description: 'The playbook document given to `value`.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: ({ document, readonly, theme }) => html`<pw-playbook .value=${document} ?readonly=${readonly} theme=${theme}></pw-playbook>`,
  parameters: {
    docs: {
      description: {
        component:
          'The partnership strategy playbook: the worksheet elements placed inside it, gathered into one document with a table of contents (each section empty or started), one autosave, exports of the whole (JSON, Markdown) and a print-ready view where each section starts on a new page.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const element = (c: HTMLElement) => c.querySelector<PwPlaybook>('pw-playbook')!;

/** The full sample playbook: every worksheet, in course order. */
export const Sample: Story = {
  args: { document: samplePlaybook() },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.children).toHaveLength(5));
    await expect(el.shadowRoot!.querySelectorAll('[part="section-link"]')).toHaveLength(5);
  },
};

/** Written by an author in HTML: two worksheets inside, one still empty. */
export const FromMarkup: Story = {
  render: () => html`<pw-playbook>
    <p>Complete both worksheets, then export the playbook as Markdown for your portfolio.</p>
    <pw-segmentation-matrix></pw-segmentation-matrix>
    <pw-risk-register .value=${sampleRiskRegister()}></pw-risk-register>
  </pw-playbook>`,
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.value.sections).toHaveLength(2));
    const states = [...el.shadowRoot!.querySelectorAll('[part="section-link"] .state')].map((s) => s.textContent);
    await expect(states).toEqual(['empty', 'started']);
  },
};

/** An empty playbook. */
export const Empty: Story = { args: { document: undefined } };

/** Review mode: every section read-only. */
export const Readonly: Story = {
  args: { document: samplePlaybook(), readonly: true },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect([...el.children].every((c) => c.hasAttribute('readonly'))).toBe(true));
  },
};

/** A playbook with an invalid section is refused as a whole through `value`, and says which section. */
export const InvalidSection: Story = {
  args: {
    document: {
      ...samplePlaybook(),
      sections: [{ ...sampleRiskRegister(), risks: [{ ...sampleRiskRegister().risks[0]!, impact: 8 }] }],
    },
  },
  play: async ({ canvasElement }) => {
    const alert = element(canvasElement).shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    await expect(alert).toContain('/sections/0/risks/0/impact');
    await expect(alert).toContain('Co-sold GPU cloud alliance: risk register');
  },
};

/** The dark scheme reaches every section. */
export const Dark: Story = { args: { document: samplePlaybook(), theme: 'dark' } };
