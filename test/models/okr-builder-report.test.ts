// The OKR builder's Markdown report in other languages: English by default and unchanged, German and Spanish from
// the report catalogs, coaching notes by the worksheet's own messages, and every sentence in both catalogs.
import { describe, expect, it } from 'vitest';
import { de as deMessages } from '../../src/elements/okr-builder/messages.de.js';
import { es as esMessages } from '../../src/elements/okr-builder/messages.es.js';
import { de } from '../../src/elements/okr-builder/report.de.js';
import { es } from '../../src/elements/okr-builder/report.es.js';
import {
  coachNotes,
  emptyOkrBuilder,
  okrBuilderToMarkdown,
  sampleOkrBuilder,
  type KeyResult,
  type OkrBuilderDocument,
} from '../../src/models/okr-builder/index.js';
import { ENGLISH, fill, type ReportParams, type ReportVoice } from '../../src/models/shared/report.js';
import { dynamicSays, placeholders, plainMessages, sayLiterals, source, voiceOf } from './report-helpers.js';


/** The worksheet's plain single-line English messages. */
const messages = plainMessages('src/elements/okr-builder/messages.ts');

const GERMAN = voiceOf(de, 'de');
const SPANISH = voiceOf(es, 'es');

/** A page's voice: the worksheet's message when the report names one, else the report catalog (as reportVoice()). */
const pageVoice = (catalog: Readonly<Record<string, string>>, own: Readonly<Record<string, unknown>>, locale: string): ReportVoice => ({
  locale,
  say: (english, params, key) => {
    const m = key ? own[key] : catalog[`report.${english}`];
    return fill(typeof m === 'string' ? m : english, params);
  },
});

const kr = (id: string, fields: Partial<KeyResult> = {}): KeyResult => ({ id, title: `KR ${id}`, owner: 'ours', start: 0, target: 10, current: 5, ...fields });

/** Every kind of coaching note, untitled objectives and key results, decimals and large numbers. */
const coached = (): OkrBuilderDocument => ({
  ...emptyOkrBuilder(),
  title: '',
  period: '2027-Q2',
  objectives: [
    { id: 'a', title: '', owners: [], keyResults: [] },
    { id: 'b', title: 'Only one', owners: ['ours'], keyResults: [kr('b1', { start: 0, target: 0.285, current: 0.0812345678, unit: 'x' })] },
    {
      id: 'c',
      title: 'Too many',
      owners: ['partner'],
      keyResults: Array.from({ length: 6 }, (_, i) => kr(`c${i}`, { title: i === 2 ? '' : `KR c${i}`, owner: i < 3 ? '' : 'partner', target: 12345.6789, current: 0.575 * i })),
    },
    {
      id: 'd',
      title: 'All on one side',
      owners: ['ours', 'partner'],
      keyResults: [kr('d1', { confidence: 0.285, checkIns: [{ id: 'k', date: '2027-04-01', value: 10000.5, note: 'A *note*' }] }), kr('d2', { checkIns: [{ id: 'k', date: '2027-04-02', value: 3 }] })],
    },
  ],
});

describe('the default voice', () => {
  const docs: Array<[string, OkrBuilderDocument]> = [
    ['the sample', sampleOkrBuilder()],
    ['an empty worksheet', emptyOkrBuilder()],
    ['a worksheet with every coaching note', coached()],
  ];

  it.each(docs)('writes %s exactly as the English voice does', (_, doc) => {
    expect(okrBuilderToMarkdown(doc)).toBe(okrBuilderToMarkdown(doc, ENGLISH));
  });

  it('writes the numbers, scores and coaching notes in English as before', () => {
    const md = okrBuilderToMarkdown(coached());
    expect(md.startsWith('# Joint OKRs\n\n**Period:** 2027-Q2 · **Teams:** Our company, Partner\n')).toBe(true);
    expect(md).toContain('## 1. Untitled objective\n\n**Owners:** — · **Score:** no key results yet');
    expect(md).toContain('**Owners:** Our company · **Score:** 29% \\(red: at risk\\)');
    expect(md).toContain('| KR b1 | Our company | 0 x | 0.285 x | 0.081235 x | 29% | — |');
    expect(md).toContain('| KR c1 | — | 0 | 12,345.6789 | 0.575 | 0% | — |');
    expect(md).toContain('**Owners:** Our company + Partner (joint) · **Score:** 50% \\(yellow: needs attention\\)');
    expect(md).toContain('| KR d1 | Our company | 0 | 10 | 5 | 50% | 28% |');
    expect(md).toContain('Latest check-ins:\n\n- KR d1: 2027-04-01, 10,000.5: A \\*note\\*\n- KR d2: 2027-04-02, 3\n');
    expect(md).toContain('> Coach: Objective 1 has no key results: aim for 2 to 5, so one number cannot carry the whole objective.');
    expect(md).toContain('> Coach: Objective 1 has no owner team: choose who is accountable for it.');
    expect(md).toContain('> Coach: “Only one” has only one key result: aim for 2 to 5');
    expect(md).toContain('> Coach: “Too many” has 6 key results: keep 5 or fewer');
    expect(md).toContain('> Coach: “KR c0” has no owner: every key result needs one team that answers for it.');
    expect(md).toContain('> Coach: “All on one side” is joint, but every key result is owned by Our company: give Partner at least one');
    expect(md).toContain('## Score per team\n\n| Team | Joint objectives | Own objectives | Key results owned |');
    expect(md).toContain('| Our company | 50% \\(1\\) | 29% \\(1\\) | 43% \\(3\\) |');
  });
});

