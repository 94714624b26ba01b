import { expect } from '@open-wc/testing';
import { sampleRiskRegister } from '../../src/models/index.js';
import { embedPage, embedSrcUrl, embedUrl, packDocument, packedFromHash, scriptSafeJson, unpackDocument } from '../../src/core/embed-code.js';

describe('embed code (core/embed-code.ts)', () => {
  it('packs a document into base64url and unpacks it to the same JSON', async () => {
    const doc = { ...sampleRiskRegister(), title: 'Ünïcödé 日本語 🚀 </script> & "quotes"' };
    const packed = await packDocument(doc);
    expect(packed).to.match(/^[A-Za-z0-9_-]+$/);
    expect(packed.length).to.be.lessThan(JSON.stringify(doc).length);
    expect(JSON.parse(await unpackDocument(packed))).to.deep.equal(doc);
    expect(packedFromHash(`#doc=${packed}&readonly`)).to.equal(packed);
  });

  it('refuses a damaged link with a readable message', async () => {
    const packed = await packDocument(sampleRiskRegister());
    for (const bad of [packed.slice(0, 40), 'not base64!', '']) {
      let message = '';
      await unpackDocument(bad).catch((e: Error) => (message = e.message));
      if (bad) expect(message, bad).to.contain('damaged');
    }
  });

  it('writes the options into the query and the document into the fragment', () => {
    expect(embedUrl('https://x.org/pw', 'AbC', { storageKey: 'course 1/risks', readonly: true })).to.equal(
      'https://x.org/pw/embed/index.html?storage-key=course+1%2Frisks&readonly#doc=AbC',
    );
  });

  it('carries the language and direction of the worksheet, and leaves English and left-to-right implicit', () => {
    expect(embedUrl('https://x.org/pw', 'AbC', { lang: 'de-CH', dir: 'rtl' })).to.equal('https://x.org/pw/embed/index.html?lang=de-CH&dir=rtl#doc=AbC');
    expect(embedUrl('https://x.org/pw', 'AbC', { lang: 'en', dir: 'ltr' })).to.equal('https://x.org/pw/embed/index.html#doc=AbC');
  });

  it("links to a kind's own embed page, and to index.html without a kind", () => {
    expect(embedUrl('https://x.org/pw', 'AbC', { kind: 'okr-builder' })).to.equal('https://x.org/pw/embed/okr-builder.html#doc=AbC');
    expect(embedSrcUrl('https://x.org/pw/', 'a.json', { kind: 'playbook', storageKey: 'k' })).to.equal('https://x.org/pw/embed/playbook.html?src=a.json&storage-key=k');
    for (const kind of [undefined, '']) expect(embedPage(kind), String(kind)).to.equal('embed/index.html');
  });

  it('escapes </ and <!-- in JSON meant for a script element, and the JSON still parses to the same text', () => {
    const doc = { title: '</script><script>alert(1)</script> <!-- x' };
    const json = scriptSafeJson(doc);
    expect(json).not.to.contain('</');
    expect(json).not.to.contain('<!--');
    expect(JSON.parse(json)).to.deep.equal(doc);
  });
});

