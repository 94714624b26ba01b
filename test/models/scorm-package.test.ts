/** The pieces of a SCORM package the CLI writes (src/cli): the zip, the manifest, names and launch pages. */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { escapeXml, scormManifest } from '../../src/cli/manifest.js';
import { activityName, launchPage, loaderFilesFor } from '../../src/cli/scorm-package.js';
import { crc32, zip } from '../../src/cli/zip.js';
import { languageFile, worksheetFile } from '../../src/core/hosted-page.js';

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes entries that read back through the central directory', () => {
    const text = 'hello '.repeat(100);
    const bytes = Buffer.from(zip([{ name: 'a/b.txt', data: new TextEncoder().encode(text) }, { name: 'x', data: new Uint8Array([1]) }]));
    const eocd = bytes.length - 22;
    expect(bytes.readUInt32LE(eocd)).toBe(0x06054b50);
    expect(bytes.readUInt16LE(eocd + 10)).toBe(2);
    const central = bytes.readUInt32LE(eocd + 16);
    expect(bytes.readUInt32LE(central)).toBe(0x02014b50);
    expect(bytes.readUInt16LE(central + 10)).toBe(8); // deflated
    const size = bytes.readUInt32LE(central + 20);
    const body = bytes.subarray(30 + 'a/b.txt'.length, 30 + 'a/b.txt'.length + size);
    expect(inflateRawSync(body).toString()).toBe(text);
    expect(bytes.readUInt32LE(central + 16)).toBe(crc32(new TextEncoder().encode(text)));
  });

  it('refuses paths that would leave the package folder, and duplicates', () => {
    for (const name of ['../x', '/abs', 'a//b', 'a\\b', '']) expect(() => zip([{ name, data: new Uint8Array() }]), name).toThrow(/Not a valid path/);
    expect(() => zip([{ name: 'a', data: new Uint8Array() }, { name: 'a', data: new Uint8Array() }])).toThrow(/same path/);
  });
});

describe('imsmanifest.xml', () => {
  const options = {
    identifier: 'pw-1',
    title: 'Risks & <deals> "2027"',
    items: [{ name: 'risks', title: 'Risk register', href: 'scorm/risks.html', files: ['scorm/risks.html', 'documents/risks.json'] }],
    sharedFiles: ['partnership-worksheets.bundle.js'],
  };

  it('escapes text and uses each version’s namespaces and spelling of scormtype', () => {
    const v12 = scormManifest({ ...options, version: '1.2' });
    expect(v12).toContain('<title>Risks &amp; &lt;deals&gt; &quot;2027&quot;</title>');
    expect(v12).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(v12).toContain('adlcp:scormtype="sco" href="scorm/risks.html"');
    expect(v12).not.toContain('imsss');
    const v2004 = scormManifest({ ...options, version: '2004' });
    expect(v2004).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(v2004).toContain('adlcp:scormType="asset"');
    expect(v2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(escapeXml('a\u0001b"')).toBe('ab&quot;');
  });
});

describe('names and pages', () => {
  it('makes file-safe, unique activity names', () => {
    const taken = new Set<string>();
    expect(activityName('docs/Risk Register (v2).JSON', taken)).toBe('risk-register-v2');
    expect(activityName('other/risk-register-v2.json', taken)).toBe('risk-register-v2-2');
    expect(activityName('Résumé.json', taken)).toBe('resume');
    expect(activityName('日本.json', taken)).toBe('worksheet');
  });

  it('fills the launch page template, and refuses a template without its placeholders', () => {
    const template = '<html lang="en">\n<meta name="pw-document" content="" />\n<meta name="pw-scorm" content="" />\n<title>Worksheet</title>';
    expect(launchPage(template, { document: '../documents/a.json', version: '2004', title: 'A & B $&' })).toBe(
      '<html lang="en">\n<meta name="pw-document" content="../documents/a.json" />\n<meta name="pw-scorm" content="2004" />\n<title>A &amp; B $&amp;</title>',
    );
    expect(launchPage(template, { document: 'a', version: '1.2', title: 't', lang: 'de-CH', dir: 'rtl' })).toMatch(/^<html lang="de-CH" dir="rtl">\n/);
    expect(() => launchPage('<title>Worksheet</title>', { document: 'a', version: '1.2', title: 't' })).toThrow(/rebuild/);
  });

  it("asks for its worksheets' files beside the document: each once, not those the template asks for already", () => {
    const template = '<html lang="en">\n<meta name="pw-document" content="" />\n<meta name="pw-scorm" content="" />\n<title>Worksheet</title>\n<link rel="modulepreload" href="../loader/core.js" />\n</head>';
    const page = launchPage(template, { document: 'a', version: '1.2', title: 't', preload: ['loader/core.js', 'loader/risk-register.js', 'loader/risk-register-model.js'] });
    expect(page.match(/modulepreload/g)).toHaveLength(3);
    expect(page).toContain('\n  <link rel="modulepreload" href="../loader/risk-register.js" />\n    <link rel="modulepreload" href="../loader/risk-register-model.js" />\n  </head>');
    expect(() => launchPage(template.replace('</head>', ''), { document: 'a', version: '1.2', title: 't', preload: ['loader/d3.js'] })).toThrow(/rebuild/);
  });

  it("finds the loader's files a page runs: the kinds' chunks, their models' and what they import, not what they fetch when asked", () => {
    const file = (name: string, source: string) => ({ name: `loader/${name}`, data: new TextEncoder().encode(source) });
    const code = [
      file('core.js', 'const e=1;export{e as a}'),
      file('d3.js', 'import{a}from"./core.js";export{a as b}'),
      file('risk-register.js', 'import{a as e}from"./core.js";import{b}from"./risk-register-model.js";'),
      file('risk-register-model.js', 'import{a}from"./core.js";'),
      file('okr-builder.js', 'import"./d3.js";import{a}from"./core.js";const o=()=>import("./embed-code.js");'),
      file('okr-builder-model.js', 'export const x=1;'),
      file('embed-code.js', 'import{a}from"./core.js";'),
    ];
    expect(loaderFilesFor(code, ['risk-register']).sort()).toEqual(['loader/core.js', 'loader/risk-register-model.js', 'loader/risk-register.js']);
    expect(loaderFilesFor(code, ['okr-builder', 'risk-register', 'okr-builder']).sort()).toEqual(
      ['loader/core.js', 'loader/d3.js', 'loader/okr-builder-model.js', 'loader/okr-builder.js', 'loader/risk-register-model.js', 'loader/risk-register.js'],
    );
    expect(loaderFilesFor(code, ['crystal-ball'])).toEqual([]);
  });
});

describe('the files a hosted page asks for ahead', () => {
  it("names a language's file by its first subtag, for the shipped languages only", () => {
    expect(languageFile('de')).toBe('partnership-worksheets.bundle.de.js');
    expect(languageFile('de-AT')).toBe('partnership-worksheets.bundle.de.js');
    expect(languageFile('ES-419')).toBe('partnership-worksheets.bundle.es.js');
    for (const none of ['en', 'en-GB', 'fr', '', 'deu']) expect(languageFile(none), none).toBeUndefined();
  });

  it("names a kind's own file, the loader for a playbook, and nothing for what is not a kind", () => {
    expect(worksheetFile('risk-register')).toBe('partnership-worksheets.risk-register.js');
    expect(worksheetFile('playbook')).toBe('partnership-worksheets.loader.js');
    for (const none of ['bundle', 'loader', '../x', 'Risk', '', 'a/b']) expect(worksheetFile(none), none).toBeUndefined();
  });
});
