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
export const cardLabels = (labels: readonly string[]): DirectiveResult =>
  styleProps(Object.fromEntries(labels.map((text, i) => [`--_pw-label-${i + 1}`, cssString(text)])));
