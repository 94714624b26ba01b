import { defineMessages } from '../../core/i18n.js';

/** The governance charter's strings: sections, fields, the escalation ladder, the meeting calendar and guidance. */
const en = {
  'charter.untitled': 'Untitled governance charter',

  // Option labels
  'charter.cadence.weekly': 'Weekly',
  'charter.cadence.biweekly': 'Every two weeks',
  'charter.cadence.monthly': 'Monthly',
  'charter.cadence.quarterly': 'Quarterly',
  'charter.cadence.semiannual': 'Twice a year',
  'charter.cadence.annual': 'Annual',
  'charter.cadence.as-needed': 'As needed',
  'charter.voting.consensus': 'Consensus',
  'charter.voting.simple-majority': 'Simple majority',
  'charter.voting.two-thirds': 'Two-thirds majority',
  'charter.voting.unanimous': 'Unanimity',
  'charter.voting.chair-decides': 'Chair decides',

  // A governing body read as a document
  'charter.meets.weekly': 'Meets weekly',
  'charter.meets.biweekly': 'Meets every two weeks',
  'charter.meets.monthly': 'Meets monthly',
  'charter.meets.quarterly': 'Meets quarterly',
  'charter.meets.semiannual': 'Meets twice a year',
  'charter.meets.annual': 'Meets annually',
  'charter.meets.as-needed': 'Meets as needed',
  'charter.decides.consensus': 'decides by consensus',
  'charter.decides.simple-majority': 'decides by simple majority',
  'charter.decides.two-thirds': 'decides by two-thirds majority',
  'charter.decides.unanimous': 'decides unanimously',
  'charter.decides.chair-decides': 'the chair decides',
  'charter.body.quorumIs': 'quorum: {quorum}',
  'charter.body.decisionRightsIs': 'Decision rights:',

  // Sections
  'charter.bodies.heading': 'Governing bodies',
  'charter.escalation.heading': 'Escalation ladder',
  'charter.rhythm.heading': 'Operating rhythm',
  'charter.exit.heading': 'Exit criteria',
  'charter.advice.heading': 'Guidance',
  'charter.add.bodies': 'Add governing body',
  'charter.add.escalation': 'Add level',
  'charter.add.rhythms': 'Add meeting',
  'charter.add.exitCriteria': 'Add exit criterion',
  'charter.empty.title': 'This charter is empty.',
  'charter.empty.hint': 'Add governing bodies, escalation levels, meetings and exit criteria below, or start from a sample charter for an AI-infrastructure alliance.',
  'charter.empty.loadSample': 'Load the sample charter',

  // Governing body fields
  'charter.body.meets': 'Meets',
  'charter.body.decidesBy': 'Decides by',
  'charter.body.quorum': 'Quorum',
  'charter.body.members': 'Members, one per line',
  'charter.body.decisionRights': 'Decision rights',
  'charter.body.nameOf': 'Name of governing body {n}',
  'charter.body.cadenceOf': 'Cadence of {name}',
  'charter.body.votingOf': 'Voting rule of {name}',
  'charter.body.quorumOf': 'Quorum of {name}',
  'charter.body.membersOf': 'Members of {name}, one per line',
  'charter.body.decisionRightsOf': 'Decision rights of {name}',
  'charter.body.quorumPlaceholder': 'e.g. 3 of 4, both sides present',

  // Escalation
  'charter.level.name': 'escalation level {level}',
  'charter.level.level': 'Level',
  'charter.level.trigger': 'Trigger',
  'charter.level.owner': 'Owner',
  'charter.level.response': 'Response',
  'charter.level.responseDays': 'Response (days)',
  'charter.level.levelOf': 'Level number of {name}',
  'charter.level.triggerOf': 'Trigger of {name}',
  'charter.level.ownerOf': 'Owner of {name}',
  'charter.level.responseOf': 'Response days of {name}',
  'charter.days': { one: '{count} day', other: '{count} days' },
  'charter.ladder.lead': {
    one: '{count} level; a matter can take up to {days} to reach the top.',
    other: '{count} levels; a matter can take up to {days} to reach the top.',
  },
  'charter.ladder.label': 'Escalation ladder: {steps}. The table below lists each level.',
  'charter.ladder.step': 'level {level}, {owner}, {days}',
  'charter.ladder.noOwnerSpoken': 'no owner',
  'charter.ladder.level': 'Level {level}',
  'charter.ladder.noOwner': 'No owner',
  'charter.levels.region': 'Escalation levels',
  'charter.actions': 'Actions',

  // Operating rhythm
  'charter.rhythm.calendar': 'Meetings by cadence',
  'charter.rhythm.region': 'Meetings',
  'charter.rhythm.meeting': 'Meeting',
  'charter.rhythm.cadence': 'Cadence',
  'charter.rhythm.participants': 'Participants',
  'charter.rhythm.participantsLines': 'Participants, one per line',
  'charter.rhythm.outputs': 'Outputs',
  'charter.rhythm.nameOf': 'Name of meeting {n}',
  'charter.rhythm.cadenceOf': 'Cadence of {name}',
  'charter.rhythm.participantsOf': 'Participants of {name}, one per line',
  'charter.rhythm.outputsOf': 'Outputs of {name}',

  // Exit criteria
  'charter.exit.item': 'Exit criterion {n}',
  'charter.exit.name': 'exit criterion {n}',

  // Item actions
  'charter.item.moveUp': 'Move {name} up',
  'charter.item.moveDown': 'Move {name} down',
  'charter.item.delete': 'Delete {name}',

  // Undo labels and announcements
  'charter.added.bodies': 'Added a governing body',
  'charter.added.escalation': 'Added an escalation level',
  'charter.added.rhythms': 'Added a meeting',
  'charter.added.exitCriteria': 'Added an exit criterion',
  'charter.moved.up': 'Moved {name} up',
  'charter.moved.down': 'Moved {name} down',
  'charter.deleted': 'Deleted {name}. Undo with Ctrl+Z.',
  'charter.sampleLoaded': 'Sample charter loaded',
  'charter.changed.bodyName': 'Body renamed',
  'charter.changed.cadence': 'Cadence changed',
  'charter.changed.voting': 'Voting rule changed',
  'charter.changed.quorum': 'Quorum changed',
  'charter.changed.members': 'Members changed',
  'charter.changed.decisionRights': 'Decision rights changed',
  'charter.changed.level': 'Level changed',
  'charter.changed.trigger': 'Trigger changed',
  'charter.changed.owner': 'Owner changed',
  'charter.changed.response': 'Response time changed',
  'charter.changed.meetingName': 'Meeting renamed',
  'charter.changed.participants': 'Participants changed',
  'charter.changed.outputs': 'Outputs changed',
  'charter.changed.exit': 'Exit criterion changed',

  // Guidance
  'charter.advice.members': {
    zero: '{name} has no members: a joint body needs people from both sides.',
    one: '{name} has one member: a joint body needs people from both sides.',
    other: '{name} has {count} members: a joint body needs people from both sides.',
  },
  'charter.advice.decisionRights': '{name} has no decision rights: say what it decides.',
  'charter.advice.repeatedLevel': 'Escalation level {level} appears more than once: each step of the ladder needs its own level.',
  'charter.advice.noOwner': 'Escalation level {level} has no owner.',
  'charter.advice.noExit': 'No exit criteria yet: agree how either side may leave before you need to.',
  // Default words written into the document: the name of a new governing body and of a new meeting.
  'charter.new.bodies': 'New governing body',
  'charter.new.rhythms': 'New meeting',
} as const;

declare module '../../core/i18n.js' {
  interface MessageKeys extends Record<keyof typeof en, true> {}
}

defineMessages(en);

/** The English catalog's shape: what every translation of it must cover (see messages.de.ts, messages.es.ts). */
export type Messages = typeof en;
