import * as v from 'valibot';
import type { KindSpec } from '../shared/kind.js';
import { validateWith } from '../shared/kind.js';
import { coded, type ValidationError } from '../shared/result.js';
import { KIND_LABEL, PLAYBOOK_VERSION, type PlaybookDocument, type PlaybookSection } from './types.js';

export const PlaybookSchema = v.looseObject({
  kind: v.literal('playbook', 'kind must be "playbook".'),
  version: v.literal(1, 'version must be 1.'),
  title: v.string('title must be text.'),
  sections: v.array(
    v.looseObject({ kind: v.string('Each section needs a "kind".') }, 'Each section must be a worksheet document (a JSON object).'),
    'sections must be a list of worksheet documents.',
  ),
});

/** A section's name for people: its own title, or what its kind is called. */
export const sectionName = (section: { kind?: unknown; title?: unknown }, index: number): string =>
  (typeof section.title === 'string' && section.title.trim()) ||
  (typeof section.kind === 'string' && KIND_LABEL[section.kind]) ||
  `Section ${index + 1}`;

export interface SectionCheck {
  index: number;
  name: string;
  result: ReturnType<typeof validateWith<PlaybookSection>>;
}

/** Each section checked against its own kind, so that a playbook can load the good ones and name the bad. */
export function checkSections(
  sections: readonly unknown[],
  specFor: (kind: unknown) => KindSpec<any> | undefined,
): SectionCheck[] {
  return sections.map((section, index) => {
    const s = (section ?? {}) as { kind?: unknown };
    const spec = s.kind === 'playbook' ? undefined : specFor(s.kind);
    const name = sectionName(s as PlaybookSection, index);
    const result: SectionCheck['result'] = spec
      ? validateWith(spec, section)
      : {
          ok: false,
          errors: [
            s.kind === 'playbook'
              ? coded('/kind', 'A playbook cannot hold another playbook.', 'nestedPlaybook')
              : coded('/kind', `Unknown worksheet kind ${JSON.stringify(s.kind)}.`, 'unknownKind', { kind: String(JSON.stringify(s.kind)) }),
          ],
        };
    return { index, name, result };
  });
}

/** The playbook kind, built around the registry of section kinds (which, in turn, lists the playbook). */
export function createPlaybookSpec(specFor: (kind: unknown) => KindSpec<any> | undefined, toMarkdown: KindSpec<PlaybookDocument>['toMarkdown']): KindSpec<PlaybookDocument> {
  return {
    kind: 'playbook',
    version: PLAYBOOK_VERSION,
    schema: PlaybookSchema,
    check: (doc) => {
      const errors: ValidationError[] = [];
      for (const c of checkSections(doc.sections, specFor)) {
        if (!c.result.ok) {
          // A section's problem keeps its code, and names the section (`section`), so that it can be said in any language.
          for (const e of c.result.errors) {
            const path = `/sections/${c.index}${e.path}`;
            const message = `${c.name}: ${e.message}`;
            errors.push(e.code ? coded(path, message, e.code, { ...e.params, section: c.name }) : { path, message });
          }
        }
      }
      return errors;
    },
    empty: () => ({ kind: 'playbook', version: 1, title: '', sections: [] }),
    toMarkdown,
  };
}
