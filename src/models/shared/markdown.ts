/** Escapes text so that Markdown shows it literally (no links, emphasis, HTML or table breaks). */
export function mdText(value: unknown): string {
  return String(value ?? '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|<>~&])/g, '\\$1')
    .replace(/^(\s*)(-|=|\d+\.)/, '$1\\$2');
}

/** A Markdown table; every cell escaped. */
export function mdTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const line = (cells: ReadonlyArray<unknown>) => `| ${cells.map((c) => mdText(c) || ' ').join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
