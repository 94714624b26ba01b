import { toCsvText } from '../shared/csv.js';
import { mdTable, mdText } from '../shared/markdown.js';
import {
  formatPercent,
  isJoint,
  keyResultProgress,
  latestCheckIn,
  objectiveNotes,
  objectiveScore,
  okrBand,
  teamName,
  teamSummaries,
  withUnit,
} from './selectors.js';
import { BAND_LABEL, type Objective, type OkrBuilderDocument } from './types.js';

const CSV_HEADER = [
  'objectiveId', 'objective', 'objectiveOwners', 'joint', 'objectiveScore', 'objectiveBand',
  'keyResultId', 'keyResult', 'owner', 'start', 'target', 'current', 'unit', 'progress', 'confidence',
  'checkIns', 'lastCheckInDate', 'lastCheckInNote',
];

const round = (n: number | undefined, digits = 3): number | undefined => (n === undefined ? undefined : Math.round(n * 10 ** digits) / 10 ** digits);
const ownersText = (doc: OkrBuilderDocument, o: Objective): string => o.owners.map((id) => teamName(doc.teams, id)).join('; ');

/** The key results as CSV, one a row, with their objective, progress and band. Formula-safe. */
export function okrBuilderToCSV(doc: OkrBuilderDocument): string {
  const rows = doc.objectives.flatMap((o) => {
    const score = objectiveScore(o);
    const head = [o.id, o.title, ownersText(doc, o), isJoint(o) ? 'yes' : 'no', round(score), score === undefined ? '' : okrBand(score)];
    if (!o.keyResults.length) return [[...head, '', '', '', '', '', '', '', '', '', '0', '', '']];
    return o.keyResults.map((kr) => {
      const last = latestCheckIn(kr);
      return [
        ...head, kr.id, kr.title, teamName(doc.teams, kr.owner), kr.start, kr.target, kr.current, kr.unit,
        round(keyResultProgress(kr)), kr.confidence, kr.checkIns?.length ?? 0, last?.date, last?.note,
      ];
    });
  });
  return toCsvText([CSV_HEADER, ...rows]);
}

const scoreText = (score: number | undefined): string =>
  score === undefined ? 'no key results yet' : `${formatPercent(score)} (${okrBand(score)}: ${BAND_LABEL[okrBand(score)].toLowerCase()})`;

/** The OKR sheet as a team would paste it in a document: objectives with their key-result tables, then the team summary. */
export function okrBuilderToMarkdown(doc: OkrBuilderDocument): string {
  const title = doc.title.trim() || 'Joint OKRs';
  const lines = [`# ${mdText(title)}`, ''];
  const facts = [doc.period ? `**Period:** ${mdText(doc.period)}` : '', doc.teams.length ? `**Teams:** ${doc.teams.map((t) => mdText(t.name || t.id)).join(', ')}` : '']
    .filter(Boolean)
    .join(' · ');
  if (facts) lines.push(facts, '');
  if (!doc.objectives.length) {
    lines.push('_No objectives yet._');
    return lines.join('\n') + '\n';
  }
  doc.objectives.forEach((o, i) => {
    lines.push(`## ${i + 1}. ${mdText(o.title || 'Untitled objective')}`, '');
    const owners = o.owners.map((id) => mdText(teamName(doc.teams, id))).join(' + ') || '—';
    lines.push(`**Owners:** ${owners}${isJoint(o) ? ' (joint)' : ''} · **Score:** ${mdText(scoreText(objectiveScore(o)))}`, '');
    if (o.keyResults.length) {
      const rows = o.keyResults.map((kr) => [
        kr.title,
        teamName(doc.teams, kr.owner) || '—',
        withUnit(kr.start, kr.unit),
        withUnit(kr.target, kr.unit),
        withUnit(kr.current, kr.unit),
        formatPercent(keyResultProgress(kr)),
        kr.confidence === undefined ? '—' : formatPercent(kr.confidence),
      ]);
      lines.push(mdTable(['Key result', 'Owner', 'Start', 'Target', 'Current', 'Progress', 'Confidence'], rows), '');
    }
    const notes = o.keyResults.flatMap((kr) => {
      const last = latestCheckIn(kr);
      return last ? [`- ${mdText(kr.title)}: ${mdText(last.date)}, ${mdText(withUnit(last.value, kr.unit))}${last.note ? `: ${mdText(last.note)}` : ''}`] : [];
    });
    if (notes.length) lines.push('Latest check-ins:', '', ...notes, '');
    const coach = objectiveNotes(o, i, doc.teams);
    if (coach.length) lines.push(...coach.map((n) => `> Coach: ${mdText(n.message)}`), '');
  });
  const summary = teamSummaries(doc);
  if (summary.length) {
    const cell = (g: { count: number; score: number | undefined }) => (g.score === undefined ? '—' : `${formatPercent(g.score)} (${g.count})`);
    lines.push('## Score per team', '');
    lines.push(
      mdTable(
        ['Team', 'Joint objectives', 'Own objectives', 'Key results owned'],
        summary.map((s) => [s.team.name || s.team.id, cell(s.joint), cell(s.solo), cell(s.keyResults)]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
