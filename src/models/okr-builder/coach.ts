import type { ReportParams, ReportVoice } from '../shared/report.js';
import { teamName, type CoachNote } from './selectors.js';
import { KEY_RESULTS_MAX, KEY_RESULTS_MIN, type Objective, type Team } from './types.js';

/** A voice's text for a note: the note's own English as a value, so that a "{" in a title is never read as a placeholder. */
const NOTE = '{note}';

/**
 * A coaching note in a voice's language: the worksheet's message for its code (`okr.coach.…`) with the objective's
 * or key result's name and the counts, or the note's own English with a voice that has no such messages (the
 * models'). The objective cards and the Markdown report both say notes this way.
 */
export function coachSentence(note: CoachNote, o: Objective, index: number, teams: readonly Team[], voice: ReportVoice): string {
  // The worksheet's message `key`; with `english` for a voice without it (not report sentences of their own).
  const own = (key: string, english: string, params?: ReportParams): string => voice.say(english, params, key);
  const keyed = (key: string, params: ReportParams): string => voice.say(NOTE, { ...params, note: note.message }, key);
  const quoted = (text: string): string => own('okr.quoted', '“{text}”', { text });
  const title = o.title.trim();
  const name = title ? quoted(title) : own('okr.objective.label', 'Objective {number}', { number: index + 1 });
  const n = o.keyResults.length;
  switch (note.code) {
    case 'too-few-key-results':
      return keyed(n === 0 ? 'okr.coach.noKeyResults' : 'okr.coach.oneKeyResult', { name, min: KEY_RESULTS_MIN, max: KEY_RESULTS_MAX });
    case 'too-many-key-results':
      return keyed('okr.coach.tooMany', { name, count: n, max: KEY_RESULTS_MAX });
    case 'objective-no-owner':
      return keyed('okr.coach.objectiveNoOwner', { name });
    case 'key-result-no-owner': {
      const j = o.keyResults.findIndex((kr) => kr.id === note.keyResultId);
      const krTitle = o.keyResults[j]?.title.trim();
      return keyed('okr.coach.keyResultNoOwner', { name: krTitle ? quoted(krTitle) : own('okr.kr.label', 'Key result {number}', { number: `${index + 1}.${j + 1}` }) });
    }
    case 'joint-one-sided': {
      const only = o.keyResults.find((kr) => kr.owner)?.owner;
      const others = [...new Set(o.owners)].filter((id) => id !== only).map((id) => teamName(teams, id));
      const list = others.length ? new Intl.ListFormat(voice.locale, { type: 'conjunction' }).format(others) : own('okr.coach.otherOwner', 'the other owner');
      return keyed('okr.coach.oneSided', { name, owner: teamName(teams, only), others: list });
    }
    default:
      return note.message;
  }
}