describe('a German or Spanish voice', () => {
  const ENGLISH_WORDS = [
    'Joint OKRs', '**Period:**', '**Owners:**', '(joint)', 'no key results yet', 'Untitled objective', 'Key result |', '| Owner |', 'Target', 'Current',
    'Progress', 'Confidence', 'Latest check-ins', 'Score per team', 'Joint objectives', 'Own objectives', 'Key results owned', 'on track',
    'needs attention', 'at risk', 'green', 'yellow',
  ];

  it('writes the sample in German: headings, labels, scores and numbers', () => {
    const md = okrBuilderToMarkdown(sampleOkrBuilder(), GERMAN);
    expect(md).toContain('**Zeitraum:** 2027-Q1 · **Teams:** Our company, Nimbus Cloud');
    expect(md).toContain('**Verantwortlich:** Our company + Nimbus Cloud (gemeinsam) · **Score:** 58\u00a0% \\(gelb: braucht Aufmerksamkeit\\)');
    expect(md).toContain('**Verantwortlich:** Our company + Nimbus Cloud (gemeinsam) · **Score:** 26\u00a0% \\(rot: gefährdet\\)');
    expect(md).toContain('**Verantwortlich:** Our company · **Score:** 75\u00a0% \\(grün: auf Kurs\\)');
    expect(md).toContain('| Key Result | Verantwortlich | Start | Zielwert | Aktuell | Fortschritt | Zuversicht |');
    expect(md).toContain('| GPU-hours consumed on Nimbus Cloud | Nimbus Cloud | 200.000 GPU-hours | 500.000 GPU-hours | 410.000 GPU-hours | 70\u00a0% | 70\u00a0% |');
    expect(md).toContain('\nLetzte Check-ins:\n\n- Qualified co-sell opportunities: 2027-02-17, 21 opportunities: Field teams paired in 3 of 5 territories.\n');
    expect(md).toContain('\n## Score je Team\n\n| Team | Gemeinsame Objectives | Eigene Objectives | Eigene Key Results |');
    expect(md).toContain('| Our company | 42\u00a0% \\(2\\) | 75\u00a0% \\(1\\) | 80\u00a0% \\(5\\) |');
    for (const words of ENGLISH_WORDS) expect(md).not.toContain(words);
  });

  it('writes untitled objectives, decimals and an empty worksheet in German', () => {
    const md = okrBuilderToMarkdown(coached(), GERMAN);
    expect(md.startsWith('# Gemeinsame OKRs\n\n**Zeitraum:** 2027-Q2')).toBe(true);
    expect(md).toContain('## 1. Unbenanntes Objective\n\n**Verantwortlich:** — · **Score:** noch keine Key Results');
    expect(md).toContain('| KR b1 | Our company | 0 x | 0,285 x | 0,081235 x | 29\u00a0% | — |');
    expect(md).toContain('| KR c1 | — | 0 | 12.345,6789 | 0,575 | 0\u00a0% | — |');
    expect(md).toContain('- KR d1: 2027-04-01, 10.000,5: A \\*note\\*');
    for (const words of ENGLISH_WORDS) expect(md).not.toContain(words);
    expect(okrBuilderToMarkdown({ ...emptyOkrBuilder(), teams: [] }, GERMAN)).toBe('# Gemeinsame OKRs\n\n_Noch keine Objectives._\n');
  });

  it('writes the sample in Spanish', () => {
    const md = okrBuilderToMarkdown(sampleOkrBuilder(), SPANISH);
    expect(md).toContain('**Periodo:** 2027-Q1 · **Equipos:** Our company, Nimbus Cloud');
    expect(md).toContain('**Responsables:** Our company + Nimbus Cloud (conjunto) · **Puntuación:** 58\u00a0% \\(amarillo: requiere atención\\)');
    expect(md).toContain('| Resultado clave | Responsable | Inicio | Meta | Actual | Progreso | Confianza |');
    expect(md).toContain('\nÚltimos check-ins:\n');
    expect(md).toContain('\n## Puntuación por equipo\n\n| Equipo | Objetivos conjuntos | Objetivos propios | Resultados clave propios |');
    for (const words of ENGLISH_WORDS) expect(md).not.toContain(words);
    expect(okrBuilderToMarkdown(coached(), SPANISH)).toContain('## 1. Objetivo sin título\n\n**Responsables:** — · **Puntuación:** aún sin resultados clave');
  });
});

