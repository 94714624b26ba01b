// The deal comparator's Markdown report in other languages: English by default and unchanged, German and Spanish
// from the report catalogs, and every sentence of the report in both catalogs.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/elements/deal-comparator/report.de.js';
import { es } from '../../src/elements/deal-comparator/report.es.js';
import {
  DEAL_STRUCTURES,
  IP_OWNERSHIPS,
  analyseDeal,
  dealComparatorSpec,
  dealComparatorToMarkdown,
  describeLeaderChange,
  leaderSentence,
  sampleDealComparator,
  weightSensitivity,
  type Criterion,
  type DealComparatorDocument,
  type DealOption,
} from '../../src/models/deal-comparator/index.js';
import { ENGLISH, fill, type ReportParams, type ReportVoice } from '../../src/models/shared/report.js';
import { dynamicSays, placeholders, plainMessages, sayLiterals, voiceOf } from './report-helpers.js';


const crit = (id: string, weight: number): Criterion => ({ id, label: `Criterion ${id}`, weight });
const opt = (id: string, scores: Record<string, number>, fields: Partial<DealOption> = {}): DealOption => ({
  id, name: `Option ${id}`, structure: 'other', terms: {}, scores, ...fields,
});
const deal = (criteria: Criterion[], options: DealOption[]): DealComparatorDocument => ({
  kind: 'deal-comparator', version: 1, title: 'Test deal', criteria, options,
});

const GERMAN = voiceOf(de, 'de');
const SPANISH = voiceOf(es, 'es');


/** Shares with and without decimals, a weight of 6.5, a score of 7.5, a missing score, terms with decimals. */
const decimals = (): DealComparatorDocument =>
  deal(
    [crit('a', 1), crit('b', 6.5), crit('c', 0.5)],
    [
      opt('p', { a: 7.5, b: 8, c: 9 }, { structure: 'revenue-share', terms: { revenueSharePct: 12.5, termMonths: 18, ipOwnership: 'joint' } }),
      opt('q', { a: 6, b: 5 }, { structure: 'licensing', terms: { equityPct: 18, upfrontInvestment: 2500000.4 } }),
    ],
  );
const tied = (): DealComparatorDocument => deal([crit('a', 1)], [opt('p', { a: 6 }), opt('q', { a: 6 }), opt('r', { a: 6 })]);

describe('the default voice', () => {
  const docs: Array<[string, DealComparatorDocument]> = [
    ['the sample', sampleDealComparator()],
    ['an empty worksheet', dealComparatorSpec.empty()],
    ['a worksheet with decimals and a missing score', decimals()],
    ['a three-way tie', tied()],
  ];

  it.each(docs)('writes %s exactly as the English voice does', (_, doc) => {
    expect(dealComparatorToMarkdown(doc)).toBe(dealComparatorToMarkdown(doc, ENGLISH));
    expect(leaderSentence(doc)).toBe(leaderSentence(doc, analyseDeal(doc), ENGLISH));
    for (const row of weightSensitivity(doc).rows) {
      expect(describeLeaderChange(doc, row.down, 'down')).toBe(describeLeaderChange(doc, row.down, 'down', ENGLISH));
      expect(describeLeaderChange(doc, row.up, 'up')).toBe(describeLeaderChange(doc, row.up, 'up', ENGLISH));
    }
  });

  it('writes the numbers and sentences in English as before', () => {
    const md = dealComparatorToMarkdown(decimals());
    expect(md).toContain('**Decision:** Option p leads with 8.00 of 10, 3.19 ahead of Option q.');
    expect(md).toContain('| Criterion a | 1 | 12.5% |');
    expect(md).toContain('| Criterion b | 6.5 | 81.3% |');
    expect(md).toContain('| Criterion a | 7.5 | 6 |');
    expect(md).toContain('| Criterion c | 9 | missing |');
    expect(md).toContain('| 2 | Option q | Licensing | 4.81 | 1 missing score \\(counted as 0\\) |');
    expect(md).toContain('- **Revenue share:** 12.5%');
    expect(md).toContain('- **Equity:** 18%');
    expect(md).toContain('- **Upfront investment:** $2,500,000');
    expect(md).toContain('- **IP ownership:** Joint');
    expect(md).toContain('- **Term:** 18 months');
    expect(dealComparatorToMarkdown(tied())).toContain('**Decision:** Tied for the lead at 6.00 of 10: Option p and Option q and Option r.');
    const two = deal([crit('a', 1), crit('b', 1)], [opt('p', { a: 9, b: 1 }), opt('q', {})]);
    expect(dealComparatorToMarkdown(two)).toContain('| 2 | Option q | Other | 0.00 | 2 missing scores \\(counted as 0\\) |');
  });
});

