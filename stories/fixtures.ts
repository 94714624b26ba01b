import {
  RISK_CATEGORIES,
  RISK_RESPONSES,
  RISK_STATUSES,
  sampleRiskRegister,
  sampleSegmentationMatrix,
  type Risk,
  type RiskRegisterDocument,
  type SegmentationMatrixDocument,
} from '../src/models/index.js';

/** A deterministic register of `n` risks (a small linear congruential generator, so every run is the same). */
export function largeRiskRegister(n: number, seed = 7): RiskRegisterDocument {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const rating = () => 1 + Math.floor(next() * 5);
  const base = sampleRiskRegister().risks;
  const risks: Risk[] = Array.from({ length: n }, (_, i) => {
    const template = base[i % base.length]!;
    const residual = next() > 0.3;
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    return {
      id: `risk-${i + 1}`,
      title: `${template.title} (${i + 1})`,
      category: pick(RISK_CATEGORIES),
      description: template.description,
      likelihood: rating(),
      impact: rating(),
      ...(residual ? { residualLikelihood: rating(), residualImpact: rating() } : {}),
      owner: template.owner,
      response: pick(RISK_RESPONSES),
      mitigation: template.mitigation,
      status: pick(RISK_STATUSES),
      reviewDate: `${next() > 0.5 ? 2026 : 2027}-${month}-15`,
    };
  });
  return { kind: 'risk-register', version: 1, title: `Risk register with ${n} risks`, risks };
}

/** A deterministic matrix of `n` partners spread over the four default segments. */
export function largeSegmentationMatrix(n: number, seed = 11): SegmentationMatrixDocument {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const base = sampleSegmentationMatrix();
  return {
    ...base,
    title: `Ecosystem with ${n} partners`,
    partners: Array.from({ length: n }, (_, i) => ({
      id: `partner-${i + 1}`,
      name: `${base.partners[i % base.partners.length]!.name} ${Math.floor(i / base.partners.length) + 1}`,
      segment: base.segments[i % base.segments.length]!.id,
      x: Math.round(next() * 100),
      y: Math.round(next() * 100),
      size: Math.round(5 + next() * 95),
    })),
  };
}
