import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { PwRiskRegister } from '../src/index.js';
import { sampleRiskRegister, type RiskRegisterDocument } from '../src/models/index.js';
import { largeRiskRegister } from './fixtures.js';

interface Args {
  document: RiskRegisterDocument | string | undefined;
  readonly: boolean;
  theme: 'light' | 'dark' | 'auto';
  today: string;
  style: string;
}

const TODAY = '2026-11-25';

const meta: Meta<Args> = {
  title: 'Worksheets/Risk register',
  component: 'pw-risk-register',
  tags: ['autodocs'],
  args: { readonly: false, theme: 'light', today: TODAY, style: '' },
  argTypes: {
    document: { control: 'object', description: 'The document given to `value`.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    style: { control: 'text', description: 'Inline CSS: try `--pw-color-accent: #7a2bd1`.' },
  },
  render: ({ document, readonly, theme, today, style }) =>
    html`<pw-risk-register .value=${document} ?readonly=${readonly} theme=${theme} today=${today} style=${style}></pw-risk-register>`,
  parameters: {
    docs: {
      description: {
        component:
          'Learners list the risks of a partnership (antitrust, data sharing, regulatory, IP and more), rate each one before and after treatment, and read the register as a heat map. Choose a heat-map cell to filter the table.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const element = (canvasElement: HTMLElement) => canvasElement.querySelector<PwRiskRegister>('pw-risk-register')!;
const root = (canvasElement: HTMLElement) => element(canvasElement).shadowRoot!;

/** A new register: the learner starts here. */
export const Empty: Story = {
  args: { document: undefined },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await expect(root(canvasElement).textContent).toContain('No risks yet');
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('button.add')!);
    await waitFor(() => expect(el.value.risks).toHaveLength(1));
  },
};

/** The preset register for a co-sold GPU cloud alliance. */
export const Sample: Story = {
  args: { document: sampleRiskRegister() },
};

/** Choosing a heat-map cell filters the register; choosing it again (or Escape) clears the filter. */
export const FilterByCell: Story = {
  args: { document: sampleRiskRegister() },
  play: async ({ canvasElement }) => {
    const r = root(canvasElement);
    const cell = r.querySelector<HTMLButtonElement>('.cell[aria-label*="likelihood 3, impact 4"]')!;
    await userEvent.click(cell);
    await waitFor(() => expect(r.querySelectorAll('tbody tr')).toHaveLength(2));
    await expect(cell.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(r.querySelectorAll('tbody tr')).toHaveLength(12));
  },
};

/** Add a risk, rate it, then undo and redo. */
export const AddRateUndo: Story = {
  args: { document: sampleRiskRegister() },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    const r = root(canvasElement);
    await userEvent.click(r.querySelector<HTMLButtonElement>('button.add')!);
    await waitFor(() => expect(el.value.risks).toHaveLength(13));
    const row = r.querySelector('tr[data-id="risk-13"]')!;
    await userEvent.selectOptions(row.querySelector<HTMLSelectElement>('select[aria-label^="Likelihood"]')!, '5');
    await userEvent.selectOptions(row.querySelector<HTMLSelectElement>('select[aria-label^="Impact"]')!, '5');
    await waitFor(() => expect(row.querySelector('.badge')!.textContent).toContain('25 Critical'));
    el.undo();
    await waitFor(() => expect(el.value.risks.at(-1)!.impact).toBe(3));
    el.redo();
    await waitFor(() => expect(el.value.risks.at(-1)!.impact).toBe(5));
  },
};

/** Sort by inherent score, highest first. */
export const SortByScore: Story = {
  args: { document: sampleRiskRegister() },
  play: async ({ canvasElement }) => {
    const r = root(canvasElement);
    await userEvent.click(r.querySelector<HTMLButtonElement>('button[aria-label="Sort by inherent"]')!);
    await waitFor(() => expect(r.querySelector('tbody tr')!.getAttribute('data-id')).toBe('risk-3'));
  },
};

/** 1,000 risks: the register stays usable. */
export const Large: Story = {
  args: { document: largeRiskRegister(1000) },
  // The rows are the Sample story's row template, which axe checks; axe over 1,000 rows takes minutes.
  parameters: { a11y: { test: 'off' } },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelectorAll('tbody tr')).toHaveLength(1000);
    const total = [...root(canvasElement).querySelectorAll('.cell')].reduce((n, c) => n + Number(c.getAttribute('data-count')), 0);
    await expect(total).toBe(1000);
  },
};

/** Review mode, as an instructor reads a submission: everything shown, nothing editable. */
export const Readonly: Story = {
  args: { document: sampleRiskRegister(), readonly: true },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelectorAll('input, select, textarea')).toHaveLength(0);
  },
};

/** A document with mistakes: the element says what is wrong and keeps its state. */
export const InvalidInput: Story = {
  args: {
    document: {
      ...sampleRiskRegister(),
      risks: [{ ...sampleRiskRegister().risks[0]!, likelihood: 7, category: 'weather' as never }],
    },
  },
  play: async ({ canvasElement }) => {
    const alert = root(canvasElement).querySelector('[role="alert"]')!;
    await expect(alert.textContent).toContain('/risks/0/likelihood');
    await expect(alert.textContent).toContain('/risks/0/category');
  },
};

/** Malformed JSON text given to `value`. */
export const MalformedJson: Story = {
  args: { document: '{"kind": "risk-register", "version": 1,' },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelector('[role="alert"]')!.textContent).toContain('not valid JSON');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  args: { document: sampleRiskRegister(), theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Custom tokens: a course's own brand colours and type. */
export const CustomTokens: Story = {
  args: {
    document: sampleRiskRegister(),
    style:
      '--pw-color-accent:#6b2bd1;--pw-color-focus:#6b2bd1;--pw-radius:12px;--pw-font-family:Georgia,serif;--pw-color-surface-raised:#f6f2fd;--pw-band-critical:#e58fb4;--pw-band-high:#f3b58c',
  },
};

/** Narrow: a course page column or a phone (320 px). */
export const Narrow: Story = {
  args: { document: sampleRiskRegister() },
  decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`],
};
