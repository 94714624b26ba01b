import { sampleOkrBuilder, type KeyResult, type Objective, type OkrBuilderDocument } from '../src/models/okr-builder/index.js';

/** A deterministic sheet of `n` objectives (a small linear congruential generator, so every run is the same). */
export function largeOkrBuilder(n: number, seed = 11): OkrBuilderDocument {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const base = sampleOkrBuilder();
  const templates = base.objectives;
  const ownerSets = [['ours', 'partner'], ['ours'], ['partner']];
  let kr = 0;
  const objectives: Objective[] = Array.from({ length: n }, (_, i) => {
    const template = templates[i % templates.length]!;
    const owners = ownerSets[Math.floor(next() * ownerSets.length)]!;
    const keyResults: KeyResult[] = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, j) => {
      const t = template.keyResults[j % template.keyResults.length]!;
      const rising = t.target > t.start;
      const span = Math.abs(t.target - t.start);
      const progress = next() * 1.1;
      return {
        id: `kr-${++kr}`,
        title: t.title,
        owner: owners[Math.floor(next() * owners.length)]!,
        start: t.start,
        target: t.target,
        current: Math.round((t.start + (rising ? 1 : -1) * span * progress) * 10) / 10,
        ...(t.unit ? { unit: t.unit } : {}),
        confidence: Math.round(next() * 10) / 10,
      };
    });
    return { id: `objective-${i + 1}`, title: `${template.title} (${i + 1})`, owners: [...owners], keyResults };
  });
  return { ...base, title: `Joint OKRs with ${n} objectives`, objectives };
}
