import type { RiskRegisterDocument } from './types.js';

/** A preset register for an AI-infrastructure partnership (a hyperscaler, a chip vendor and a model lab). */
export const sampleRiskRegister = (): RiskRegisterDocument => ({
  kind: 'risk-register',
  version: 1,
  title: 'Co-sold GPU cloud alliance: risk register',
  risks: [
    {
      id: 'risk-1', title: 'Competitively sensitive information exchanged in joint pricing forums', category: 'antitrust',
      description: 'Sales teams of two competitors share roadmap pricing and customer bids in the weekly pipeline call.',
      likelihood: 3, impact: 5, residualLikelihood: 1, residualImpact: 5, owner: 'General Counsel', response: 'reduce',
      mitigation: 'Clean-team protocol; counsel attends pricing calls; only aggregated pipeline data is shared.',
      status: 'open', reviewDate: '2026-09-30',
    },
    {
      id: 'risk-2', title: 'Cross-border transfer of customer telemetry', category: 'data-sharing',
      description: 'Joint support tooling moves EU customer logs to US operations centres.',
      likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4, owner: 'Chief Privacy Officer', response: 'reduce',
      mitigation: 'Standard contractual clauses, EU-resident support tier, pseudonymise logs before transfer.',
      status: 'monitoring', reviewDate: '2027-01-15',
    },
    {
      id: 'risk-3', title: 'Export controls on advanced accelerators', category: 'regulatory',
      description: 'New licence requirements block shipment of the joint cluster SKU to some regions.',
      likelihood: 4, impact: 5, residualLikelihood: 3, residualImpact: 4, owner: 'Trade Compliance Lead', response: 'reduce',
      mitigation: 'Region-by-region licensing plan; a compliant SKU for restricted markets; screening of end users.',
      status: 'open', reviewDate: '2026-12-10',
    },
    {
      id: 'risk-4', title: 'IP leakage in the co-developed inference runtime', category: 'ip',
      description: 'Engineers from both sides commit to one repository without clear background-IP boundaries.',
      likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 3, owner: 'VP Engineering', response: 'reduce',
      mitigation: 'Background IP schedule in the agreement; contribution log; separate repositories for core kernels.',
      status: 'open', reviewDate: '2027-02-01',
    },
    {
      id: 'risk-5', title: 'Single-cloud concentration for training capacity', category: 'concentration',
      description: 'All reserved training capacity sits with one hyperscaler in two regions.',
      likelihood: 3, impact: 4, owner: 'Head of Infrastructure', response: 'transfer',
      mitigation: 'Second-source agreement with a neocloud; portable orchestration layer.',
      status: 'open', reviewDate: '2026-08-01',
    },
    {
      id: 'risk-6', title: 'Exclusivity clause challenged as market foreclosure', category: 'antitrust',
      description: 'A three-year exclusive on the accelerator line may draw a competition authority inquiry.',
      likelihood: 2, impact: 5, residualLikelihood: 1, residualImpact: 4, owner: 'General Counsel', response: 'avoid',
      mitigation: 'Replace exclusivity with volume commitments and a most-favoured-customer clause.',
      status: 'closed', reviewDate: '2026-06-30',
    },
    {
      id: 'risk-7', title: 'GPU allocation shortfall delays the joint launch', category: 'operational',
      description: 'Supply for the launch quarter is below the co-sell forecast.',
      likelihood: 4, impact: 3, residualLikelihood: 3, residualImpact: 3, owner: 'Alliance Operations', response: 'reduce',
      mitigation: 'Phased launch by region; allocation review in the monthly operating committee.',
      status: 'monitoring', reviewDate: '2026-12-01',
    },
    {
      id: 'risk-8', title: 'Dispute over attributed consumption in the revenue share', category: 'commercial',
      description: 'The partners measure co-sold consumption differently, so the revenue share is contested.',
      likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 2, owner: 'Partner Finance', response: 'reduce',
      mitigation: 'One attribution method in the agreement; quarterly reconciliation with audit rights.',
      status: 'open', reviewDate: '2027-03-31',
    },
    {
      id: 'risk-9', title: 'Model output incident harms the co-branded offering', category: 'reputational',
      description: 'A harmful output from a hosted model is reported under both brands.',
      likelihood: 2, impact: 4, owner: 'Communications Director', response: 'accept',
      mitigation: 'Joint incident playbook and a shared statement template.',
      status: 'open',
    },
    {
      id: 'risk-10', title: 'Data residency rules for public-sector customers', category: 'regulatory',
      description: 'Sovereign-cloud rules require in-country operation by vetted staff.',
      likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 2, owner: 'Public Sector Lead', response: 'reduce',
      mitigation: 'Sovereign region with a local operating partner.',
      status: 'open', reviewDate: '2027-04-15',
    },
    {
      id: 'risk-11', title: 'Attrition of key partner engineers', category: 'operational',
      description: 'Three engineers hold most of the integration knowledge.',
      likelihood: 2, impact: 2, owner: 'Alliance Operations', response: 'accept',
      mitigation: 'Runbooks and paired on-call across both teams.',
      status: 'monitoring', reviewDate: '2027-01-31',
    },
    {
      id: 'risk-12', title: 'Copyleft code in the joint SDK', category: 'ip',
      description: 'A dependency under a copyleft licence would oblige release of proprietary extensions.',
      likelihood: 1, impact: 3, residualLikelihood: 1, residualImpact: 1, owner: 'Open Source Office', response: 'avoid',
      mitigation: 'Licence scanning in CI; allow-list of licences.',
      status: 'closed',
    },
  ],
});
