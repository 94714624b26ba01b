import { DEFAULT_TEAMS, type OkrBuilderDocument } from './types.js';

/** A new sheet: no objectives yet, our team and the partner's ready to be named. */
export const emptyOkrBuilder = (): OkrBuilderDocument => ({
  kind: 'okr-builder',
  version: 1,
  title: '',
  period: '',
  teams: DEFAULT_TEAMS.map((t) => ({ ...t })),
  objectives: [],
});

/**
 * Joint OKRs for launching a co-sold GPU cluster offering with a (fictional) hyperscaler, Nimbus Cloud.
 * Bands on purpose: one objective on track, one needing attention, one at risk; one coaching note (a joint
 * objective whose key results all sit with one side).
 */
export const sampleOkrBuilder = (): OkrBuilderDocument => ({
  kind: 'okr-builder',
  version: 1,
  title: 'Co-sold GPU cluster launch: joint OKRs',
  period: '2027-Q1',
  teams: [
    { id: 'ours', name: 'Our company' },
    { id: 'partner', name: 'Nimbus Cloud' },
  ],
  objectives: [
    {
      id: 'objective-1',
      title: 'Launch the co-sold GPU cluster offering in two regions',
      owners: ['ours', 'partner'],
      keyResults: [
        { id: 'kr-1', title: 'Regions live with the joint cluster SKU', owner: 'partner', start: 0, target: 2, current: 1, unit: 'regions', confidence: 0.8 },
        {
          id: 'kr-2', title: 'Reference customers running production inference', owner: 'ours', start: 0, target: 5, current: 3, unit: 'customers', confidence: 0.6,
          checkIns: [
            { id: 'checkin-1', date: '2027-01-15', value: 1, confidence: 0.5, note: 'First design partner live in eu-west.' },
            { id: 'checkin-2', date: '2027-02-05', value: 2, confidence: 0.6 },
            { id: 'checkin-3', date: '2027-02-26', value: 3, confidence: 0.6, note: 'Two more in the pipeline for March.' },
          ],
        },
        {
          id: 'kr-3', title: 'p95 latency of the reference model on the joint cluster', owner: 'ours', start: 120, target: 40, current: 70, unit: 'ms', confidence: 0.5,
          checkIns: [
            { id: 'checkin-1', date: '2027-01-10', value: 112, confidence: 0.4 },
            { id: 'checkin-2', date: '2027-01-31', value: 95, confidence: 0.5, note: 'Kernel fusion merged.' },
            { id: 'checkin-3', date: '2027-02-21', value: 78 },
            { id: 'checkin-4', date: '2027-03-07', value: 70, confidence: 0.5, note: 'Network topology change in region 2 pending.' },
          ],
        },
      ],
    },
    {
      id: 'objective-2',
      title: 'Build a joint pipeline that fills the launch capacity',
      owners: ['ours', 'partner'],
      keyResults: [
        {
          id: 'kr-4', title: 'Qualified co-sell opportunities', owner: 'partner', start: 0, target: 60, current: 21, unit: 'opportunities', confidence: 0.5,
          checkIns: [
            { id: 'checkin-1', date: '2027-01-20', value: 8 },
            { id: 'checkin-2', date: '2027-02-17', value: 21, confidence: 0.5, note: 'Field teams paired in 3 of 5 territories.' },
          ],
        },
        { id: 'kr-5', title: 'Marketplace private offers signed', owner: 'partner', start: 0, target: 12, current: 2, unit: 'offers', confidence: 0.4 },
      ],
    },
    {
      id: 'objective-3',
      title: 'Make the joint offering easy to buy and to run',
      owners: ['ours'],
      keyResults: [
        { id: 'kr-6', title: 'Days from order to the first GPU-hour', owner: 'ours', start: 14, target: 2, current: 5, unit: 'days', confidence: 0.7 },
        { id: 'kr-7', title: 'Onboarding guides published', owner: 'ours', start: 0, target: 6, current: 6, unit: 'guides', confidence: 1 },
        { id: 'kr-8', title: 'Support tickets escalated between the partners each month', owner: 'partner', start: 40, target: 10, current: 25, unit: 'tickets', confidence: 0.6 },
      ],
    },
    {
      id: 'objective-4',
      title: "Grow Nimbus Cloud's share of our training workloads",
      owners: ['partner'],
      keyResults: [
        { id: 'kr-9', title: 'GPU-hours consumed on Nimbus Cloud', owner: 'partner', start: 200000, target: 500000, current: 410000, unit: 'GPU-hours', confidence: 0.7 },
        { id: 'kr-10', title: 'Committed-spend agreement signed', owner: 'ours', start: 0, target: 1, current: 1, unit: 'agreement', confidence: 1 },
      ],
    },
  ],
});
