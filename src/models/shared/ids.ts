import { coded, type ValidationError } from './result.js';

/** A new id `<prefix>-<n>`, unique among `taken`. Deterministic, so ops stay pure and tests stay exact. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = used.size + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Paths of items whose `id` repeats an earlier one, with a message naming the first holder. */
export function duplicateIds(
  items: ReadonlyArray<{ id: string }>,
  listPath: string,
): ValidationError[] {
  const first = new Map<string, number>();
  const errors: ValidationError[] = [];
  items.forEach((item, i) => {
    const at = first.get(item.id);
    if (at === undefined) first.set(item.id, i);
    else errors.push(coded(`${listPath}/${i}/id`, `The id "${item.id}" is already used by item ${at + 1}; ids must be unique.`, 'duplicateId', { id: item.id, item: at + 1 }));
  });
  return errors;
}
