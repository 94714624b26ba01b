// Deterministic documents for the scenarios. The same seed gives the same document on every run and machine,
// so ours and the baseline always get identical data and runs can be compared with each other.

import { random } from '../lib/stats.js'; // the one seedable PRNG of the bench

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const WORDS = (
  'partner alliance pricing forum customer telemetry export licence accelerator cluster region inference runtime ' +
  'repository capacity training exclusivity clause supply launch revenue share consumption attribution model ' +
  'output incident residency sovereign engineer copyleft dependency roadmap contract audit governance budget'
).split(' ');
const sentence = (rnd, words) => {
  const s = Array.from({ length: words }, () => pick(rnd, WORDS)).join(' ');
  return s[0].toUpperCase() + s.slice(1);
};

/** The date the overdue check uses, fixed so that the same rows are overdue on every run. */
export const TODAY = '2026-11-25';

const CATEGORIES = ['antitrust', 'data-sharing', 'regulatory', 'ip', 'commercial', 'operational', 'reputational', 'concentration', 'other'];
const RESPONSES = ['avoid', 'reduce', 'transfer', 'accept'];
const STATUSES = ['open', 'monitoring', 'closed'];
const OWNERS = ['General Counsel', 'Chief Privacy Officer', 'VP Engineering', 'Alliance Operations', 'Partner Finance', 'Trade Compliance Lead'];

/**
 * A valid risk-register document with `n` risks (ids risk-1 … risk-n), about 490 characters of JSON per risk.
 * `compact` shortens the texts (about 300 characters per risk), for lighter runs; 10,000 full-length risks
 * (4.86 MB) fit under the package's document size limit (MAX_DOCUMENT_CHARS).
 */
export function riskDoc(n, seed = 1, { compact = false } = {}) {
  const rnd = random(seed);
  const words = (lo, hi) => (compact ? Math.max(1, Math.round(int(rnd, lo, hi) / 3)) : int(rnd, lo, hi));
  const risks = [];
  for (let i = 1; i <= n; i++) {
    const risk = {
      id: `risk-${i}`,
      title: sentence(rnd, words(4, 10)),
      category: pick(rnd, CATEGORIES),
      description: `${sentence(rnd, words(8, 18))}.`,
      likelihood: int(rnd, 1, 5),
      impact: int(rnd, 1, 5),
      owner: pick(rnd, OWNERS),
      response: pick(rnd, RESPONSES),
      mitigation: `${sentence(rnd, words(6, 14))}.`,
      status: pick(rnd, STATUSES),
    };
    if (rnd() < 0.6) {
      risk.residualLikelihood = int(rnd, 1, risk.likelihood);
      risk.residualImpact = int(rnd, 1, risk.impact);
    }
    if (rnd() < 0.8) risk.reviewDate = `202${int(rnd, 6, 7)}-${String(int(rnd, 1, 12)).padStart(2, '0')}-${String(int(rnd, 1, 28)).padStart(2, '0')}`;
    risks.push(risk);
  }
  return { kind: 'risk-register', version: 1, title: `Benchmark register (${n} risks)`, risks };
}

const SEGMENTS = [
  { id: 'hyperscalers', label: 'Hyperscalers' },
  { id: 'hardware', label: 'Hardware vendors' },
  { id: 'academia', label: 'Academia' },
  { id: 'startups', label: 'Startups' },
];

/** A valid segmentation-matrix document with `n` partners (ids partner-1 … partner-n), coordinates 0–90 so that one step right always moves. */
export function matrixDoc(n, seed = 2) {
  const rnd = random(seed);
  const partners = [];
  for (let i = 1; i <= n; i++) {
    const p = { id: `partner-${i}`, name: `${sentence(rnd, 2)} ${i}`, segment: pick(rnd, SEGMENTS).id, x: int(rnd, 0, 90), y: int(rnd, 0, 100), size: int(rnd, 1, 100) };
    if (rnd() < 0.5) p.notes = `${sentence(rnd, int(rnd, 3, 8))}.`;
    partners.push(p);
  }
  return {
    kind: 'segmentation-matrix',
    version: 1,
    title: `Benchmark ecosystem (${n} partners)`,
    axes: {
      x: { label: 'Strategic fit', low: 'Low fit', high: 'High fit' },
      y: { label: 'Ecosystem influence', low: 'Low influence', high: 'High influence' },
    },
    quadrants: ['Invest: strategic partners', 'Engage selectively', 'Monitor', 'Develop and grow'],
    segments: SEGMENTS.map((s) => ({ ...s })),
    partners,
  };
}

