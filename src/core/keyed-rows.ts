import { noChange } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import { getCommittedValue, setChildPartValue } from 'lit/directive-helpers.js';
import { repeat } from 'lit/directives/repeat.js';

type Key<T> = (item: T) => unknown;
type Row<T> = (item: T, index: number) => unknown;

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A keyed list, as Lit's `repeat`, with a fast path for the most common render of a long list: the same items in
 * the same order, where one of them was edited. `repeat` calls the row function for every item and visits every
 * row's part, which is most of a render of a 1,000-row table when one row changed. Here, when the keys are the same
 * and in the same order and `deps` (what every row depends on: the language, readonly…) are unchanged, only the
 * rows whose item is not the same object as last time are rendered again. Anything else (a row added, removed or
 * moved, or a dep changed) goes through `repeat`, which keeps the rows' DOM and moves it.
 * Usage: `<tbody>${keyedRows(risks, (r) => r.id, (r) => renderRow(r), [readonly, labels])}</tbody>`.
 */
class KeyedRows extends Directive {
  private items?: readonly unknown[];
  private keys: unknown[] = [];
  private deps: readonly unknown[] = [];

  render(items: readonly unknown[], key: Key<unknown>, row: Row<unknown>, _deps: readonly unknown[]): unknown {
    return repeat(items, key, row);
  }

  override update(part: ChildPart, [items, key, row, deps]: [readonly unknown[], Key<unknown>, Row<unknown>, readonly unknown[]]): unknown {
    const previous = this.items;
    const parts = getCommittedValue(part);
    this.items = items;
    if (previous !== undefined && Array.isArray(parts) && parts.length === items.length && previous.length === items.length && same(deps, this.deps)) {
      // An item that is the same object as last time has the same key; only the others are asked for theirs.
      const changed: number[] = [];
      let i = 0;
      for (; i < items.length; i++) {
        if (items[i] === previous[i]) continue;
        if (key(items[i]) !== this.keys[i]) break;
        changed.push(i);
      }
      if (i === items.length) {
        for (const c of changed) setChildPartValue(parts[c] as ChildPart, row(items[c], c));
        return noChange;
      }
    }
    this.keys = items.map(key);
    this.deps = deps;
    return repeat(items, key, row);
  }
}

const keyedRowsDirective = directive(KeyedRows);

export const keyedRows = keyedRowsDirective as <T>(items: readonly T[], key: Key<T>, row: Row<T>, deps: readonly unknown[]) => DirectiveResult<typeof KeyedRows>;