describe('a German or Spanish voice', () => {
  const ENGLISH_HEADINGS = ['## Ranking', '## Weights', '## Scores', '## Sensitivity', '## Options', '**Decision:**'];

  it('writes the sample in German: headings, the decision, numbers with a decimal comma', () => {
    const md = dealComparatorToMarkdown(sampleDealComparator(), GERMAN);
    for (const heading of ['## Rangfolge', '## Gewichte', '## Bewertungen', '## Sensitivität', '## Optionen']) expect(md).toContain(`\n${heading}\n`);
    expect(md).toContain(
      '**Entscheidung:** Marketplace co-sell with a hyperscaler führt mit 7,70 von 10, 0,42 vor Regional reseller agreement with a systems integrator.',
    );
    expect(md).toContain('| Rang | Option | Struktur | Gewichtete Summe \\(0–10\\) | Hinweis |');
    expect(md).toContain('| 1 | Marketplace co-sell with a hyperscaler | Revenue share | 7,70 | führend |');
    expect(md).toContain('| Strategic fit | 20 | 20\u00a0% |');
    expect(md).toContain('Senken auf 6 \\(−14\\): Regional reseller agreement with a systems integrator zieht gleich und führt dann');
    expect(md).toContain('Keine Änderung innerhalb von 0–100');
    expect(md).toContain('- **Anfangsinvestition:** 150.000.000\u00a0$');
    expect(md).toContain('- **Laufzeit (Monate):** 36');
    for (const heading of ENGLISH_HEADINGS) expect(md).not.toContain(heading);
    expect(md).not.toMatch(/\b(?:leads with|lower to|raise to|no change within|months)\b/);
  });

  it('writes decimals, missing scores and ties in German', () => {
    const md = dealComparatorToMarkdown(decimals(), GERMAN);
    expect(md).toContain('**Entscheidung:** Option p führt mit 8,00 von 10, 3,19 vor Option q.');
    expect(md).toContain('| Criterion a | 1 | 12,5\u00a0% |');
    expect(md).toContain('| Criterion b | 6,5 | 81,3\u00a0% |');
    expect(md).toContain('| Criterion a | 7,5 | 6 |');
    expect(md).toContain('| Criterion c | 9 | fehlt |');
    expect(md).toContain('| 2 | Option q | Licensing | 4,81 | 1 fehlende Bewertung \\(zählt als 0\\) |');
    expect(md).toContain('- **Umsatzbeteiligung:** 12,5\u00a0%');
    expect(md).toContain('- **Anfangsinvestition:** 2.500.000\u00a0$');
    expect(dealComparatorToMarkdown(tied(), GERMAN)).toContain(
      '**Entscheidung:** Gleichstand an der Spitze mit 6,00 von 10: Option p und Option q und Option r.',
    );
    expect(dealComparatorToMarkdown({ ...dealComparatorSpec.empty(), title: '' }, GERMAN)).toBe(
      '# Vergleich von Deal-Strukturen\n\n**Entscheidung:** Es gibt noch keine Optionen zum Vergleichen.\n\n',
    );
  });

  it('writes the sample in Spanish', () => {
    const md = dealComparatorToMarkdown(sampleDealComparator(), SPANISH);
    expect(md).toContain('\n## Clasificación\n');
    expect(md).toContain('**Decisión:** Marketplace co-sell with a hyperscaler va en cabeza con 7,70 de 10, 0,42 por delante de');
    expect(md).toContain('- **Duración (meses):** 36');
    for (const heading of ENGLISH_HEADINGS) expect(md).not.toContain(heading);
  });

  it('names structures, IP ownership and the leader sentences by the worksheet’s own plain messages', () => {
    const calls: Array<{ english: string; params?: ReportParams; key: string }> = [];
    const recording: ReportVoice = {
      locale: 'en-US',
      say: (english, params, key) => {
        if (key) calls.push({ english, params, key });
        return fill(english, params);
      },
    };
    const every = DEAL_STRUCTURES.map((structure, i) => opt(`s${i}`, { a: i }, { structure, terms: { ipOwnership: IP_OWNERSHIPS[i % IP_OWNERSHIPS.length]! } }));
    const docs = [deal([crit('a', 1)], every), tied(), deal([crit('a', 1)], [opt('p', { a: 1 })]), deal([], []), deal([], [opt('p', {})]), deal([crit('a', 0)], [opt('p', {})])];
    for (const doc of docs) dealComparatorToMarkdown(doc, recording);
    // The catalog's plain single-line messages.
    const messages = plainMessages('src/elements/deal-comparator/messages.ts');
    const keys = new Set(calls.map((c) => c.key));
    for (const s of ['revenueShare', 'equityInvestment', 'jointVenture', 'licensing', 'coDevelopment', 'reseller', 'other']) expect(keys).toContain(`deal.structure.${s}`);
    for (const ip of IP_OWNERSHIPS) expect(keys).toContain(`deal.ip.${ip}`);
    for (const k of ['noOptions', 'noCriteria', 'noWeight', 'tied', 'only', 'ahead']) expect(keys).toContain(`deal.leader.${k}`);
    for (const { english, params, key } of calls) {
      expect(messages.get(key), key).toBe(english);
      expect(Object.keys(params ?? {}).sort(), key).toEqual(placeholders(english));
    }
  });
});

describe('the report catalogs', () => {
  const literals = sayLiterals('src/models/deal-comparator/export.ts');

  it('finds the report’s sentences, each a string literal or a model label', () => {
    expect(literals.size).toBeGreaterThan(40);
    expect(literals).toContain('## Ranking');
    expect(literals).toContain('{count} missing scores (counted as 0)');
    // Every other call says a label of the model, whose worksheet message is passed as its key.
    const dynamic = dynamicSays('src/models/deal-comparator/export.ts');
    expect(dynamic.sort()).toEqual(['IP_LABEL[t.ipOwnership]', 'STRUCTURE_LABEL[structure]']);
  });
});
