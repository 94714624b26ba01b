import { formatList, formatNumber, formatPercent, type MessageKey, type MessageParams, type Translate } from '../../core/i18n.js';
import type { DealAnalysis } from '../../models/deal-comparator/selectors.js';
import { SCORE_MAX, type DealComparatorDocument, type DealStructure, type IpOwnership } from '../../models/deal-comparator/types.js';

/** Messages already written, per translator (a new one comes with every change of locale or overrides). */
const written = new WeakMap<Translate, Map<string, string>>();

/**
 * A message looked up once per translator: the grid writes the same words in hundreds of cells on every step of a
 * weight drag. `id` must name everything the parameters depend on (e.g. the option and criterion names).
 */
export function once(t: Translate, key: MessageKey, params?: MessageParams, id = ''): string {
  let memo = written.get(t);
  if (!memo || memo.size > 20_000) written.set(t, (memo = new Map()));
  const k = id ? `${key}\u0000${id}` : key;
  let text = memo.get(k);
  if (text === undefined) memo.set(k, (text = t(key, params)));
  return text;
}

/** A total or contribution, always two decimals so that a column lines up ("7.70", "7,70"). */
export const formatPoints = (locale: string, value: number): string =>
  formatNumber(locale, Math.round(value * 100) / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A share of the total weight (0–1) as a percentage ("18%", "12,5 %"). */
export const formatShare = (locale: string, share: number): string => formatPercent(locale, Math.round(share * 1000) / 1000, 1);

/** A weight as people read it: whole numbers stay whole, others keep at most two decimals. */
export const formatWeight = (locale: string, weight: number): string =>
  formatNumber(locale, Math.round(weight * 100) / 100, { maximumFractionDigits: 2 });

const STRUCTURE_KEY: Record<DealStructure, MessageKey> = {
  'revenue-share': 'deal.structure.revenueShare',
  'equity-investment': 'deal.structure.equityInvestment',
  'joint-venture': 'deal.structure.jointVenture',
  licensing: 'deal.structure.licensing',
  'co-development': 'deal.structure.coDevelopment',
  reseller: 'deal.structure.reseller',
  other: 'deal.structure.other',
};

const IP_KEY: Record<IpOwnership, MessageKey> = {
  ours: 'deal.ip.ours',
  partner: 'deal.ip.partner',
  joint: 'deal.ip.joint',
  licensed: 'deal.ip.licensed',
};

/** A deal structure in words. */
export const structureLabel = (t: Translate, structure: DealStructure): string => once(t, STRUCTURE_KEY[structure] ?? 'deal.structure.other');

/** Who owns the IP, in words. */
export const ipLabel = (t: Translate, ip: IpOwnership): string => once(t, IP_KEY[ip]);

const nameOf = (doc: DealComparatorDocument, id: string | undefined): string => doc.options.find((o) => o.id === id)?.name ?? '';

/** Who leads and by how much, or why no one does, in one sentence. */
export function leaderSentence(t: Translate, doc: DealComparatorDocument, a: DealAnalysis): string {
  const points = (v: number) => formatPoints(t.locale, v);
  switch (a.noLeader) {
    case 'no-options':
      return t('deal.leader.noOptions');
    case 'no-criteria':
      return t('deal.leader.noCriteria');
    case 'no-weight':
      return t('deal.leader.noWeight');
    case 'tied': {
      const names = a.leaderIds.map((id) => nameOf(doc, id));
      const total = a.standings.find((s) => s.leader)!.total!;
      return t('deal.leader.tied', { total: points(total), max: SCORE_MAX, names: formatList(t.locale, names) });
    }
    default: {
      const leader = a.standings.find((s) => s.id === a.leaderId)!;
      const base = { name: leader.name, total: points(leader.total!), max: SCORE_MAX };
      if (a.runnerUpId === undefined) return t('deal.leader.only', base);
      return t('deal.leader.ahead', { ...base, margin: points(a.leaderMargin!), runnerUp: nameOf(doc, a.runnerUpId) });
    }
  }
}
