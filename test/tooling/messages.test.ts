/// <reference types="vite/client" />
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../src/locales/index.js';
import {
  formatCurrency,
  formatDate,
  formatNumber,
  formatPercent,
  i18nDiagnostics,
  loadLocale,
  localeReady,
  message,
  registerLocale,
  messagesOf,
  resolveLocale,
  setMessages,
  shippedLocales,
  SOURCE_LOCALE,
  translator,
  type Message,
} from '../../src/core/i18n.js';
import { errorsEn } from '../../src/core/error-messages.js';
import { LANGUAGES } from '../../src/core/hosted-page.js';

// Every catalog in the package, found by name, so that a new worksheet's catalog is checked without listing it here.
const catalogs = import.meta.glob('../../src/**/messages.ts', { eager: true });

// The Markdown reports name their sentences by their English (`say('…')`, src/models/shared/report.ts); a language
// says them through `report.<English>` messages. Every such literal of the models' sources, found by reading them.
const modelSources = import.meta.glob('../../src/models/**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const REPORT = 'report.';
const reportWords = new Map<string, string>();
for (const [file, source] of Object.entries(modelSources)) {
  for (const m of source.matchAll(/\bsay\(\s*'((?:[^'\\\n]|\\.)*)'/g)) reportWords.set(`${REPORT}${m[1]!.replace(/\\(.)/g, '$1')}`, file.replace(/^.*\/src\//, 'src/'));
}

const placeholders = (m: Message): string[] => {
  const texts = typeof m === 'string' ? [m] : Object.values(m).filter((v): v is string => typeof v === 'string');
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)))].sort();
};

/** Words of a message, not counting its placeholders. */
const wordsOf = (m: string): number => m.replace(/\{\w+\}/g, '').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;

beforeAll(async () => {
  // German and Spanish load on demand, as in a page.
  await Promise.all([loadLocale('de'), loadLocale('es')]);
});

