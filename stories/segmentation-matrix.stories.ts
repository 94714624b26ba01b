import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { PwSegmentationMatrix } from '../src/index.js';
import { sampleSegmentationMatrix, type SegmentationMatrixDocument } from '../src/models/index.js';
import { largeSegmentationMatrix } from './fixtures.js';

interface Args {
  document: SegmentationMatrixDocument | string | undefined;
  readonly: boolean;
  theme: 'light' | 'dark' | 'auto';
  style: string;
}

const meta: Meta<Args> = {
  title: 'Worksheets/Segmentation matrix',
  component: 'pw-segmentation-matrix',
  tags: ['autodocs'],
  args: { readonly: false, theme: 'light', style: '' },
  argTypes: {
    document: { control: 'object', description: 'The document given to `value`.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    style: { control: 'text', description: 'Inline CSS: try `--pw-chart-plot: #fff8e6`.' },
  },
  render: ({ document, readonly, theme, style }) =>
    html`<pw-segmentation-matrix .value=${document} ?readonly=${readonly} theme=${theme} style=${style}></pw-segmentation-matrix>`,
  parameters: {
    docs: {
      description: {
        component:
          'Learners place the partners of an AI-infrastructure ecosystem (hyperscalers, hardware vendors, academia, startups) on a 2×2 of two axes they name, and reason about where to invest. Drag points or move them with the arrow keys; the table below edits the same data.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const element = (c: HTMLElement) => c.querySelector<PwSegmentationMatrix>('pw-segmentation-matrix')!;
const root = (c: HTMLElement) => element(c).shadowRoot!;
const point = (c: HTMLElement, id: string) => root(c).querySelector<SVGGElement>(`.point[data-id="${id}"]`)!;

/** A new matrix: axes and quadrants ready, the four course segments, no partners. */
export const Empty: Story = {
  args: { document: undefined },
  play: async ({ canvasElement }) => {
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('.empty button')!);
    await waitFor(() => expect(element(canvasElement).value.partners).toHaveLength(12));
  },
};

/** The preset ecosystem: a dozen fictional partners across the four segments. */
export const Sample: Story = { args: { document: sampleSegmentationMatrix() } };

/** Drag a point with the mouse: one change and one undo step for the whole drag. */
export const DragPoint: Story = {
  args: { document: sampleSegmentationMatrix() },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(point(canvasElement, 'partner-12')).toBeTruthy());
    const g = point(canvasElement, 'partner-12');
    const box = g.getBoundingClientRect();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const fire = (type: string, dx: number, dy: number) =>
      g.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x + dx, clientY: y + dy, pointerId: 1, button: 0 }));
    let changes = 0;
    el.addEventListener('change', () => changes++);
    fire('pointerdown', 0, 0);
    for (let i = 1; i <= 10; i++) fire('pointermove', i * 30, -i * 20);
    fire('pointerup', 300, -200);
    await waitFor(() => expect(el.value.partners[11]!.x).toBeGreaterThan(50));
    await expect(changes).toBe(1);
  },
};

/** Keyboard: arrows move the focused point 1 step, Shift+arrows 10; Page Down goes to the next point. */
export const KeyboardMove: Story = {
  args: { document: sampleSegmentationMatrix() },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(point(canvasElement, 'partner-1')).toBeTruthy());
    point(canvasElement, 'partner-1').focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{Shift>}{ArrowDown}{/Shift}');
    await waitFor(() => expect(el.value.partners[0]).toMatchObject({ x: 80, y: 81 }));
    await userEvent.keyboard('{PageDown}');
    await expect(root(canvasElement).activeElement?.getAttribute('data-id')).toBe('partner-2');
  },
};

/** Hide a segment from the legend: its points, rows and counts leave the view, the document keeps them. */
export const HideSegment: Story = {
  args: { document: sampleSegmentationMatrix() },
  play: async ({ canvasElement }) => {
    await userEvent.click(root(canvasElement).querySelector<HTMLInputElement>('li[data-segment="hyperscalers"] input[type=checkbox]')!);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('.point')).toHaveLength(9));
  },
};

/** 2,000 partners: labels give way to the table and to focus; moving one point redraws only that point. */
export const Large: Story = {
  args: { document: largeSegmentationMatrix(2000) },
  // The markup is the Sample story's, which axe checks; axe over 2,000 points takes minutes.
  parameters: { a11y: { test: 'off' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelectorAll('.point')).toHaveLength(2000));
  },
};

/** Review mode: everything shown, nothing moves. */
export const Readonly: Story = {
  args: { document: sampleSegmentationMatrix(), readonly: true },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(point(canvasElement, 'partner-1')).toBeTruthy());
    point(canvasElement, 'partner-1').focus();
    await userEvent.keyboard('{ArrowRight}{Delete}');
    await expect(el.value).toEqual(sampleSegmentationMatrix());
  },
};

/** A document with mistakes: a coordinate above 100 and an unknown segment are named, nothing changes. */
export const InvalidInput: Story = {
  args: {
    document: {
      ...sampleSegmentationMatrix(),
      partners: [
        { id: 'a', name: 'Off the chart', segment: 'startups', x: 140, y: 20 },
        { id: 'b', name: 'Unknown kind', segment: 'neoclouds', x: 40, y: 20 },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const text = root(canvasElement).querySelector('[role="alert"]')!.textContent!;
    await expect(text).toContain('/partners/0/x');
    await expect(text).toContain('/partners/1/segment');
  },
};

/** The dark scheme. */
export const Dark: Story = { args: { document: sampleSegmentationMatrix(), theme: 'dark' } };

/** Custom tokens. */
export const CustomTokens: Story = {
  args: {
    document: sampleSegmentationMatrix(),
    style: '--pw-color-accent:#6b2bd1;--pw-color-focus:#6b2bd1;--pw-chart-plot:#fbf8ff;--pw-radius:12px;--pw-font-family:Georgia,serif',
  },
};

/** Narrow: a course page column or a phone (320 px). */
export const Narrow: Story = {
  args: { document: sampleSegmentationMatrix() },
  decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`],
};
