import { defineMessages } from './i18n.js';
import type { errorsEn } from './error-messages.js';

/** The shared strings: toolbar, messages, autosave and the "Embed code…" dialog. */
const en = {
  'core.title.label': 'Worksheet title',
  'core.title.changed': 'Title changed',
  'core.toolbar.label': 'Worksheet actions',
  'core.undo': 'Undo',
  'core.undo.hint': 'Undo (Ctrl+Z)',
  'core.redo': 'Redo',
  'core.redo.hint': 'Redo (Ctrl+Shift+Z)',
  'core.undone': 'Undone: {label}',
  'core.redone': 'Redone: {label}',
  'core.import': 'Import…',
  'core.imported': 'Imported {name}',
  'core.export': 'Export',
  'core.exported': 'Exported {format}.',
  'core.embedCode': 'Embed code…',
  'core.markComplete': 'Mark complete',
  'core.completed': 'Completed',
  'core.markedComplete': 'Marked complete.',
  'core.notComplete': 'No longer marked complete.',
  'core.save.saving': 'Saving…',
  'core.save.failed': 'Not saved',
  'core.save.conflict': 'Not saved: newer work elsewhere',
  'core.save.on': 'Autosave on',
  'core.save.saved': 'Saved',
  'core.notice.more': { one: '…and {count} more.', other: '…and {count} more.' },
  'core.notice.dismiss': 'Dismiss',
  'core.refused.value': 'This document was not loaded; the worksheet is unchanged.',
  'core.refused.script': 'The document written into the page could not be loaded.',
  'core.refused.import': '“{name}” could not be imported; the worksheet is unchanged.',
  'core.import.tooLarge': 'The file is {size} MB; the limit is {limit} MB.',
  'core.import.unreadable': 'The file could not be read ({reason}).',
  'core.storage.restored': 'Your saved work was restored.',
  'core.storage.corruptKept': 'Saved work under “{key}” could not be read ({reason}). It was kept under “{aside}” and this worksheet started afresh.',
  'core.storage.corruptPaused':
    'Saved work under “{key}” could not be read ({reason}). There is no room to keep a copy aside, so autosave is paused to leave it untouched; export a JSON file to keep your work.',
  'core.storage.notJson': 'it is not valid JSON',
  'core.storage.loadedNewer': 'Loaded the newer version saved in another tab.',
  'core.storage.synced': 'Updated with changes saved in another tab.',
  'core.storage.conflict': 'This worksheet was changed in another tab or window. Your edits here are not saved until you choose which version to keep.',
  'core.storage.loadNewer': 'Load the newer version',
  'core.storage.keepThis': 'Keep this version',
  'core.storage.full':
    'Your work could not be saved: this browser’s storage is full. Nothing is lost while this page stays open; export a JSON file to keep a copy. Saving will be retried.',
  'core.storage.failed': 'Your work could not be saved ({reason}). Export a JSON file to keep a copy. Saving will be retried.',
  'core.storage.saved': 'Saved in this browser.',
  'core.storage.unavailable': 'Autosave is off: this page cannot use browser storage ({reason}).',
  'core.embed.heading': 'Embed this worksheet',
  'core.embed.intro': 'Paste one of these into a course page. The learner starts from the worksheet as it is now.',
  'core.embed.unavailable': 'The embed code could not be loaded ({reason}). Upload the loader/ folder next to partnership-worksheets.loader.js.',
  'core.embed.base': 'Where the files are hosted (the folder with {file} and embed/)',
  'core.embed.baseHint': 'Replace this example address with your own.',
  'core.embed.storageKey': 'Autosave key for the learner’s work (empty: no autosave)',
  'core.embed.iframeHeading': 'Any LMS editor (Canvas and others that allow only an iframe)',
  'core.embed.tooLong':
    'This link is {length} characters long; LMS editors often cut links longer than about {max}. Use the file form instead: download the JSON file, put it in the hosted folder, and paste the second iframe.',
  'core.embed.iframeTooLong': 'iframe with the worksheet in its link (too long)',
  'core.embed.iframe': 'iframe snippet',
  'core.embed.srcFile': 'JSON file name, in the hosted folder',
  'core.embed.download': 'Download the JSON file',
  'core.embed.srcIframe': 'iframe snippet that loads the JSON file (?src=)',
  'core.embed.scriptHeading': 'Pages that allow scripts (Moodle, Blackboard, Open edX)',
  'core.embed.script': 'script snippet',
  'core.embed.resizerBefore': 'Add',
  'core.embed.resizerAfter': 'as a script to let a host page fit iframes to their content.',
  'core.embed.preparing': 'Preparing…',
  'core.embed.copy': 'Copy',
  'core.embed.copied': 'Copied.',
  'core.embed.copyBlocked': 'Copying is blocked here: the text is selected, press Ctrl+C (⌘C on a Mac).',
  'core.embed.close': 'Close',
  'core.type.text': 'text',
  'core.type.number': 'a number',
  'core.type.boolean': 'true or false',
  'core.type.list': 'a list',
  'core.type.object': 'an object',
} as const;

declare module './i18n.js' {
  interface MessageKeys extends Record<keyof typeof en | keyof typeof errorsEn, true> {}
}

defineMessages(en);

/**
 * The English catalog's shape: what every translation of it must cover (see messages.de.ts, messages.es.ts), with the
 * problems the models name by code, whose English is not shipped (see error-messages.ts).
 */
export type Messages = typeof en & typeof errorsEn;
