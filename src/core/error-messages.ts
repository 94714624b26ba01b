import type { Message } from './i18n.js';
import type { ValidationCode } from '../models/shared/result.js';

/**
 * The English of the problems the models name by code (`ValidationError.code`). It is not shipped: an English page
 * shows the models' own message, the more precise, and a page in a language the package does not ship shows it too.
 * These texts are the source the German and Spanish catalogs translate (their tests compare placeholders with them),
 * and their keys are message keys by type. Nothing in the package imports this file at run time.
 */
export const errorsEn = {
  'core.error.notJson': 'This is not valid JSON ({detail}).',
  'core.error.empty': 'The document is empty: expected a JSON object.',
  'core.error.tooLarge': 'The document is too large; the limit is {limit} MB.',
  'core.error.tooDeep': 'The document is nested too deeply (more than {max} levels).',
  'core.error.notFinite': 'Numbers must be finite (no NaN or Infinity).',
  'core.error.notPlain': 'Expected plain JSON data (objects, lists, text, numbers, true or false, null).',
  'core.error.forbiddenKey': 'The key “{key}” is not allowed in a document.',
  'core.error.notObject': 'Expected a {kind} document (a JSON object).',
  'core.error.noKind': '“kind” is required: this worksheet reads “{kind}” documents.',
  'core.error.wrongKind': 'This is a {found} document; this worksheet reads “{kind}” documents.',
  'core.error.newerVersion': 'This document is version {found}, but these worksheets read up to version {supported}. Update partnership-worksheets to open it.',
  'core.error.required': '“{key}” is required.',
  'core.error.type': 'Expected {expected}.',
  'core.error.integer': 'Must be a whole number.',
  'core.error.min': 'Must be at least {min}.',
  'core.error.max': 'Must be at most {max}.',
  'core.error.oneOf': 'Must be one of: {options}.',
  'core.error.minChars': { one: 'Must have at least {count} character.', other: 'Must have at least {count} characters.' },
  'core.error.maxChars': { one: 'Must have at most {count} character.', other: 'Must have at most {count} characters.' },
  'core.error.minItems': { one: 'Must have at least {count} item.', other: 'Must have at least {count} items.' },
  'core.error.maxItems': { one: 'Must have at most {count} item.', other: 'Must have at most {count} items.' },
  'core.error.exactItems': { one: 'Must have exactly {count} item.', other: 'Must have exactly {count} items.' },
  'core.error.isoDate': 'Must be a date written YYYY-MM-DD.',
  'core.error.calendarDate': 'This date does not exist.',
  'core.error.hexColour': 'Must be a colour written like #0072b2.',
  'core.error.currencyCode': 'Must be a three-letter currency code such as USD or EUR.',
  'core.error.duplicateId': 'The id “{id}” is already used by item {item}; ids must be unique.',
  'core.error.residualPair': 'A residual rating needs both a residual likelihood and a residual impact.',
  'core.error.bandsRise': 'Band thresholds must rise: medium ({medium}) < high ({high}) < critical ({critical}).',
  'core.error.unknownCriterion': '“{option}” has a score for “{key}”, but no criterion has that id. Remove the score or add the criterion.',
  'core.error.unknownTeam': 'Unknown team “{team}”; the teams are {teams}.',
  'core.error.ownerTwice': 'The team “{team}” is listed twice as an owner.',
  'core.error.targetIsStart': 'The target ({target}) equals the start: progress cannot be measured. Set a target above or below the start.',
  'core.error.unknownSegment': 'Unknown segment “{segment}”; the segments are {segments}.',
  'core.error.nestedPlaybook': 'A playbook cannot hold another playbook.',
  'core.error.unknownKind': 'Unknown worksheet kind {kind}.',
  'core.error.more': { one: '…and {count} more problem.', other: '…and {count} more problems.' },
} as const satisfies Record<`core.error.${ValidationCode}`, Message>;