describe('message catalogs', () => {
  // The English of the problems named by code is not shipped (see error-messages.ts); it is still the source.
  const en = new Map<string, Message>([...messagesOf(SOURCE_LOCALE), ...Object.entries(errorsEn)]);
  const translated = shippedLocales().filter((l) => l !== SOURCE_LOCALE);

  it('include the core and every worksheet', () => {
    const files = Object.keys(catalogs).map((f) => f.replace(/^.*\/src\//, ''));
    expect(files).toContain('core/messages.ts');
    expect(en.size).toBeGreaterThan(50);
  });

  it('ship English and at least two complete translations', () => {
    expect(translated).toEqual(expect.arrayContaining(['de', 'es']));
  });

  it('are the languages the hosted pages ask for ahead (LANGUAGES in core/hosted-page.ts)', () => {
    expect([...LANGUAGES].sort()).toEqual([...translated].sort());
  });

  for (const locale of ['de', 'es']) {
    describe(locale, () => {
      const table = messagesOf(locale);

      it('has every English key and no other (a missing key fails here)', () => {
        const missing = [...en.keys()].filter((k) => !table.has(k));
        const extra = [...table.keys()].filter((k) => !en.has(k) && !k.startsWith(REPORT));
        expect(missing, `missing in ${locale}`).toEqual([]);
        expect(extra, `unknown keys in ${locale}`).toEqual([]);
      });

      it('keeps the placeholders of each English message', () => {
        const wrong = [...en].filter(([k, m]) => table.has(k) && placeholders(table.get(k)!).join() !== placeholders(m).join()).map(([k]) => k);
        expect(wrong).toEqual([]);
      });

      it("says every sentence of the Markdown reports, with the English's placeholders, and no other", () => {
        expect(reportWords.size).toBeGreaterThan(60);
        const missing = [...reportWords].filter(([k]) => !table.has(k)).map(([k, file]) => `${file}: ${k}`);
        const extra = [...table.keys()].filter((k) => k.startsWith(REPORT) && !reportWords.has(k));
        expect(missing, `report words missing in ${locale}`).toEqual([]);
        expect(extra, `report words in ${locale} that no report says`).toEqual([]);
        const wrong = [...reportWords.keys()].filter((k) => table.has(k) && placeholders(table.get(k)!).join() !== placeholders(k.slice(REPORT.length)).join());
        expect(wrong).toEqual([]);
        // The Markdown of a line stays where it was: its heading, list or quote mark, bold pairs and emphasis.
        const markup = (t: string) => [t.match(/^(?:#+ |- |> |_)?/)![0], t.match(/\*\*/g)?.length ?? 0, t.endsWith('_')].join('|');
        const moved = [...reportWords.keys()].filter((k) => table.has(k) && markup(String(table.get(k))) !== markup(k.slice(REPORT.length)));
        expect(moved, `report words whose Markdown differs in ${locale}`).toEqual([]);
      });

      it('has no empty message, and plural forms always include "other"', () => {
        const bad = [...table].filter(([, m]) => (typeof m === 'string' ? !m.trim() : !m.other?.trim())).map(([k]) => k);
        expect(bad).toEqual([]);
      });

      it('is translated, not copied: sentences differ from the English', () => {
        const copied = [...en]
          .filter(([k, m]) => typeof m === 'string' && wordsOf(m) >= 4 && table.get(k) === m)
          .map(([k]) => k);
        expect(copied).toEqual([]);
      });
    });
  }
});

describe('the message layer', () => {
  afterEach(() => {
    i18nDiagnostics.onMissing = undefined;
  });

  it('chooses plural forms with the locale rules and writes numbers for the locale', () => {
    expect(message('en', 'core.notice.more', { count: 1 })).toBe('…and 1 more.');
    expect(message('de', 'core.notice.more', { count: 1 })).toBe('…und 1 weiterer.');
    expect(message('de', 'core.notice.more', { count: 1234 })).toBe('…und 1.234 weitere.');
    expect(message('es', 'core.import.tooLarge', { size: '12,5', limit: 10 })).toBe('El archivo ocupa 12,5 MB; el límite es 10 MB.');
  });

  it('gives a message with markup parts in the word order of its language, the plural still chosen by the number', () => {
    const t = translator('de');
    expect(t.rich('core.notice.more', { count: 1 }, { count: { bold: '1' } })).toEqual(['…und ', { bold: '1' }, ' weiterer.']);
    expect(t.rich('core.imported', { name: '{name}' }, {})).toEqual(['{name} importiert']);
  });

  it("tells whether a locale has its own message: the coded problems' English is not shipped", () => {
    expect(translator('de').has('core.error.duplicateId')).toBe(true);
    expect(translator('es-MX').has('core.error.duplicateId')).toBe(true);
    expect(translator('en').has('core.error.duplicateId')).toBe(false);
    expect(translator('fr').has('core.error.duplicateId')).toBe(false);
    expect(translator('fr', { 'core.error.duplicateId': 'L’id « {id} » est déjà pris.' }).has('core.error.duplicateId')).toBe(true);
    expect(translator('en').has('core.undo')).toBe(true);
  });

  it('fills placeholders once: text inside a parameter is never read as a placeholder', () => {
    expect(message('en', 'core.imported', { name: '{name} <b>x</b>' })).toBe('Imported {name} <b>x</b>');
  });

  it('resolves a region to its language, and a language without messages to English', () => {
    expect(resolveLocale('de-CH')).toBe('de-CH');
    expect(message(resolveLocale('de-CH'), 'core.undo')).toBe('Rückgängig');
    expect(resolveLocale('es_MX')).toBe('es-MX');
    expect(resolveLocale('fr')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale('not a tag!')).toBe('en');
  });

  it('reports a missing key and falls back to English', () => {
    const missing: string[] = [];
    i18nDiagnostics.onMissing = (locale, key) => missing.push(`${locale}:${key}`);
    setMessages('xx', { 'core.undo': 'Ondo' });
    expect(message('xx', 'core.undo')).toBe('Ondo');
    expect(message('xx', 'core.redo')).toBe('Redo');
    expect(missing).toEqual(['xx:core.redo']);
  });

  it('loads a shipped language once, on demand; a language that fails to load falls back to English', async () => {
    expect(localeReady('de')).toBeUndefined(); // loaded in beforeAll: nothing to wait for
    expect(localeReady('en')).toBeUndefined();
    let calls = 0;
    registerLocale('zz', async () => {
      calls++;
      throw new Error('offline');
    });
    expect(resolveLocale('zz')).toBe('zz');
    const first = localeReady('zz');
    expect(localeReady('zz-CH')).toBe(first);
    await first;
    expect(calls).toBe(1);
    expect(localeReady('zz')).toBeUndefined();
    expect(resolveLocale('zz')).toBe('en');
  });

  it('keeps words set with setMessages() when the shipped language loads later', async () => {
    registerLocale('yy', async () => {
      const { addTranslation } = await import('../../src/core/i18n.js');
      addTranslation('yy', { 'core.undo': 'Shipped undo', 'core.redo': 'Shipped redo' });
    });
    setMessages('yy', { 'core.undo': 'Author undo' });
    await loadLocale('yy');
    expect(message('yy', 'core.undo')).toBe('Author undo');
    expect(message('yy', 'core.redo')).toBe('Shipped redo');
  });

  it('lets authors override words page-wide and per element', () => {
    setMessages('en-GB', { 'core.save.on': 'Autosave is on' });
    expect(message('en-GB', 'core.save.on')).toBe('Autosave is on');
    expect(message('en-GB', 'core.undo')).toBe('Undo');
    const t = translator('de', { 'core.undo': 'Zurück' });
    expect(t('core.undo')).toBe('Zurück');
    expect(t('core.redo')).toBe('Wiederholen');
    expect(t.locale).toBe('de');
  });

  it('a translator remembers messages, and forgets them when messages change anywhere', () => {
    const t = translator('en-AU');
    expect(t('core.undo')).toBe('Undo');
    expect(t('core.undo')).toBe('Undo');
    setMessages('en-AU', { 'core.undo': 'Take back' });
    expect(t('core.undo')).toBe('Take back');
    expect(t.rich('core.undo', {}, {})).toEqual(['Take back']);
  });

  it('writes every number as Intl does, however often it is asked (remembered numbers included)', () => {
    const numbers = [0, -0, 1, -1, 0.5, 1234.5, 1e21, -7.25, NaN, Infinity, -Infinity, 2 ** 53, 0.1 + 0.2];
    const formats: Array<[string, Intl.NumberFormatOptions | undefined]> = [
      ['en', undefined],
      ['de', undefined],
      ['de', { maximumFractionDigits: 2 }],
      ['es', { minimumFractionDigits: 2, maximumFractionDigits: 2 }],
      ['en', { style: 'percent', maximumFractionDigits: 0 }],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [locale, options] of formats) {
        for (const n of numbers) expect(formatNumber(locale, n, options), `${locale} ${JSON.stringify(options)} ${n}`).toBe(new Intl.NumberFormat(locale, options).format(n));
      }
    }
    // -0 and 0 share a key in a Map, but not their text; each keeps its own in either order.
    expect([formatNumber('fr', -0), formatNumber('fr', 0), formatNumber('fr', -0)]).toEqual(['-0', '0', '-0']);
  });

  it('formats numbers, percentages, currency and dates with Intl for the locale', () => {
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(nbsp(formatPercent('de', 0.45))).toBe('45 %');
    expect(nbsp(formatPercent('es', 0.45))).toBe('45 %');
    expect(formatPercent('en', 0.45)).toBe('45%');
    expect(nbsp(formatCurrency('de', 1_000_000, 'EUR'))).toBe('1.000.000 €');
    expect(nbsp(formatCurrency('de', 5, 'NOT-A-CODE'))).toBe('5 NOT-A-CODE');
    expect(formatDate('de', '2026-03-01')).toBe('01.03.2026');
    expect(formatDate('es', '2026-03-01', 'long')).toBe('1 de marzo de 2026');
    expect(formatDate('en-US', '2026-03-01')).toBe('Mar 1, 2026');
    expect(formatDate('de', 'soon')).toBe('soon');
  });
});
