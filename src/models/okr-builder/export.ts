import { toCsvText } from '../shared/csv.js';
import { mdTable, mdText } from '../shared/markdown.js';
import { ENGLISH, type ReportVoice } from '../shared/report.js';
import { coachSentence } from './coach.js';
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
import type { Objective, OkrBuilderDocument } from './types.js';

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

/** The OKR sheet as a team would paste it in a document: objectives with their key-result tables, then the team summary. */
export function okrBuilderToMarkdown(doc: OkrBuilderDocument, voice: ReportVoice = ENGLISH): string {
  const { say } = voice;
  const inUnit = (n: number, unit?: string): string => withUnit(n, unit, voice.locale);
  const percent = (share: number): string => formatPercent(share, voice.locale);
  // A score and its band in one sentence, so that the band's words can be said in context.
  const scoreText = (score: number | undefined): string => {
    if (score === undefined) return say('no key results yet');
    const params = { percent: percent(score) };
    switch (okrBand(score)) {
      case 'green':
        return say('{percent} (green: on track)', params);
      case 'yellow':
        return say('{percent} (yellow: needs attention)', params);
      case 'red':
        return say('{percent} (red: at risk)', params);
    }
  };

  const title = doc.title.trim() || say('Joint OKRs');
  const lines = [`# ${mdText(title)}`, ''];
  const facts = [
    doc.period ? say('**Period:** {period}', { period: mdText(doc.period) }) : '',
    doc.teams.length ? say('**Teams:** {teams}', { teams: doc.teams.map((t) => mdText(t.name || t.id)).join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (facts) lines.push(facts, '');
  if (!doc.objectives.length) {
    lines.push(say('_No objectives yet._'));
    return lines.join('\n') + '\n';
  }
  doc.objectives.forEach((o, i) => {
    lines.push(`## ${i + 1}. ${mdText(o.title || say('Untitled objective'))}`, '');
    const owners = o.owners.map((id) => mdText(teamName(doc.teams, id))).join(' + ') || '—';
    const score = mdText(scoreText(objectiveScore(o)));
    lines.push(isJoint(o) ? say('**Owners:** {owners} (joint) · **Score:** {score}', { owners, score }) : say('**Owners:** {owners} · **Score:** {score}', { owners, score }), '');
    if (o.keyResults.length) {
      const rows = o.keyResults.map((kr) => [
        kr.title,
        teamName(doc.teams, kr.owner) || '—',
        inUnit(kr.start, kr.unit),
        inUnit(kr.target, kr.unit),
        inUnit(kr.current, kr.unit),
        percent(keyResultProgress(kr)),
        kr.confidence === undefined ? '—' : percent(kr.confidence),
      ]);
      const header = [say('Key result'), say('Owner'), say('Start'), say('Target'), say('Current'), say('Progress'), say('Confidence')];
      lines.push(mdTable(header, rows), '');
    }
    const notes = o.keyResults.flatMap((kr) => {
      const last = latestCheckIn(kr);
      if (!last) return [];
      const params = { keyResult: mdText(kr.title), date: mdText(last.date), value: mdText(inUnit(last.value, kr.unit)) };
      return [last.note ? say('- {keyResult}: {date}, {value}: {note}', { ...params, note: mdText(last.note) }) : say('- {keyResult}: {date}, {value}', params)];
    });
    if (notes.length) lines.push(say('Latest check-ins:'), '', ...notes, '');
    const coach = objectiveNotes(o, i, doc.teams);
    if (coach.length) lines.push(...coach.map((n) => say('> Coach: {note}', { note: mdText(coachSentence(n, o, i, doc.teams, voice)) })), '');
  });
  const summary = teamSummaries(doc);
  if (summary.length) {
    const cell = (g: { count: number; score: number | undefined }) => (g.score === undefined ? '—' : `${percent(g.score)} (${g.count})`);
    lines.push(say('## Score per team'), '');
    lines.push(
      mdTable(
        [say('Team'), say('Joint objectives'), say('Own objectives'), say('Key results owned')],
        summary.map((s) => [s.team.name || s.team.id, cell(s.joint), cell(s.solo), cell(s.keyResults)]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