const STRUCTURES = ['revenue-share', 'equity-investment', 'joint-venture', 'licensing', 'co-development', 'reseller', 'other'];
const IP = ['ours', 'partner', 'joint', 'licensed'];

/** A valid deal-comparator document: `options` options scored on `criteria` criteria (ids option-i, crit-j). */
export function dealDoc(options, criteria, seed = 3) {
  const rnd = random(seed);
  const crit = Array.from({ length: criteria }, (_, j) => ({ id: `crit-${j + 1}`, label: sentence(rnd, int(rnd, 2, 4)), weight: int(rnd, 1, 30) }));
  const opts = Array.from({ length: options }, (_, i) => ({
    id: `option-${i + 1}`,
    name: `${sentence(rnd, int(rnd, 3, 6))} ${i + 1}`,
    structure: pick(rnd, STRUCTURES),
    terms: { revenueSharePct: int(rnd, 0, 50), upfrontInvestment: int(rnd, 0, 200) * 1e6, ipOwnership: pick(rnd, IP), termMonths: int(rnd, 12, 120), exitCriteria: `${sentence(rnd, 8)}.` },
    // Half-point scores, like the element's inputs (step 0.5).
    scores: Object.fromEntries(crit.map((c) => [c.id, int(rnd, 0, 20) / 2])),
    notes: `${sentence(rnd, 10)}.`,
  }));
  return { kind: 'deal-comparator', version: 1, title: `Benchmark comparison (${options} × ${criteria})`, currency: 'USD', criteria: crit, options: opts };
}

const UNITS = ['customers', 'regions', 'ms', '%', 'deals', undefined];

/**
 * A valid OKR-builder document: `n` objectives (ids objective-1 … objective-n) with three key results each
 * (kr-1 … kr-3, ids unique within their objective), owned by our team, the partner's or both; about half the
 * key results carry one to three check-ins.
 */
export function okrDoc(n, seed = 4) {
  const rnd = random(seed);
  const teams = [
    { id: 'ours', name: 'Our company' },
    { id: 'partner', name: 'Nimbus Cloud' },
  ];
  const objectives = Array.from({ length: n }, (_, i) => {
    const owners = pick(rnd, [['ours'], ['partner'], ['ours', 'partner']]);
    const keyResults = Array.from({ length: 3 }, (_, j) => {
      const start = int(rnd, 0, 20);
      const target = start + int(rnd, 5, 100);
      const kr = { id: `kr-${j + 1}`, title: sentence(rnd, int(rnd, 4, 9)), owner: pick(rnd, owners), start, target, current: int(rnd, start, target) };
      const unit = pick(rnd, UNITS);
      if (unit) kr.unit = unit;
      if (rnd() < 0.7) kr.confidence = int(rnd, 2, 9) / 10;
      if (rnd() < 0.5) {
        kr.checkIns = Array.from({ length: int(rnd, 1, 3) }, (_, k) => ({ id: `checkin-${k + 1}`, date: `2027-0${k + 1}-${String(int(rnd, 1, 28)).padStart(2, '0')}`, value: int(rnd, start, target) }));
        kr.current = kr.checkIns[kr.checkIns.length - 1].value;
      }
      return kr;
    });
    return { id: `objective-${i + 1}`, title: sentence(rnd, int(rnd, 5, 10)), owners, keyResults };
  });
  return { kind: 'okr-builder', version: 1, title: `Benchmark OKRs (${n} objectives)`, period: '2027-Q1', teams, objectives };
}
