import type { KindSpec } from '../shared/kind.js';
import { mdText } from '../shared/markdown.js';
import type { PlaybookDocument } from './types.js';

/** The whole playbook in Markdown: its title, then each section with its headings one level down. */
export function playbookToMarkdown(doc: PlaybookDocument, specFor: (kind: unknown) => KindSpec<any> | undefined): string {
  const parts = [`# ${mdText(doc.title.trim() || 'Partnership strategy playbook')}`, ''];
  if (!doc.sections.length) parts.push('_No sections yet._', '');
  for (const section of doc.sections) {
    const md = specFor(section.kind)?.toMarkdown(section) ?? '';
    // Fenced code has no headings in our exports, so every line that starts with # is a heading.
    parts.push(md.replace(/^(#{1,5}) /gm, '#$1 ').trimEnd(), '');
  }
  return parts.join('\n');
}
