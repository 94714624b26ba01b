// OKR-builder scenarios: create a sheet of 200 objectives, and one check-in (the form under a key result).
import { createVanillaOkrBuilder } from '../baselines/okr-builder.js';
import { okrDoc } from '../page/fixtures.js';
import { Skip } from '../page/skip.js';

const TAG = 'pw-okr-builder';
const N = 200;
const OBJECTIVE = 'objective-100';
const KR = 'kr-2';
const TODAY = '2027-03-20';

function createOurs(stage, doc) {
  const el = document.createElement(TAG);
  el.setAttribute('today', TODAY);
  el.value = doc;
  stage.append(el);
  return el;
}

const objectives = (root) => root.querySelectorAll('li.objective').length;
const krOf = (doc) => doc.objectives.find((o) => o.id === OBJECTIVE).keyResults.find((k) => k.id === KR);

/** Fills the check-in form with a new value (one more than the current one). */
function fill(state, form, current) {
  const value = form.elements.namedItem('value');
  if (!value) throw new Skip('no value field in the check-in form');
  state.next = current + 1;
  value.value = String(state.next);
  state.form = form;
}

export const okrBuilderScenarios = [
  {
    id: 'okr-create-200',
    group: 'OKR builder',
    title: `create ${N} objectives`,
    about: `A new <pw-okr-builder> is given ${N} objectives of three key results each (\`value\`), appended and rendered; the baseline builds the same sheet by hand.`,
    requires: [TAG],
    ours: {
      setup: (state) => void (state.doc = okrDoc(N)),
      run: (state, { stage }) => (state.root = createOurs(stage, state.doc)),
      verify: (state) => (objectives(state.root.renderRoot) === N ? null : `${objectives(state.root.renderRoot)} objectives instead of ${N}`),
    },
    vanilla: {
      setup: (state) => void (state.doc = okrDoc(N)),
      run: (state, { stage }) => void (state.root = createVanillaOkrBuilder(stage, state.doc).host),
      verify: (state) => (objectives(state.root.shadowRoot) === N ? null : 'wrong number of objectives'),
    },
  },

  {
    id: 'okr-check-in-200',
    group: 'OKR builder',
    title: `one check-in in ${N} objectives`,
    about: `In a rendered sheet of ${N} objectives, the open check-in form of ${OBJECTIVE}/${KR} is submitted with a new value; the key result, its objective's score, the team summary and the history follow.`,
    requires: [TAG],
    ours: {
      async setup(state, { stage }) {
        const doc = okrDoc(N);
        state.before = krOf(doc).checkIns?.length ?? 0;
        const el = (state.root = createOurs(stage, doc));
        await el.updateComplete;
        const toggle = el.renderRoot.querySelector(`tr.kr[data-key="${OBJECTIVE}/${KR}"] button.checkin-toggle`);
        if (!toggle) throw new Skip('no check-in button on the key result');
        toggle.click();
        await el.updateComplete;
        const form = el.renderRoot.querySelector(`tr[data-key="${OBJECTIVE}/${KR}#panel"] form`);
        if (!form) throw new Skip('no check-in form');
        fill(state, form, krOf(doc).current);
      },
      run: (state) => (state.form.requestSubmit(), state.root),
      verify(state) {
        const kr = krOf(state.root.value);
        return kr.current === state.next && kr.checkIns.length === state.before + 1 ? null : 'check-in not recorded';
      },
    },
    vanilla: {
      setup(state, { stage }) {
        const doc = okrDoc(N);
        const built = createVanillaOkrBuilder(stage, doc);
        state.root = built.host;
        state.kr = krOf(doc);
        state.before = state.kr.checkIns?.length ?? 0;
        fill(state, built.openCheckIn(OBJECTIVE, KR), state.kr.current);
      },
      run: (state) => void state.form.requestSubmit(),
      verify: (state) => (state.kr.current === state.next && state.kr.checkIns.length === state.before + 1 ? null : 'check-in not recorded'),
    },
  },
];
