import { duplicateIds } from '../shared/ids.js';
import type { KindSpec } from '../shared/kind.js';
import { coded, type ValidationError } from '../shared/result.js';
import { okrBuilderToCSV, okrBuilderToMarkdown } from './export.js';
import { emptyOkrBuilder } from './sample.js';
import { OkrBuilderSchema } from './schema.js';
import { OKR_BUILDER_VERSION, type OkrBuilderDocument } from './types.js';

/** Rules the schema cannot express: unique ids, team references, a measurable target. */
function check(doc: OkrBuilderDocument): ValidationError[] {
  const errors = [...duplicateIds(doc.teams, '/teams'), ...duplicateIds(doc.objectives, '/objectives')];
  const known = new Set(doc.teams.map((t) => t.id));
  const ids = doc.teams.map((t) => `"${t.id}"`).join(', ');
  const unknown = (path: string, id: string) => coded(path, `Unknown team "${id}"; the teams are ${ids || 'none defined'}.`, 'unknownTeam', { team: id, teams: ids || '—' });
  doc.objectives.forEach((o, i) => {
    const at = `/objectives/${i}`;
    const seen = new Set<string>();
    o.owners.forEach((owner, k) => {
      if (!known.has(owner)) errors.push(unknown(`${at}/owners/${k}`, owner));
      else if (seen.has(owner)) errors.push(coded(`${at}/owners/${k}`, `The team "${owner}" is listed twice as an owner.`, 'ownerTwice', { team: owner }));
      seen.add(owner);
    });
    errors.push(...duplicateIds(o.keyResults, `${at}/keyResults`));
    o.keyResults.forEach((kr, j) => {
      const krAt = `${at}/keyResults/${j}`;
      if (kr.owner && !known.has(kr.owner)) errors.push(unknown(`${krAt}/owner`, kr.owner));
      if (kr.target === kr.start) {
        const message = `The target (${kr.target}) equals the start: progress cannot be measured. Set a target above or below the start.`;
        errors.push(coded(`${krAt}/target`, message, 'targetIsStart', { target: kr.target }));
      }
      if (kr.checkIns) errors.push(...duplicateIds(kr.checkIns, `${krAt}/checkIns`));
    });
  });
  return errors;
}

export const okrBuilderSpec: KindSpec<OkrBuilderDocument> = {
  kind: 'okr-builder',
  version: OKR_BUILDER_VERSION,
  schema: OkrBuilderSchema,
  check,
  empty: emptyOkrBuilder,
  toMarkdown: okrBuilderToMarkdown,
  toCSV: okrBuilderToCSV,
};
