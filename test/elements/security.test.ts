/**
 * Nothing injected, nothing lost (issue 8), for every worksheet element:
 *  - XSS payloads in every text field, through `value` and by typing: nothing runs, no element is injected,
 *    the text shows literally;
 *  - browser storage unavailable (a sandboxed iframe: localStorage throws SecurityError): the element still
 *    works and says autosave is off.
 * The strict-CSP page is test/tooling/csp.test.ts (the runner's own inline scripts rule it out here).
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { KINDS, validate } from '../../src/models/index.js';
import * as M from '../../src/models/index.js';
import type { PwStorageEvent } from '../../src/core/events.js';
import { typeInto } from '../contract/worksheet-contract.js';

type El = HTMLElement & { value: any; updateComplete: Promise<unknown> };
const w = window as unknown as Record<string, unknown>;

/** Each payload sets `window.__pwx` if it ever runs. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwx=1">',
  '<script>window.__pwx=1</script>',
  'javascript:window.__pwx=1',
  '"><svg onload="window.__pwx=1">',
  "'><iframe srcdoc=\"<script>parent.__pwx=1</script>\">",
  '${window.__pwx=1}',
  '`${window.__pwx=1}`',
  '</style><img src=x onerror="window.__pwx=1">',
  'x{background:expression(window.__pwx=1)}',
  '\u202Egnp.exe\u202C <b onmouseover="window.__pwx=1">',
  '{{constructor.constructor("window.__pwx=1")()}}',
];

const SAMPLES: Record<string, () => any> = {
  'risk-register': M.sampleRiskRegister,
  'segmentation-matrix': M.sampleSegmentationMatrix,
  'deal-comparator': M.sampleDealComparator,
  'okr-builder': M.sampleOkrBuilder,
  'governance-charter': M.sampleGovernanceCharter,
  playbook: M.samplePlaybook,
};
const tagOf = (kind: string) => `pw-${kind}`;

/** Every shadow root under `root`, nested ones (a playbook's sections) included. */
function shadowRoots(root: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) out.push(root.shadowRoot);
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

/** Elements a payload would create, and attributes a payload would add. */
function injected(root: Element): string[] {
  const found: string[] = [];
  for (const r of [root, ...shadowRoots(root)]) {
    for (const el of r.querySelectorAll('img, script, iframe, object, embed, b, svg[onload]')) found.push(el.localName);
    for (const el of r.querySelectorAll('*')) for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
  }
  return found;
}

/** What a person sees: text and the values of fields, across every shadow root. */
function shownText(root: Element): string {
  const parts = [root.textContent ?? ''];
  for (const r of shadowRoots(root)) {
    parts.push(r.textContent ?? '');
    for (const f of r.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) parts.push(f.value);
  }
  return parts.join('\n');
}

/** The sample with `payload` in every string field where the document stays valid (not enum values, dates, ids that others refer to). */
function withPayload(doc: any, payload: string): { doc: any; fields: number } {
  let fields = 0;
  const visit = (node: any): void => {
    for (const key of Object.keys(node)) {
      if (key === 'kind') continue;
      const value = node[key];
      if (typeof value === 'string') {
        node[key] = `${payload}${fields}`; // unique, so ids stay unique
        if (validate(doc).ok) fields++;
        else node[key] = value;
      } else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(doc);
  return { doc, fields };
}

describe('XSS: payloads in every text field', () => {
  beforeEach(() => delete w.__pwx);

  for (const kind of Object.keys(KINDS)) {
    const tag = unsafeStatic(tagOf(kind));

    it(`<${tagOf(kind)}> through value: nothing runs, nothing is injected, the text shows literally`, async () => {
      const el = (await fixture(staticHtml`<${tag}></${tag}>`)) as El;
      const baseline = injected(el).length;
      // One payload a pass keeps the pass cheap; every payload visits every field.
      for (const payload of PAYLOADS) {
        const { doc, fields } = withPayload(SAMPLES[kind]!(), payload);
        expect(fields, 'fields that took the payload').to.be.greaterThan(0);
        el.value = doc;
        await el.updateComplete;
        await aTimeout(20);
        expect(el.value).to.deep.equal(doc);
        expect(w.__pwx, payload).to.equal(undefined);
        expect(injected(el).length, `${payload}: ${injected(el).join(', ')}`).to.equal(baseline);
        expect(shownText(el)).to.contain(`${payload}0`);
      }
    });

    it(`<${tagOf(kind)}> by typing into visible text fields`, async () => {
      const el = (await fixture(staticHtml`<${tag}></${tag}>`)) as El;
      el.value = SAMPLES[kind]!();
      await el.updateComplete;
      const baseline = injected(el).length;
      for (const payload of PAYLOADS) {
        const fields = [...el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"], input:not([type])')]
          .filter((f) => !f.disabled && f.checkVisibility())
          .slice(0, 3);
        expect(fields.length).to.be.greaterThan(0);
        for (const f of fields) {
          await typeInto(f, payload);
          await el.updateComplete;
        }
        await aTimeout(20);
        expect(w.__pwx, payload).to.equal(undefined);
        expect(injected(el).length, `${payload}: ${injected(el).join(', ')}`).to.equal(baseline);
        expect(JSON.stringify(el.value)).to.contain(JSON.stringify(payload).slice(1, -1));
        expect(shownText(el)).to.contain(payload);
      }
    });
  }
});

describe('storage unavailable (a sandboxed iframe: localStorage throws SecurityError)', () => {
  for (const kind of Object.keys(KINDS)) {
    it(`<${tagOf(kind)}> still works and says autosave is off`, async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException("Failed to read the 'localStorage' property from 'Window': The document is sandboxed.", 'SecurityError');
        },
      });
      const events: PwStorageEvent[] = [];
      const listen = (e: Event) => events.push(e as PwStorageEvent);
      document.addEventListener('pw-storage', listen);
      try {
        const host = await fixture(html`<div></div>`);
        const el = document.createElement(tagOf(kind)) as El;
        el.setAttribute('storage-key', `sandboxed-${kind}`);
        el.value = SAMPLES[kind]!();
        expect(() => host.append(el)).not.to.throw();
        await el.updateComplete;
        expect(events.some((e) => e.detail.state === 'unavailable')).to.equal(true);
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain('Autosave is off');
        // Edits still work, and are not lost from memory.
        await typeInto(el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="title"]')!, 'Works without storage');
        await el.updateComplete;
        await aTimeout(400);
        window.dispatchEvent(new Event('pagehide'));
        expect(el.value.title).to.equal('Works without storage');
        expect(el.shadowRoot!.querySelector('.save-state')?.textContent).to.match(/Not saved/);
      } finally {
        Object.defineProperty(window, 'localStorage', original);
        document.removeEventListener('pw-storage', listen);
      }
    });
  }
});
