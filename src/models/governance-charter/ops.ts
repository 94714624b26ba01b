import { nextId } from '../shared/ids.js';
import { unlessUnchanged } from '../shared/ops.js';
import { sampleGovernanceCharter } from './sample.js';
import type { CharterList, EscalationLevel, ExitCriterion, GoverningBody, GovernanceCharterDocument, OperatingRhythm } from './types.js';

/** Every edit a user can make, as a pure function. An edit that changes nothing returns the same document. */

type Doc = GovernanceCharterDocument;
type ItemOf<L extends CharterList> = Doc[L][number];

const PREFIX: Record<CharterList, string> = { bodies: 'body', escalation: 'level', rhythms: 'rhythm', exitCriteria: 'exit' };

/** What a new item of each list starts as. */
function blank<L extends CharterList>(doc: Doc, list: L, id: string): ItemOf<L> {
  const items: Record<CharterList, () => ItemOf<CharterList>> = {
    bodies: (): GoverningBody => ({ id, name: 'New governing body', members: [], cadence: 'quarterly', decisionRights: '' }),
    escalation: (): EscalationLevel => ({
      id,
      level: Math.max(0, ...doc.escalation.map((e) => e.level)) + 1,
      trigger: '',
      owner: '',
      responseDays: 5,
    }),
    rhythms: (): OperatingRhythm => ({ id, name: 'New meeting', cadence: 'monthly', participants: [], outputs: '' }),
    exitCriteria: (): ExitCriterion => ({ id, text: '' }),
  };
  return items[list]() as ItemOf<L>;
}

export const nextItemId = (doc: Doc, list: CharterList): string => nextId(PREFIX[list], doc[list].map((i) => i.id));

/** Adds an item at the end of a list; its id is `fields.id` or a fresh one. */
export function addItem<L extends CharterList>(doc: Doc, list: L, fields: Partial<ItemOf<L>> = {}): Doc {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<ItemOf<L>>;
  const id = (given.id as string | undefined) ?? nextItemId(doc, list);
  const item = { ...blank(doc, list, id), ...given, id };
  return { ...doc, [list]: [...doc[list], item] };
}

/** Changes fields of one item; `undefined` removes an optional field. */
export function updateItem<L extends CharterList>(doc: Doc, list: L, id: string, patch: Partial<ItemOf<L>>): Doc {
  const items = doc[list] as Array<ItemOf<L>>;
  const current = items.find((i) => i.id === id) as Record<string, unknown> | undefined;
  const p = patch as Record<string, unknown>;
  if (!current || Object.keys(p).every((k) => sameValue(current[k], p[k]))) return doc;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const changed: Record<string, unknown> = { ...item, ...p };
    for (const key of Object.keys(p)) if (p[key] === undefined) delete changed[key];
    return changed as ItemOf<L>;
  });
  return { ...doc, [list]: next };
}

export function removeItem(doc: Doc, list: CharterList, id: string): Doc {
  const items = doc[list] as Array<{ id: string }>;
  return items.some((i) => i.id === id) ? { ...doc, [list]: items.filter((i) => i.id !== id) } : doc;
}

/** Moves an item up (`-1`) or down (`+1`) its list; at either end nothing changes. */
export function moveItem(doc: Doc, list: CharterList, id: string, delta: number): Doc {
  const items = [...(doc[list] as Array<{ id: string }>)];
  const from = items.findIndex((i) => i.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length || delta === 0) return doc;
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item!);
  return { ...doc, [list]: items };
}

/** Fills the empty lists of a charter from the preset alliance charter, keeping the document's own title. */
export function useSampleCharter(doc: Doc): Doc {
  const sample = sampleGovernanceCharter();
  return unlessUnchanged(doc, {
    ...doc,
    title: doc.title || sample.title,
    bodies: doc.bodies.length ? doc.bodies : sample.bodies,
    escalation: doc.escalation.length ? doc.escalation : sample.escalation,
    rhythms: doc.rhythms.length ? doc.rhythms : sample.rhythms,
    exitCriteria: doc.exitCriteria.length ? doc.exitCriteria : sample.exitCriteria,
  });
}

/** Lists of names compare by content: a re-typed list that says the same thing is no edit. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
