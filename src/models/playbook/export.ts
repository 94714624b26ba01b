import type { KindSpec } from '../shared/kind.js';
import { mdText } from '../shared/markdown.js';
import { ENGLISH, type ReportVoice } from '../shared/report.js';
import type { PlaybookDocument } from './types.js';

/** The whole playbook in Markdown: its title, then each section with its headings one level down. */
export function playbookToMarkdown(doc: PlaybookDocument, specFor: (kind: unknown) => KindSpec<any> | undefined, voice: ReportVoice = ENGLISH): string {
  const { say } = voice;
  const parts = [`# ${mdText(doc.title.trim() || say('Partnership strategy playbook'))}`, ''];
  if (!doc.sections.length) parts.push(say('_No sections yet._'), '');
  for (const section of doc.sections) {
    const md = specFor(section.kind)?.toMarkdown(section, voice) ?? '';
    // Fenced code has no headings in our exports, so every line that starts with # is a heading.
    parts.push(md.replace(/^(#{1,5}) /gm, '#$1 ').trimEnd(), '');
  }
  return parts.join('\n');
}
