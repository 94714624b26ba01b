import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** A fixed list of `<option>`s, built once as DOM and cloned into every `<select>` that shows it. */
export class OptionList {
  private fragment?: DocumentFragment;
  constructor(private readonly entries: ReadonlyArray<readonly [value: string, label: string]>) {}

  /** A fresh copy of the options. */
  clone(): Node {
    if (!this.fragment) {
      this.fragment = document.createDocumentFragment();
      for (const [value, label] of this.entries) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = label;
        this.fragment.append(option);
      }
    }
    return this.fragment.cloneNode(true);
  }
}

class SelectOptions extends Directive {
  private list?: OptionList;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('selectOptions() belongs on a <select> element');
  }

  render(_list: OptionList, _value: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [list, value]: [OptionList, string]): typeof noChange {
    const select = part.element as HTMLSelectElement;
    if (list !== this.list) {
      select.replaceChildren(list.clone());
      this.list = list;
    }
    // Like `live()`: compare with what the control shows, which the user may have changed.
    if (select.value !== value) select.value = value;
    return noChange;
  }
}

/**
 * Fills a `<select>` with a fixed option list and selects `value`. Rows with many selects render much faster
 * than with one template per `<option>` (a 1,000-risk register has 40,000 options), and the markup is the same.
 */
export const selectOptions = directive(SelectOptions);
