import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** What each field of a row is called, from the row's name ("Owner of {name}"), by its `data-field` or `data-action`. */
export type FieldNames = Readonly<Record<string, (name: string) => string>>;

/**
 * Names the fields of a row (`aria-label`) by what each edits (`data-field`) or does (`data-action`), whenever the
 * row's name or the names themselves (the language) change. One directive on the row instead of a binding on every
 * field: a binding keeps its own copy of its text, and a table of a thousand rows has over ten thousand labels.
 * Usage: `<tr ${fieldLabels(risk.title, names)}>…<select data-field="owner">`.
 */
class FieldLabels extends Directive {
  private name?: string;
  private names?: FieldNames;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fieldLabels() belongs in an element position: <tr ${fieldLabels(…)}>');
  }

  render(_name: string, _names: FieldNames): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, names]: [string, FieldNames]): typeof noChange {
    if (name === this.name && names === this.names) return noChange;
    this.name = name;
    this.names = names;
    for (const field of part.element.querySelectorAll<HTMLElement>('[data-field], [data-action]')) {
      const label = names[field.dataset.field ?? field.dataset.action!];
      if (label) field.setAttribute('aria-label', label(name));
    }
    return noChange;
  }
}

export const fieldLabels = directive(FieldLabels);
