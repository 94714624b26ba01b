/** <pw-segmentation-matrix> passes the contract every worksheet element passes (see worksheet-contract.ts). */
import '../../src/define/segmentation-matrix.js';
import { sampleSegmentationMatrix } from '../../src/models/index.js';
import { runWorksheetContract } from './worksheet-contract.js';

runWorksheetContract({
  tag: 'pw-segmentation-matrix',
  kind: 'segmentation-matrix',
  sample: sampleSegmentationMatrix,
  invalid: (s) => {
    const doc = s as ReturnType<typeof sampleSegmentationMatrix>;
    const p = doc.partners;
    return [
      { name: 'a coordinate above 100', input: { ...doc, partners: [{ ...p[0], x: 101 }] }, path: '/partners/0/x' },
      { name: 'a coordinate below 0', input: { ...doc, partners: [{ ...p[0], y: -4 }] }, path: '/partners/0/y' },
      { name: 'an unknown segment id', input: { ...doc, partners: [{ ...p[0], segment: 'neoclouds' }] }, path: '/partners/0/segment' },
      { name: 'duplicate partner ids', input: { ...doc, partners: [p[0], { ...p[1], id: p[0]!.id }] }, path: '/partners/1/id' },
      { name: 'three quadrant labels', input: { ...doc, quadrants: ['a', 'b', 'c'] }, path: '/quadrants' },
      { name: 'a colour that is not hex', input: { ...doc, segments: [{ ...doc.segments[0], color: 'url(#x)' }, ...doc.segments.slice(1)] }, path: '/segments/0/color' },
    ];
  },
  edit: async (el) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
});
