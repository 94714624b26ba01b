import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WorksheetElement, WorksheetDocument } from '../src/index.js';
import { sampleDealComparator, sampleRiskRegister, sampleSegmentationMatrix, samplePlaybook } from '../src/models/index.js';

const meta: Meta = {
  title: 'Languages/In use',
  parameters: {
    docs: {
      description: {
        component:
          'Each worksheet follows the nearest `lang` and `dir`. These stories set them on a wrapper, as a course page would; the toolbar’s **Language** and **Direction** menus do the same for every other story.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const worksheet = (canvasElement: HTMLElement) => canvasElement.querySelector<WorksheetElement<WorksheetDocument>>('[data-story] > *')!;
const exportLabel = (el: Element) => el.shadowRoot!.querySelector('#export-label')!.textContent!.trim();

/** A risk register in a German page: words, numbers and dates in German; the document is unchanged. */
export const German: Story = {
  render: () => html`<div data-story lang="de"><pw-risk-register today="2026-11-25" .value=${sampleRiskRegister()}></pw-risk-register></div>`,
  play: async ({ canvasElement }) => {
    const el = worksheet(canvasElement);
    await waitFor(() => expect(exportLabel(el)).toBe('Exportieren'));
    await expect(el.shadowRoot!.textContent).toContain('Risiko hinzufügen');
    await expect(el.value).toEqual(sampleRiskRegister());
  },
};

/** A deal comparator in a Spanish page: amounts and percentages written the Spanish way. */
export const Spanish: Story = {
  render: () => html`<div data-story lang="es"><pw-deal-comparator .value=${sampleDealComparator()}></pw-deal-comparator></div>`,
  play: async ({ canvasElement }) => {
    const el = worksheet(canvasElement);
    await waitFor(() => expect(exportLabel(el)).toBe('Exportar'));
    await expect(el.shadowRoot!.textContent).toContain('Añadir opción');
  },
};

/** The segmentation matrix right to left: the layout and the x axis mirror; → still moves a partner to the right. */
export const RightToLeft: Story = {
  render: () => html`<div data-story dir="rtl"><pw-segmentation-matrix .value=${sampleSegmentationMatrix()}></pw-segmentation-matrix></div>`,
  play: async ({ canvasElement }) => {
    const el = worksheet(canvasElement);
    await waitFor(() => expect(getComputedStyle(el).direction).toBe('rtl'));
  },
};

/** A playbook in German: its sections follow the playbook's language. */
export const PlaybookInGerman: Story = {
  render: () => html`<div data-story lang="de"><pw-playbook .value=${samplePlaybook()}></pw-playbook></div>`,
  play: async ({ canvasElement }) => {
    const playbook = worksheet(canvasElement);
    await waitFor(() => expect(exportLabel(playbook)).toBe('Exportieren'));
    // The sections are the playbook's own children (slotted), created from its document.
    await waitFor(() => expect(playbook.querySelector('pw-risk-register, pw-okr-builder, pw-deal-comparator')).not.toBeNull());
    const section = playbook.querySelector('pw-risk-register, pw-okr-builder, pw-deal-comparator')!;
    await waitFor(() => expect(exportLabel(section)).toBe('Exportieren'));
  },
};

/** An author's own words, without code: a `data-messages` script inside the element. */
export const AuthorWords: Story = {
  render: () => html`<div data-story>
    <pw-risk-register completable .value=${sampleRiskRegister()}>
      <script type="application/json" data-messages>
        { "core.markComplete": "I have finished", "core.export": "Hand in as" }
      </script>
    </pw-risk-register>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = worksheet(canvasElement);
    await waitFor(() => expect(exportLabel(el)).toBe('Hand in as'));
    await expect(el.shadowRoot!.querySelector('button.complete')!.textContent!.trim()).toBe('I have finished');
  },
};
