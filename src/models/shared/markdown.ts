/** Escapes text so that Markdown shows it literally (no links, emphasis, HTML or table breaks). */
export function mdText(value: unknown): string {
  return String(value ?? '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|<>~&])/g, '\\$1')
    // A line start that Markdown would read as a list item, a rule or an underline ("- x", "---", "1. x").
    // Before a digit a backslash would be printed, so for "1. x" it is the dot that is escaped; "7.5" stays.
    .replace(/^(\s*)([-=])(?=\s|$|[-=])/, '$1\\$2')
    .replace(/^(\s*)(\d+)\.(?=\s|$)/, '$1$2\\.');
}

/** A Markdown table; every cell escaped. */
export function mdTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const line = (cells: ReadonlyArray<unknown>) => `| ${cells.map((c) => mdText(c) || ' ').join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
