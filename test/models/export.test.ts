import { describe, it, expect } from 'vitest';
import {
  csvCell,
  documentKinds,
  sampleRiskRegister,
  toCSV,
  toCsvText,
  toMarkdown,
  type Risk,
  type RiskRegisterDocument,
} from '../../src/models/index.js';

const risk = (id: string, fields: Partial<Risk> = {}): Risk => ({
  id, title: `Risk ${id}`, category: 'other', description: '', likelihood: 2, impact: 3,
  owner: '', response: 'reduce', mitigation: '', status: 'open', ...fields,
});
const register = (risks: Risk[], extra: Partial<RiskRegisterDocument> = {}): RiskRegisterDocument => ({
  kind: 'risk-register', version: 1, title: 'Exports', risks, ...extra,
});
const HEADER =
  'id,title,category,description,likelihood,impact,score,band,residualLikelihood,residualImpact,residualScore,residualBand,owner,response,mitigation,status,reviewDate';
/** The CSV line of the row whose id cell is `id`. */
const rowOf = (csv: string, id: string) => csv.split('\r\n').find((line) => line.startsWith(`${id},`));
/** Pipes that are not escaped: the cell borders of a Markdown table row. */
const borders = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

describe('the models entry', () => {
  it('runs without a DOM', () => {
    expect(typeof (globalThis as any).document === 'undefined').toBe(true);
    expect(typeof (globalThis as any).window === 'undefined').toBe(true);
    expect(documentKinds()).toContain('risk-register');
  });
});

