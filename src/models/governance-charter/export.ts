import { mdTable, mdText } from '../shared/markdown.js';
import { CADENCE_LABEL, escalationLadder, rhythmCalendar } from './selectors.js';
import type { GovernanceCharterDocument, VotingRule } from './types.js';

const VOTING_LABEL: Record<VotingRule, string> = {
  consensus: 'consensus',
  'simple-majority': 'simple majority',
  'two-thirds': 'two-thirds majority',
  unanimous: 'unanimity',
  'chair-decides': 'the chair decides after consultation',
};

/** The charter as a document a steering council would sign: bodies, escalation, rhythm, exit. */
export function governanceCharterToMarkdown(doc: GovernanceCharterDocument): string {
  const out: string[] = [`# ${mdText(doc.title.trim() || 'Joint governance charter')}`, ''];
  out.push('## 1. Governing bodies', '');
  if (!doc.bodies.length) out.push('_None defined yet._', '');
  for (const b of doc.bodies) {
    out.push(`### ${mdText(b.name)}`, '');
    out.push(`- **Meets:** ${CADENCE_LABEL[b.cadence].toLowerCase()}`);
    out.push(`- **Members:** ${b.members.length ? b.members.map(mdText).join('; ') : '—'}`);
    out.push(`- **Decision rights:** ${mdText(b.decisionRights) || '—'}`);
    if (b.quorum) out.push(`- **Quorum:** ${mdText(b.quorum)}`);
    if (b.voting) out.push(`- **Decisions by:** ${VOTING_LABEL[b.voting]}`);
    out.push('');
  }
  out.push('## 2. Escalation', '');
  const ladder = escalationLadder(doc);
  if (ladder.length) {
    out.push('A matter that is not resolved within the response time moves to the next level.', '');
    out.push(mdTable(['Level', 'Trigger', 'Owner', 'Response (days)'], ladder.map((e) => [e.level, e.trigger, e.owner, e.responseDays])), '');
  } else out.push('_No escalation path defined yet._', '');
  out.push('## 3. Operating rhythm', '');
  const calendar = rhythmCalendar(doc);
  if (calendar.length) {
    const rows = calendar.flatMap((g) => g.rhythms.map((r) => [g.label, r.name, r.participants.join('; '), r.outputs]));
    out.push(mdTable(['Cadence', 'Meeting', 'Participants', 'Outputs'], rows), '');
  } else out.push('_No meetings defined yet._', '');
  out.push('## 4. Exit criteria', '');
  if (doc.exitCriteria.length) doc.exitCriteria.forEach((c, i) => out.push(`${i + 1}. ${mdText(c.text)}`));
  else out.push('_None defined yet._');
  out.push('');
  return out.join('\n');
}
