// Every user-visible string goes through the message layer: this scans the element and core sources for words
// written straight into templates, ARIA attributes, announcements and undo labels. A finding names file:line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const SCANNED = ['src/core', 'src/elements'];
/** Files that hold no interface text: catalogs, styles, icons, the bundle loader of hosted pages. */
const SKIP = /(messages|\.styles|styles|icons|hosted-page|style-props)\.ts$/;

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? files(rel) : rel.endsWith('.ts') && !SKIP.test(rel) ? [rel] : [];
  });
}

/** Words: two letters or more, outside `${…}` expressions. */
const WORDS = /[A-Za-z]{2,}/;
const stripExpressions = (text: string) => text.replace(/\$\{[^}]*\}/g, '');

/**
 * The static parts of every html`…` and svg`…` template in a source, with the line each starts on. Expressions
 * (`${…}`) are skipped, and templates nested inside them are collected too.
 */
function templateParts(source: string): Array<{ text: string; line: number }> {
  const parts: Array<{ text: string; line: number }> = [];
  const lineAt = (i: number) => source.slice(0, i).split('\n').length;
  // Reads a template literal whose backtick is at `i`; returns the index after its closing backtick.
  const literal = (i: number, collect: boolean): number => {
    let chunk = i + 1;
    for (let j = i + 1; j < source.length; j++) {
      const c = source[j];
      if (c === '\\') j++;
      else if (c === '`') {
        if (collect) parts.push({ text: source.slice(chunk, j), line: lineAt(chunk) });
        return j + 1;
      } else if (c === '$' && source[j + 1] === '{') {
        if (collect) parts.push({ text: source.slice(chunk, j), line: lineAt(chunk) });
        j = expression(j + 2) - 1;
        chunk = j + 1;
      }
    }
    return source.length;
  };
  // Skips an expression up to its closing brace; returns the index after it.
  const expression = (i: number): number => {
    let depth = 1;
    for (let j = i; j < source.length; j++) {
      const c = source[j]!;
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return j + 1;
      else if (c === "'" || c === '"') {
        for (j++; j < source.length && source[j] !== c; j++) if (source[j] === '\\') j++;
      } else if (c === '`') j = literal(j, /\b(?:html|svg)$/.test(source.slice(Math.max(0, j - 4), j))) - 1;
    }
    return source.length;
  };
  for (const m of source.matchAll(/\b(?:html|svg)`/g)) {
    const at = m.index! + m[0].length - 1;
    // Templates nested in an expression were collected with their parent.
    if (!parts.some((p) => p.line === -1)) literal(at, true);
  }
  // A template may be reached twice (nested, then on its own): keep each part once.
  const seen = new Set<string>();
  return parts.filter((p) => !seen.has(`${p.line}|${p.text}`) && (seen.add(`${p.line}|${p.text}`), true));
}

/** Text that is not language: code samples, symbols, numbers, file names and format names. */
const ALLOWED = [
  /^\s*$/,
  /^[\s\d.,:;%×–—→←↑↓·•…()\-+/#*]+$/,
  /^[\w./-]+\.(js|json|html|css)$/,
  /^(JSON|CSV|Markdown|SVG|PNG|OKR|KR|ID|IRI|URL|iframe|xAPI)$/,
];
const accept = (raw: string) => {
  const text = stripExpressions(raw).replace(/&[a-z]+;/g, '').trim();
  return !WORDS.test(text) || ALLOWED.some((a) => a.test(text)) ? undefined : text;
};

describe('interface text', () => {
  it('is never written straight into a template, an ARIA attribute or an announcement (it goes through t())', () => {
    const findings: string[] = [];
    for (const file of SCANNED.flatMap(files)) {
      const source = readFileSync(path.join(root, file), 'utf8');
      for (const { text, line } of templateParts(source)) {
        // Text between tags: a part that starts inside a tag (after an attribute's expression) begins at its first ">".
        const firstGt = text.indexOf('>');
        const firstLt = text.indexOf('<');
        const insideTag = firstGt >= 0 && (firstLt < 0 || firstGt < firstLt);
        const noTags = firstGt < 0 && firstLt < 0;
        const body = insideTag ? text.slice(firstGt) : noTags ? (/[="]/.test(text) ? '' : `>${text}<`) : `>${text}`;
        for (const m of `${body}<`.matchAll(/>([^<>]*)</g)) {
          const found = accept(m[1]!);
          if (found) findings.push(`${file}:${line}: text: ${JSON.stringify(found)}`);
        }
        for (const m of text.matchAll(/\b(?:aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)="([^"]*)"/g)) {
          const found = accept(m[1]!);
          if (found) findings.push(`${file}:${line}: attribute: ${JSON.stringify(found)}`);
        }
      }
      source.split('\n').forEach((l, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(l)) return;
        for (const m of l.matchAll(/\b(?:announce|commit|refuse|reportStorage)\((?:[^;'`]*?,\s*)?(['`][A-Z][^'`]*['`])/g)) {
          const found = accept(m[1]!.slice(1, -1));
          if (found) findings.push(`${file}:${i + 1}: message: ${JSON.stringify(found)}`);
        }
      });
    }
    expect(findings).toEqual([]);
  });
});
