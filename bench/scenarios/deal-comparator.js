// Deal-comparator scenario: one weight change in a 20-option × 30-criterion comparison, sensitivity included.
// Runs only when <pw-deal-comparator> is defined by the build; skipped with a note otherwise.
import { createVanillaDeal } from '../baselines/deal-comparator.js';
import { dealDoc } from '../page/fixtures.js';
import { Skip } from '../page/skip.js';

const TAG = 'pw-deal-comparator';
const OPTIONS = 20;
const CRITERIA = 30;
/** The criterion whose weight changes (the middle one). */
const CHANGED = 14;

/** The weight's number field of criterion CHANGED: an input whose aria-label mentions "weight" (number preferred over range). */
function weightInput(shadow) {
  const labelled = [...shadow.querySelectorAll('input[type=number], input[type=range]')].filter((i) => /weight/i.test(i.getAttribute('aria-label') ?? ''));
  const numbers = labelled.filter((i) => i.type === 'number');
  const pool = numbers.length >= CRITERIA ? numbers : labelled.filter((i) => i.type === 'range');
  return pool.length >= CRITERIA ? pool[CHANGED] : undefined;
}

function prepare(state, shadow) {
  const input = weightInput(shadow);
  if (!input) throw new Skip('no weight <input type=number|range> with an aria-label mentioning "weight" per criterion');
  state.input = input;
  state.next = String(Number(input.value) + 7);
}

/** Changes in one sample, each 7 up from the last (weights start at 1–30, so all stay under the slider's 100). */
const CHANGES = 4;

function changeWeight(state) {
  state.input.value = state.last = state.next;
  state.next = String(Number(state.next) + 7);
  state.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  state.input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export const dealComparatorScenarios = [
  {
    id: 'deal-weight-change-20x30',
    group: 'deal comparator',
    title: `${OPTIONS} options × ${CRITERIA} criteria: one weight change`,
    about: `A committed change of one criterion weight (its number field); totals, ranks, chart and sensitivity follow. Timed until update and layout are done. A sample is the mean of ${CHANGES} such changes in a row, each to a new weight.`,
    requires: [TAG],
    reps: CHANGES,
    ours: {
      setup(state, { stage }) {
        state.root = document.createElement(TAG);
        state.root.value = dealDoc(OPTIONS, CRITERIA);
        stage.append(state.root);
        return state.root.updateComplete.then(() => prepare(state, state.root.renderRoot));
      },
      run: (state) => (changeWeight(state), state.root),
      verify: (state) => (state.root.value.criteria[CHANGED].weight === Number(state.last) ? null : 'weight not at the last value set'),
    },
    vanilla: {
      setup(state, { stage }) {
        const built = createVanillaDeal(stage, dealDoc(OPTIONS, CRITERIA));
        state.root = built.host;
        state.criteria = built.criteria;
        prepare(state, built.host.shadowRoot);
      },
      run: (state) => void changeWeight(state),
      verify: (state) => (state.criteria[CHANGED].weight === Number(state.last) ? null : 'weight not at the last value set'),
    },
  },
];
