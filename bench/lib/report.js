// Turns results into the printed table, a Markdown table (for bench/README.md) and the JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const ms = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const value = (r, v) => (v === undefined || Number.isNaN(v) ? '–' : r.unit === 'MB' ? `${v.toFixed(2)} MB` : `${ms(v)} ms`);
const times = (v) => `${v.toFixed(2)}×`;

export function targetText(target) {
  if (!target) return '—';
  return [target.ratio !== undefined && `≤ ${target.ratio}×`, target.ms !== undefined && `< ${target.ms} ms`].filter(Boolean).join(', ');
}

/**
 * Whether a target holds. A ratio target is "met" when the whole 95% interval is under it, "missed" when the
 * whole interval is over it, and "unclear" otherwise; an absolute target compares our median.
 */
export function verdict(r) {
  const t = r.target;
  if (!t || r.status !== 'ok') return '—';
  const parts = [];
  if (t.ratio !== undefined) parts.push(r.ci[1] <= t.ratio ? 'met' : r.ci[0] > t.ratio ? 'missed' : 'unclear');
  if (t.ms !== undefined) parts.push(r.ours.median < t.ms ? 'met' : 'missed');
  return parts.includes('missed') ? 'missed' : parts.includes('unclear') ? 'unclear' : 'met';
}

const HEADERS = ['Scenario', 'Ours (median)', 'Vanilla (median)', 'Ratio', '95% CI', 'Target', 'Verdict', 'Elements ours / vanilla'];

function rows(results) {
  return results.map((r) => {
    const name = `${r.group}: ${r.title}`;
    if (r.status !== 'ok') return [name, r.status, '', '', '', targetText(r.target), '—', r.note ?? ''];
    return [
      name,
      value(r, r.ours.median),
      value(r, r.vanilla.median),
      times(r.ratio),
      `${times(r.ci[0])}–${times(r.ci[1])}`,
      targetText(r.target),
      verdict(r),
      `${r.ours.elements ?? '–'} / ${r.vanilla.elements ?? '–'}`,
    ];
  });
}

/** An aligned plain-text table for the terminal. */
export function textTable(results) {
  const all = [HEADERS, ...rows(results)];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  return [line(HEADERS), widths.map((w) => '─'.repeat(w)).join('  '), ...rows(results).map(line)].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(results) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  return [`| ${HEADERS.join(' | ')} |`, `|${HEADERS.map(() => '---').join('|')}|`, ...rows(results).map((row) => `| ${row.map(esc).join(' | ')} |`)].join('\n');
}

/** Extra lines under the table: memory detail (DOM heap), notes and page problems. */
export function notes(results) {
  const out = [];
  for (const r of results) {
    if (r.status === 'ok' && r.unit === 'MB' && r.ours.domMedian !== undefined) {
      out.push(`${r.group}: ${r.title}: DOM (Blink) heap ${r.ours.domMedian.toFixed(2)} MB ours vs ${r.vanilla.domMedian.toFixed(2)} MB vanilla (${times(r.ours.domMedian / r.vanilla.domMedian)}).`);
    }
    if (r.status === 'ok' && r.note) out.push(`${r.group}: ${r.title}: ${r.note}`);
    for (const p of r.problems ?? []) out.push(`${r.group}: ${r.title}: ${p}`);
  }
  return out;
}

export function writeJson(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

export function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
