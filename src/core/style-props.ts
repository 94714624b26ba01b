import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | number | undefined | null>;

/**
 * Sets CSS properties (including custom properties) on an element through the CSSOM, never through a `style`
 * attribute, so that the worksheets run under `style-src 'self'` without `'unsafe-inline'`.
 * Usage: `<div ${styleProps({ width: '40%', '--options': 3 })}>`. Names are CSS names (kebab-case).
 */
class StyleProps extends Directive {
  /** What this directive set, by name: unchanged values are not set again on each render. */
  private applied = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() belongs in an element position: <div ${styleProps({…})}>');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      const text = String(value);
      if (this.applied.get(name) !== text) style.setProperty(name, text);
      next.set(name, text);
    }
    for (const name of this.applied.keys()) if (!next.has(name)) style.removeProperty(name);
    this.applied = next;
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
