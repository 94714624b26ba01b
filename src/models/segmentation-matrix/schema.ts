import * as v from 'valibot';
import { HEX_COLOUR } from '../shared/formats.js';

const text = (field: string) => v.string(`${field} must be text.`);

const coordinate = (field: string) =>
  v.pipe(
    v.number(`${field} must be a number from 0 to 100.`),
    v.minValue(0, `${field} must be from 0 to 100.`),
    v.maxValue(100, `${field} must be from 0 to 100.`),
  );

const AxisSchema = v.looseObject({ label: text('label'), low: text('low'), high: text('high') });

export const SegmentSchema = v.looseObject({
  id: v.pipe(text('id'), v.minLength(1, 'id must not be empty.')),
  label: text('label'),
  color: v.optional(v.pipe(text('color'), v.regex(HEX_COLOUR, 'color must be a hex colour such as #0072b2.'))),
});

export const PartnerSchema = v.looseObject({
  id: v.pipe(text('id'), v.minLength(1, 'id must not be empty.')),
  name: v.pipe(text('name'), v.trim(), v.minLength(1, 'A partner needs a name.')),
  segment: text('segment'),
  x: coordinate('x'),
  y: coordinate('y'),
  size: v.optional(v.pipe(v.number('size must be a number.'), v.minValue(0, 'size must not be negative.'))),
  notes: v.optional(text('notes')),
});

export const SegmentationMatrixSchema = v.looseObject({
  kind: v.literal('segmentation-matrix', 'kind must be "segmentation-matrix".'),
  version: v.literal(1, 'version must be 1.'),
  title: text('title'),
  axes: v.looseObject({ x: AxisSchema, y: AxisSchema }),
  quadrants: v.pipe(
    v.array(text('A quadrant label'), 'quadrants must be a list of four labels.'),
    v.length(4, 'quadrants must be four labels, in the order top-right, top-left, bottom-left, bottom-right.'),
  ),
  segments: v.array(SegmentSchema, 'segments must be a list.'),
  partners: v.array(PartnerSchema, 'partners must be a list.'),
});
