import type { DirectiveResult } from 'lit/directive.js';
import { styleProps } from './style-props.js';

/** A text as a CSS string, for `content:`: quotes, backslashes and line breaks are escaped. */
export const cssString = (text: string): string => `"${text.replace(/[\\"\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * The labels that a table marked `.cards` shows above its cells when it is narrow and each row is a card.
 * They are set once on the table, as custom properties: a cell marked `data-col="2"` shows the second label.
 * Written on every cell instead, a thousand-row table would hold five thousand copies, each an attribute
 * to keep up to date. Usage: `<table class="cards" ${cardLabels([owner, status])}>` … `<td data-col="1">`.
 */
export const cardLabels = (labels: readonly string[]): DirectiveResult => {
  // A table renders again on every edit with the same few labels: their properties are built once per set.
  const key = labels.join('\n');
  let props = built.get(key);
  if (!props) built.set(key, (props = Object.fromEntries(labels.map((text, i) => [`--_pw-label-${i + 1}`, cssString(text)]))));
  return styleProps(props);
};

/** The properties of each set of labels seen (a few per table and language). */
const built = new Map<string, Record<string, string>>();
