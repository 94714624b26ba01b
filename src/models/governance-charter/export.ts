import { mdTable, mdText } from '../shared/markdown.js';
import { ENGLISH, type ReportVoice } from '../shared/report.js';
import { CADENCE_LABEL, escalationLadder, rhythmCalendar } from './selectors.js';
import type { Cadence, GovernanceCharterDocument, VotingRule } from './types.js';

/** How the report words a voting rule (after "Decisions by:"). */
const votingText = (say: ReportVoice['say'], rule: VotingRule): string =>
  ({
    consensus: say('consensus'),
    'simple-majority': say('simple majority'),
    'two-thirds': say('two-thirds majority'),
    unanimous: say('unanimity'),
    'chair-decides': say('the chair decides after consultation'),
  })[rule];

/** The charter as a document a steering council would sign: bodies, escalation, rhythm, exit. */
export function governanceCharterToMarkdown(doc: GovernanceCharterDocument, voice: ReportVoice = ENGLISH): string {
  const { say } = voice;
  // A cadence as the worksheet names it (the models' English label otherwise).
  const cadence = (c: Cadence): string => say(CADENCE_LABEL[c], undefined, `charter.cadence.${c}`);
  const out: string[] = [`# ${mdText(doc.title.trim() || say('Joint governance charter'))}`, ''];
  out.push(say('## 1. Governing bodies'), '');
  if (!doc.bodies.length) out.push(say('_None defined yet._'), '');
  for (const b of doc.bodies) {
    out.push(`### ${mdText(b.name)}`, '');
    out.push(say('- **Meets:** {cadence}', { cadence: cadence(b.cadence).toLowerCase() }));
    out.push(say('- **Members:** {members}', { members: b.members.length ? b.members.map(mdText).join('; ') : '—' }));
    out.push(say('- **Decision rights:** {rights}', { rights: mdText(b.decisionRights) || '—' }));
    if (b.quorum) out.push(say('- **Quorum:** {quorum}', { quorum: mdText(b.quorum) }));
    if (b.voting) out.push(say('- **Decisions by:** {rule}', { rule: votingText(say, b.voting) }));
    out.push('');
  }
  out.push(say('## 2. Escalation'), '');
  const ladder = escalationLadder(doc);
  if (ladder.length) {
    out.push(say('A matter that is not resolved within the response time moves to the next level.'), '');
    out.push(mdTable([say('Level'), say('Trigger'), say('Owner'), say('Response (days)')], ladder.map((e) => [e.level, e.trigger, e.owner, e.responseDays])), '');
  } else out.push(say('_No escalation path defined yet._'), '');
  out.push(say('## 3. Operating rhythm'), '');
  const calendar = rhythmCalendar(doc);
  if (calendar.length) {
    const rows = calendar.flatMap((g) => g.rhythms.map((r) => [cadence(g.cadence), r.name, r.participants.join('; '), r.outputs]));
    out.push(mdTable([say('Cadence'), say('Meeting'), say('Participants'), say('Outputs')], rows), '');
  } else out.push(say('_No meetings defined yet._'), '');
  out.push(say('## 4. Exit criteria'), '');
  if (doc.exitCriteria.length) doc.exitCriteria.forEach((c, i) => out.push(`${i + 1}. ${mdText(c.text)}`));
  else out.push(say('_None defined yet._'));
  out.push('');
  return out.join('\n');
}
