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
): Array<{ path: string; message: string }> {
  const first = new Map<string, number>();
  const errors: Array<{ path: string; message: string }> = [];
  items.forEach((item, i) => {
    const at = first.get(item.id);
    if (at === undefined) first.set(item.id, i);
    else errors.push({ path: `${listPath}/${i}/id`, message: `The id "${item.id}" is already used by item ${at + 1}; ids must be unique.` });
  });
  return errors;
}