describe('toCSV', () => {
  it('writes a header, one row per risk, CRLF line ends', () => {
    const csv = toCSV(sampleRiskRegister());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(14); // header + 12 rows + '' after the last CRLF
    expect(lines[0]).toBe(HEADER);
    expect(lines[13]).toBe('');
    expect(lines.slice(1, 13).map((l) => l.split(',')[0])).toEqual(sampleRiskRegister().risks.map((r) => r.id));
  });

  it('writes derived scores and bands, and blanks for missing values', () => {
    const csv = toCSV(sampleRiskRegister());
    expect(rowOf(csv, 'risk-1')).toBe(
      'risk-1,Competitively sensitive information exchanged in joint pricing forums,antitrust,' +
        'Sales teams of two competitors share roadmap pricing and customer bids in the weekly pipeline call.,' +
        '3,5,15,high,1,5,5,medium,General Counsel,reduce,' +
        'Clean-team protocol; counsel attends pricing calls; only aggregated pipeline data is shared.,open,2026-09-30',
    );
    expect(rowOf(csv, 'risk-5')).toBe(
      'risk-5,Single-cloud concentration for training capacity,concentration,' +
        'All reserved training capacity sits with one hyperscaler in two regions.,3,4,12,high,,,,,' +
        'Head of Infrastructure,transfer,Second-source agreement with a neocloud; portable orchestration layer.,open,2026-08-01',
    );
    expect(rowOf(csv, 'risk-12')!.endsWith(',1,3,3,low,1,1,1,low,Open Source Office,avoid,Licence scanning in CI; allow-list of licences.,closed,')).toBe(true);
  });

  it('uses the document bands', () => {
    const csv = toCSV(register([risk('a', { likelihood: 2, impact: 2 })], { bands: { medium: 4, high: 8, critical: 15 } }));
    expect(rowOf(csv, 'a')).toBe('a,Risk a,other,,2,2,4,medium,,,,,,reduce,,open,');
  });

  it('quotes commas, quotes and newlines', () => {
    const csv = toCSV(register([
      risk('q', { title: 'Says "hi", then\nleaves', description: 'one, two', owner: 'line1\r\nline2' }),
    ]));
    expect(csv).toContain('q,"Says ""hi"", then\nleaves",other,"one, two",2,3,6,medium,,,,,"line1\r\nline2",reduce,,open,\r\n');
    expect(toCSV(sampleRiskRegister())).toContain(',"Standard contractual clauses, EU-resident support tier, pseudonymise logs before transfer.",');
  });

  it('prefixes text that a spreadsheet would run as a formula', () => {
    const csv = toCSV(register([
      risk('f1', { title: '=HYPERLINK("x")' }),
      risk('f2', { title: '+1+1' }),
      risk('f3', { title: '-2+3' }),
      risk('f4', { title: '@SUM(A1:A2)' }),
      risk('f5', { title: '\tTabbed' }),
      risk('f6', { title: '\rReturned' }),
      risk('f7', { title: 'Safe = fine', owner: '=cmd|"/c calc"!A1', mitigation: '@risk' }),
    ]));
    expect(rowOf(csv, 'f1')).toMatch(/^f1,"'=HYPERLINK\(""x""\)",other,/);
    expect(rowOf(csv, 'f2')).toMatch(/^f2,'\+1\+1,other,/);
    expect(rowOf(csv, 'f3')).toMatch(/^f3,'-2\+3,other,/);
    expect(rowOf(csv, 'f4')).toMatch(/^f4,'@SUM\(A1:A2\),other,/);
    expect(rowOf(csv, 'f5')).toMatch(/^f5,'\tTabbed,other,/);
    expect(rowOf(csv, 'f6')).toMatch(/^f6,"'\rReturned",other,/);
    expect(rowOf(csv, 'f7')).toBe(`f7,Safe = fine,other,,2,3,6,medium,,,,,"'=cmd|""/c calc""!A1",reduce,'@risk,open,`);
  });

  it('never prefixes numbers, only text', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(3)).toBe('3');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(toCsvText([['a', 'b'], [1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('toMarkdown', () => {
  it('has the title heading, a table row per risk and a section per risk', () => {
    const md = toMarkdown(sampleRiskRegister());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Co-sold GPU cloud alliance: risk register');
    const table = lines.filter((l) => l.startsWith('| '));
    expect(table).toHaveLength(14); // header, separator, 12 risks
    expect(table[0]).toBe('| Risk | Category | Score | Residual | Response | Owner | Status | Review |');
    expect(table[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(table[2]).toBe(
      '| Competitively sensitive information exchanged in joint pricing forums | antitrust | 15 \\(high\\) | 5 \\(medium\\) | reduce | General Counsel | open | 2026-09-30 |',
    );
    expect(table[10]).toBe(
      '| Model output incident harms the co-branded offering | reputational | 8 \\(medium\\) | — | accept | Communications Director | open | — |',
    );
    expect(lines.filter((l) => l.startsWith('## '))).toHaveLength(12);
    expect(md).toContain('- **Likelihood × impact:** 3 × 5 = 15');
  });

  it('escapes Markdown and HTML in text, so nothing renders as markup', () => {
    const md = toMarkdown(register([
      risk('x', { title: '<img src=x onerror=alert(1)>', description: 'a <script>alert(1)</script>\nsecond line' }),
      risk('y', { title: '**bold** [link](javascript:alert(1)) a|b `code` #tag' }),
      risk('z', { title: '- not a list' }),
    ], { title: '<b>Register</b> | *x*' }));
    expect(md).not.toMatch(/(^|[^\\])<(img|script|b)\b/m);
    expect(md.split('\n')[0]).toBe('# \\<b\\>Register\\</b\\> \\| \\*x\\*');
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(md).toContain('\\*\\*bold\\*\\* \\[link\\]\\(javascript:alert\\(1\\)\\) a\\|b \\`code\\` \\#tag');
    expect(md).toContain('a \\<script\\>alert\\(1\\)\\</script\\> second line');
    expect(md).toContain('## \\- not a list');
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) expect(borders(row)).toBe(9);
  });

  it('says so when the register is empty, with a default heading for an empty title', () => {
    const md = toMarkdown(register([], { title: '  ' }));
    expect(md.split('\n')[0]).toBe('# Risk register');
    expect(md).toMatch(/No risks/);
    expect(md).not.toContain('|');
  });

  it('accepts JSON text like validate() does', () => {
    expect(toMarkdown(JSON.stringify(sampleRiskRegister()))).toBe(toMarkdown(sampleRiskRegister()));
    expect(toCSV(JSON.stringify(sampleRiskRegister()))).toBe(toCSV(sampleRiskRegister()));
  });
});

describe('exports of invalid documents', () => {
  const bad = register([risk('a', { likelihood: 9 })]);

  it('toMarkdown throws a readable TypeError', () => {
    expect(() => toMarkdown(bad)).toThrow(TypeError);
    expect(() => toMarkdown(bad)).toThrow('Cannot write Markdown: /risks/0/likelihood likelihood must be from 1 to 5.');
    expect(() => toMarkdown('{oops')).toThrow(/^Cannot write Markdown: \/ This is not valid JSON/);
  });

  it('toCSV throws a readable TypeError', () => {
    expect(() => toCSV(bad)).toThrow(TypeError);
    expect(() => toCSV(bad)).toThrow('Cannot write CSV: /risks/0/likelihood likelihood must be from 1 to 5.');
    expect(() => toCSV({ kind: 'weather-report', version: 1 })).toThrow(/Cannot write CSV: \/kind Unknown kind "weather-report"/);
  });
});

describe('Markdown escaping at the start of a line', () => {
  it('keeps figures as they are, and stops list items, rules and underlines', async () => {
    const { mdText } = await import('../../src/models/shared/markdown.js');
    expect(mdText('7.5 of 10')).toBe('7.5 of 10');
    expect(mdText('1. first')).toBe('1\\. first');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('---')).toBe('\\---');
    expect(mdText('-5% margin')).toBe('-5% margin');
  });
});
