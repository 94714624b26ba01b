// Tiny helpers for the vanilla baselines: plain createElement / setAttribute / textContent, no innerHTML,
// no templates, no diffing. They exist only to keep the baselines short enough to read.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Sets attributes (skipping null/undefined/false) and appends children (strings become text nodes). */
function fill(node, attrs, children) {
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** An HTML element: `h('td', { class: 'num' }, 'text', childNode)`. */
export const h = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);

/** An SVG element. */
export const s = (tag, attrs, ...children) => fill(document.createElementNS(SVG_NS, tag), attrs, children);

/** A <select> with its options; `selected` marks the current value, `empty` adds a first blank option. */
export function select(label, value, options, names = String, empty) {
  const el = h('select', { 'aria-label': label });
  if (empty !== undefined) el.append(h('option', { value: '', selected: value === undefined }, empty));
  for (const o of options) el.append(h('option', { value: o, selected: o === value }, names(o)));
  return el;
}

/** A <textarea> whose value is set as a property (like Lit's `.value=`), not as child text. */
export function textarea(attrs, value) {
  const el = h('textarea', attrs);
  el.value = value ?? '';
  return el;
}

/** The same 16×16 stroke icon the elements draw (an <svg> with a path or two). */
export function icon(...paths) {
  return s(
    'svg',
    // As the element's icons: how they are stroked comes from the shared style sheet (.ico).
    { class: 'ico', viewBox: '0 0 24 24', width: 16, height: 16, 'aria-hidden': 'true' },
    ...paths.map((d) => s('path', { d })),
  );
}

/**
 * A host <div> with an open shadow root that adopts the real element's style sheets, so that the baseline pays
 * the same style and layout costs (same CSS, same class names) and the comparison is about rendering work only.
 */
export function styledHost(tag, parent) {
  const host = h('div', { class: 'vanilla-host', 'data-vanilla': tag });
  const root = host.attachShadow({ mode: 'open' });
  const ctor = customElements.get(tag);
  root.adoptedStyleSheets = (ctor?.elementStyles ?? []).map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)).filter(Boolean);
  parent.append(host);
  return { host, root };
}

/**
 * What every edit does besides its own cells, as the elements do: it keeps an undo step (so the Undo button is
 * enabled from the first edit on) and says what changed in the polite live region.
 */
export function editLog(header) {
  const undo = header.querySelector('[aria-label="Undo"]');
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const steps = [];
  return {
    live,
    steps,
    record(step, announcement) {
      steps.push(step);
      undo.setAttribute('aria-disabled', 'false');
      live.textContent = announcement;
    },
  };
}

/** The title row and toolbar every worksheet draws, built by hand. */
export function worksheetHeader(title, exports = ['JSON', 'CSV', 'Markdown']) {
  return h(
    'header',
    { part: 'header' },
    h('h2', { class: 'doc-title' }, textarea({ part: 'title', rows: 1, 'aria-label': 'Worksheet title' }, title)),
    h(
      'div',
      { part: 'toolbar', role: 'group', 'aria-label': 'Worksheet actions' },
      h(
        'span',
        { class: 'group' },
        h('button', { type: 'button', class: 'icon', 'aria-label': 'Undo', 'aria-disabled': 'true' }, icon('M9 14 4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11')),
        h('button', { type: 'button', class: 'icon', 'aria-label': 'Redo', 'aria-disabled': 'true' }, icon('m15 14 5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13')),
        h('button', { type: 'button' }, icon('M12 15V3', 'm7 8 5-5 5 5', 'M5 21h14'), ' Import…'),
        h('input', { type: 'file', accept: '.json,application/json', hidden: true }),
      ),
      h('span', { class: 'group' }, h('span', { class: 'group-label', id: 'export-label' }, 'Export'), ...exports.map((x) => h('button', { type: 'button', 'aria-describedby': 'export-label' }, x))),
    ),
  );
}
