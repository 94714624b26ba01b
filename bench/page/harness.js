// The in-page half of the harness, bundled by bench/lib/bundle.js and injected after the package bundle
// (which sets window.pw and defines the elements). Node drives it one step at a time through window.bench:
//   list() → setup(id, impl) → run() → [verify(), count()] → teardown()
// so that Node can force a garbage collection (over CDP) between setup and the timed run, and read the heap
// around a run for the memory scenarios. Only run() is timed.
import { scenarios } from '../scenarios/index.js';
import { Skip } from './skip.js';

const byId = new Map(scenarios.map((s) => [s.id, s]));
let current;

const stage = () => document.getElementById('stage');
/** One rendering frame, and then a task: so that every rAF callback of that frame (ours or the element's) has run. */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Waits until a Lit element has no update pending (an update may request another one, e.g. after a resize). */
async function updated(el) {
  if (!el || !('updateComplete' in el)) return;
  for (let i = 0; i < 20 && !(await el.updateComplete); i++);
}

/**
 * Lets the page come to rest after untimed set-up: pending updates, ResizeObserver callbacks and the frames
 * they schedule. Stops when two frames pass with no update pending.
 */
async function settle(el) {
  let quiet = 0;
  for (let i = 0; i < 30 && quiet < 2; i++) {
    await updated(el);
    await frame();
    quiet = el?.isUpdatePending ? 0 : quiet + 1;
  }
  document.body.offsetHeight;
}

/** Elements in a tree, counting into open shadow roots (the element's own rendering lives there). */
function countElements(root) {
  if (!root) return null;
  let n = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    n++;
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return n;
}

/** Why a scenario cannot run here (an element that is not defined), or undefined. */
function missing(scenario) {
  const tag = (scenario.requires ?? []).find((t) => !customElements.get(t));
  return tag ? `<${tag}> is not defined in this build` : undefined;
}

const ctx = () => ({ pw: window.pw, stage: stage() });

window.bench = {
  list() {
    return scenarios.map(({ id, group, title, kind = 'time', target, reps = 1, optIn = false, about }) => ({ id, group, title, kind, target, reps, optIn, about }));
  },

  /** Untimed preparation of one implementation; returns `{ skip }` when the scenario cannot run. */
  async setup(id, implName) {
    await this.teardown();
    const scenario = byId.get(id);
    if (!scenario) throw new Error(`No scenario ${id}`);
    const why = missing(scenario);
    if (why) return { skip: why };
    stage().style.width = `${scenario.width ?? 1200}px`;
    const impl = scenario[implName];
    const state = {};
    try {
      await impl.setup?.(state, ctx());
    } catch (e) {
      if (e instanceof Skip) return { skip: e.message };
      throw e;
    }
    await settle(state.root);
    current = { scenario, impl, state };
    return {};
  },

  /**
   * The timed part: the work, the element's update (for Lit elements, until no update is pending) and a forced
   * layout. `reps` repeats short work inside one sample so that the 0.1 ms timer resolution does not dominate.
   */
  async run() {
    const { scenario, impl, state } = current;
    const reps = scenario.reps ?? 1;
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) {
      const result = impl.run(state, ctx());
      await updated(result);
      document.body.offsetHeight;
    }
    const ms = (performance.now() - t0) / reps;
    return { ms };
  },

  /**
   * The timed part once, split where the time goes (bench/phases.js): the work itself (for the elements, the event
   * handler), then the element's update (the baseline has none: it writes the DOM in its handler), then the forced
   * layout. Milliseconds, as `[work, update, layout]`.
   */
  async phases() {
    const { impl, state } = current;
    const t0 = performance.now();
    const result = impl.run(state, ctx());
    const t1 = performance.now();
    await updated(result);
    const t2 = performance.now();
    document.body.offsetHeight;
    return [t1 - t0, t2 - t1, performance.now() - t2];
  },

  /** After a run: lets trailing work finish (used before a heap reading). */
  async settle() {
    await settle(current?.state.root);
  },

  /** After a run: a problem string when the work did not happen (so a no-op is never reported as fast). */
  async verify() {
    const { impl, state } = current;
    return (await impl.verify?.(state, ctx())) ?? null;
  },

  count() {
    return countElements(current?.state.root);
  },

  async teardown() {
    if (!current) return;
    const { impl, state } = current;
    current = undefined;
    await impl.teardown?.(state, ctx());
    stage().replaceChildren();
  },
};
