// Segmentation-matrix scenarios: create with 2,000 partners, and one keyboard move of one point.
import { createVanillaMatrix } from '../baselines/segmentation-matrix.js';
import { matrixDoc } from '../page/fixtures.js';
import { Skip } from '../page/skip.js';

const TAG = 'pw-segmentation-matrix';
const WIDTH = 1000;
const MOVED = 'partner-1000';
/**
 * The baseline draws its chart at the width the element's chart frame settles at inside a 1000 px element
 * (1000 − border, padding, the 20rem side column and the gap = 630 px with the current styles). The element
 * itself first renders at its 640 px fallback and re-renders at 630 px after its ResizeObserver reports.
 */
export const VANILLA_CHART_WIDTH = 630;

function createOurs(stage, doc) {
  const el = document.createElement(TAG);
  el.style.width = `${WIDTH}px`;
  el.value = doc;
  stage.append(el);
  return el;
}

function createVanilla(stage, doc) {
  const built = createVanillaMatrix(stage, doc, { width: VANILLA_CHART_WIDTH });
  built.host.style.width = `${WIDTH}px`;
  return built;
}

/** Focuses the moved point (untimed) and remembers where it was. */
function preparePoint(state, shadow) {
  const point = shadow.querySelector(`.point[data-id="${MOVED}"]`);
  if (!point) throw new Skip(`no .point[data-id="${MOVED}"] in the chart`);
  point.focus();
  state.point = point;
}

function pressArrowRight(state) {
  state.point.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
}

export const segmentationMatrixScenarios = [
  {
    id: 'matrix-create-2000',
    group: 'segmentation matrix',
    title: 'create with 2,000 partners',
    about: 'A new <pw-segmentation-matrix> (1000 px wide) is given a 2,000-partner document and rendered (first render; see README on the resize re-render).',
    requires: [TAG],
    width: WIDTH,
    ours: {
      setup: (state) => void (state.doc = matrixDoc(2000)),
      run: (state, { stage }) => (state.root = createOurs(stage, state.doc)),
      verify: (state) => (state.root.renderRoot.querySelectorAll('.point').length === 2000 ? null : 'wrong number of points'),
    },
    vanilla: {
      setup: (state) => void (state.doc = matrixDoc(2000)),
      run: (state, { stage }) => void (state.root = createVanilla(stage, state.doc).host),
      verify: (state) => (state.root.shadowRoot.querySelectorAll('.point').length === 2000 ? null : 'wrong number of points'),
    },
  },

  {
    id: 'matrix-keyboard-move-2000',
    group: 'segmentation matrix',
    title: 'one keyboard move in 2,000 partners',
    about: `ArrowRight keydown (bubbles, composed) on the focused point ${MOVED}; timed until the update and layout are done.`,
    requires: [TAG],
    width: WIDTH,
    target: { ms: 8 },
    ours: {
      setup(state, { stage }) {
        const doc = matrixDoc(2000);
        state.before = doc.partners.find((p) => p.id === MOVED).x;
        state.root = createOurs(stage, doc); // `value` copies the document: `doc` stays as it was
        return state.root.updateComplete.then(() => preparePoint(state, state.root.renderRoot));
      },
      run: (state) => (pressArrowRight(state), state.root),
      verify: (state) => (state.root.value.partners.find((p) => p.id === MOVED).x === state.before + 1 ? null : 'point did not move'),
    },
    vanilla: {
      setup(state, { stage }) {
        const built = createVanilla(stage, matrixDoc(2000));
        state.root = built.host;
        state.partner = built.byId.get(MOVED);
        state.before = state.partner.x;
        preparePoint(state, built.host.shadowRoot);
      },
      run: (state) => void pressArrowRight(state),
      verify: (state) => (state.partner.x === state.before + 1 ? null : 'point did not move'),
    },
  },
];
