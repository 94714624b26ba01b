import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { PwGovernanceCharter } from '../src/index.js';
import { sampleGovernanceCharter, type GovernanceCharterDocument } from '../src/models/index.js';

interface Args {
  document: GovernanceCharterDocument | string | undefined;
  readonly: boolean;
  theme: 'light' | 'dark' | 'auto';
  style: string;
}

const meta: Meta<Args> = {
  title: 'Worksheets/Governance charter',
  component: 'pw-governance-charter',
  tags: ['autodocs'],
  args: { readonly: false, theme: 'light', style: '' },
  argTypes: {
    document: { control: 'object', description: 'The document given to `value`.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    style: { control: 'text', description: 'Inline CSS: try `--pw-ladder-fill: #e6f0ff`.' },
  },
  render: ({ document, readonly, theme, style }) =>
    html`<pw-governance-charter .value=${document} ?readonly=${readonly} theme=${theme} style=${style}></pw-governance-charter>`,
  parameters: {
    docs: {
      description: {
        component:
          'Learners write the joint governance charter of a partnership: the governing bodies with their members, decision rights, quorum and voting; the escalation ladder; the operating rhythm from weekly to annual; and the exit criteria. The Markdown export reads as a charter document.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const element = (c: HTMLElement) => c.querySelector<PwGovernanceCharter>('pw-governance-charter')!;
const root = (c: HTMLElement) => element(c).shadowRoot!;

/** A new charter, with the offer of a sample. */
export const Empty: Story = {
  args: { document: undefined },
  play: async ({ canvasElement }) => {
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('.empty button')!);
    await waitFor(() => expect(element(canvasElement).value.escalation).toHaveLength(4));
  },
};

/** The preset charter for an AI-infrastructure alliance. */
export const Sample: Story = { args: { document: sampleGovernanceCharter() } };

/** Reorder meetings with the keyboard: focus Move up and press Enter. */
export const Reorder: Story = {
  args: { document: sampleGovernanceCharter() },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    root(canvasElement).querySelector<HTMLButtonElement>('[data-id="rhythm-5"] button[data-move="up"]')!.focus();
    await userEvent.keyboard('{Enter}{Enter}');
    await waitFor(() => expect(el.value.rhythms[2]!.id).toBe('rhythm-5'));
  },
};

/** A large charter: many bodies, levels and meetings. */
export const Large: Story = {
  args: {
    document: (() => {
      const base = sampleGovernanceCharter();
      const times = <T extends { id: string }>(items: T[], n: number, prefix: string) =>
        Array.from({ length: n }, (_, i) => ({ ...items[i % items.length]!, id: `${prefix}-${i + 1}` }));
      return {
        ...base,
        title: 'A large alliance charter',
        bodies: times(base.bodies, 12, 'body'),
        escalation: times(base.escalation, 8, 'level').map((e, i) => ({ ...e, level: i + 1 })),
        rhythms: times(base.rhythms, 30, 'rhythm'),
        exitCriteria: times(base.exitCriteria, 12, 'exit'),
      };
    })(),
  },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelectorAll('[part="body"]')).toHaveLength(12);
    await expect(root(canvasElement).querySelectorAll('.step')).toHaveLength(8);
  },
};

/** Review mode: the charter reads as a document. */
export const Readonly: Story = {
  args: { document: sampleGovernanceCharter(), readonly: true },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelectorAll('input, select, textarea')).toHaveLength(0);
  },
};

/** A document with mistakes: an unknown cadence and negative response days are named. */
export const InvalidInput: Story = {
  args: {
    document: {
      ...sampleGovernanceCharter(),
      rhythms: [{ ...sampleGovernanceCharter().rhythms[0]!, cadence: 'fortnightly-ish' as never }],
      escalation: [{ ...sampleGovernanceCharter().escalation[0]!, responseDays: -3 }],
    },
  },
  play: async ({ canvasElement }) => {
    const text = root(canvasElement).querySelector('[role="alert"]')!.textContent!;
    await expect(text).toContain('/rhythms/0/cadence');
    await expect(text).toContain('/escalation/0/responseDays');
  },
};

/** The dark scheme. */
export const Dark: Story = { args: { document: sampleGovernanceCharter(), theme: 'dark' } };

/** Custom tokens. */
export const CustomTokens: Story = {
  args: { document: sampleGovernanceCharter(), style: '--pw-ladder-fill:#e7efff;--pw-color-accent:#0b6e4f;--pw-radius:10px;--pw-font-family:Georgia,serif' },
};

/** Narrow: a course page column or a phone (320 px). */
export const Narrow: Story = {
  args: { document: sampleGovernanceCharter() },
  decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`],
};