describe('coaching notes', () => {
  it('are said by the worksheet’s plain messages, with the params the objective card computes', () => {
    const calls: Array<{ english: string; params?: ReportParams; key: string }> = [];
    const recording: ReportVoice = {
      locale: 'en-US',
      say: (english, params, key) => {
        if (key) calls.push({ english, params, key });
        return fill(english, params);
      },
    };
    const doc = coached();
    okrBuilderToMarkdown(doc, recording);
    okrBuilderToMarkdown(sampleOkrBuilder(), recording);
    const keys = new Set(calls.map((c) => c.key));
    for (const k of ['noKeyResults', 'oneKeyResult', 'tooMany', 'objectiveNoOwner', 'keyResultNoOwner', 'oneSided']) expect(keys).toContain(`okr.coach.${k}`);
    expect(calls.filter((c) => c.key.startsWith('okr.coach.') && c.key !== 'okr.coach.otherOwner')).toHaveLength(coachNotes(doc).length + 1);
    for (const { english, params, key } of calls) {
      const message = messages.get(key);
      expect(message, key).toBeDefined();
      // A note also carries its own English (`note`), which a voice without the worksheet's messages says.
      expect(Object.keys(params ?? {}).filter((p) => !(key.startsWith('okr.coach.') && p === 'note')).sort(), key).toEqual(placeholders(message!));
      // The names inside a note are the worksheet's own phrases, in English here as in the model.
      if (!key.startsWith('okr.coach.') || key === 'okr.coach.otherOwner') expect(english, key).toBe(message);
    }
  });

  it('are German and Spanish on German and Spanish pages, and unchanged on English ones', () => {
    const doc = coached();
    const german = okrBuilderToMarkdown(doc, pageVoice(de, deMessages, 'de'));
    expect(german).toContain('> Coach: Objective 1 hat keine Key Results: Streben Sie 2 bis 5 an, damit nicht eine einzige Zahl das ganze Objective tragen muss.');
    expect(german).toContain('> Coach: Objective 1 hat kein verantwortliches Team: Legen Sie fest, wer dafür einsteht.');
    expect(german).toContain('> Coach: „Only one“ hat nur ein Key Result: Streben Sie 2 bis 5 an');
    expect(german).toContain('> Coach: „Too many“ hat 6 Key Results: Beschränken Sie sich auf höchstens 5');
    expect(german).toContain('> Coach: „KR c0“ hat kein verantwortliches Team: Jedes Key Result braucht ein Team, das dafür einsteht.');
    // An untitled key result is numbered within its objective, as on the card.
    expect(german).toContain('> Coach: Key Result 3.3 hat kein verantwortliches Team');
    expect(german).toContain('> Coach: „All on one side“ ist gemeinsam, aber alle Key Results liegen bei Our company: Geben Sie Partner mindestens eines');
    expect(german).not.toMatch(/> Coach: .*\b(?:has|aim for|keep|every key result)\b/);
    expect(german).not.toMatch(/(?<!\\)\{\w+\}/);

    const sample = sampleOkrBuilder();
    sample.objectives[1]!.owners.push('third');
    sample.teams.push({ id: 'third', name: 'Third *team*' });
    const spanish = okrBuilderToMarkdown(sample, pageVoice(es, esMessages, 'es'));
    expect(spanish).toContain(
      '> Coach: «Build a joint pipeline that fills the launch capacity» es conjunto, pero todos sus resultados clave son de Nimbus Cloud: asigne al menos uno a Our company y Third \\*team\\*, o la alianza será unilateral.',
    );
    const english = Object.fromEntries(messages);
    expect(okrBuilderToMarkdown(sample, pageVoice({}, english, 'en-US'))).toBe(okrBuilderToMarkdown(sample));
  });

  it('name the other owner when a joint objective’s other owner is the owner of every key result too', () => {
    const doc = coached();
    doc.objectives[3]!.owners = ['ours', 'ours', 'ghost'];
    doc.objectives[3]!.keyResults.forEach((k) => (k.owner = 'ours'));
    expect(okrBuilderToMarkdown(doc, pageVoice(de, deMessages, 'de'))).toContain('Geben Sie ghost mindestens eines');
  });
});


describe('the report catalogs', () => {
  const literals = sayLiterals('src/models/okr-builder/export.ts');

  it('finds the report’s sentences, each a string literal or a worksheet message', () => {
    expect(literals.size).toBe(27);
    expect(literals).toContain('## Score per team');
    expect(literals).toContain('**Owners:** {owners} (joint) · **Score:** {score}');
    // No other call: the coaching notes are said by the worksheet's messages (coach.ts), whose English is theirs.
    expect(dynamicSays('src/models/okr-builder/export.ts')).toEqual([]);
    const coachSource = source('src/models/okr-builder/coach.ts');
    const phrases = [...coachSource.matchAll(/\bown\('([\w.]+)', '((?:[^'\\]|\\.)*)'/g)];
    expect(phrases.length).toBe(4);
    for (const [, key, english] of phrases) expect(messages.get(key!), key).toBe(english);
  });
});
