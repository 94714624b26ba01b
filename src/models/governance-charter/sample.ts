import type { GovernanceCharterDocument } from './types.js';

export const emptyGovernanceCharter = (): GovernanceCharterDocument => ({
  kind: 'governance-charter',
  version: 1,
  title: '',
  bodies: [],
  escalation: [],
  rhythms: [],
  exitCriteria: [],
});

/** A preset charter for an AI-infrastructure alliance between a model company and a hyperscaler. */
export const sampleGovernanceCharter = (): GovernanceCharterDocument => ({
  kind: 'governance-charter',
  version: 1,
  title: 'Nimbus Cloud alliance: joint governance charter',
  bodies: [
    {
      id: 'body-1',
      name: 'Joint steering council',
      members: ['Chief Executive Officer (ours)', 'Chief Technology Officer (ours)', 'SVP Partnerships (Nimbus)', 'VP AI Infrastructure (Nimbus)'],
      cadence: 'quarterly',
      decisionRights: 'Alliance strategy, annual investment envelope, entry into new regions, changes to this charter.',
      quorum: 'Three of four, with both sides present',
      voting: 'consensus',
    },
    {
      id: 'body-2',
      name: 'Alliance operating committee',
      members: ['Alliance Director (ours)', 'Head of Co-sell (Nimbus)', 'Product Lead (ours)', 'Capacity Planning Lead (Nimbus)', 'Partner Finance (both)'],
      cadence: 'monthly',
      decisionRights: 'Roadmap priorities within the agreed envelope, capacity allocation, co-sell targets, pricing exceptions up to 15%.',
      quorum: 'Four of five',
      voting: 'simple-majority',
    },
    {
      id: 'body-3',
      name: 'Engineering working group',
      members: ['Inference Runtime Lead (ours)', 'Platform Architect (Nimbus)', 'Security Engineer (both)'],
      cadence: 'biweekly',
      decisionRights: 'Integration design, release readiness, incident post-mortems.',
      voting: 'consensus',
    },
  ],
  escalation: [
    { id: 'level-1', level: 1, trigger: 'A working-group decision is blocked for two meetings', owner: 'Engineering working group leads', responseDays: 5 },
    { id: 'level-2', level: 2, trigger: 'Unresolved at level 1, or a capacity shortfall above 10%', owner: 'Alliance operating committee', responseDays: 10 },
    { id: 'level-3', level: 3, trigger: 'Unresolved at level 2, or any antitrust, data-protection or export-control concern', owner: 'Joint steering council', responseDays: 15 },
    { id: 'level-4', level: 4, trigger: 'Deadlock at the steering council', owner: 'Chief executives, then mediation under the agreement', responseDays: 30 },
  ],
  rhythms: [
    { id: 'rhythm-1', name: 'Co-sell pipeline review', cadence: 'weekly', participants: ['Co-sell leads', 'Solution architects'], outputs: 'Deal priorities, blocked deals raised' },
    { id: 'rhythm-2', name: 'Engineering sync', cadence: 'biweekly', participants: ['Engineering working group'], outputs: 'Integration status, risks, release plan' },
    { id: 'rhythm-3', name: 'Operating committee', cadence: 'monthly', participants: ['Alliance operating committee'], outputs: 'Scorecard, capacity allocation, decisions log' },
    { id: 'rhythm-4', name: 'Quarterly business review', cadence: 'quarterly', participants: ['Joint steering council', 'Operating committee'], outputs: 'OKR scores, investment decisions, risk register review' },
    { id: 'rhythm-5', name: 'Alliance strategy summit', cadence: 'annual', participants: ['Executive sponsors', 'Steering council'], outputs: 'Next year’s joint plan and charter review' },
  ],
  exitCriteria: [
    { id: 'exit-1', text: 'Either side may leave with 180 days’ notice after the initial 24-month term.' },
    { id: 'exit-2', text: 'Immediate exit on a material breach not cured within 60 days, or on a change of control of either party.' },
    { id: 'exit-3', text: 'Joint revenue below 40% of plan for two consecutive quarters opens a structured review that may end the alliance.' },
    { id: 'exit-4', text: 'On exit, customers keep service for 12 months and jointly developed IP is handled as the agreement sets out.' },
  ],
});
