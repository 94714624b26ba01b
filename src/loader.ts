/**
 * The loader (dist/partnership-worksheets.loader.js): one small script for any page, which defines each worksheet
 * element the page uses when the page first uses it. It loads that worksheet's file and the shared core (once, for
 * all of them) from the `loader/` folder beside it, so a page with one risk register fetches the core and the
 * register, not all six worksheets; a page with three shares one core between them.
 *
 * It finds the elements in the document, now and whenever some are added later. An element inside another
 * component's shadow root is out of its sight: call `load('pw-…')` for it (or `discover(shadowRoot)`).
 */

/**
 * Each worksheet's tag, and what it needs: the module that defines it and its models (a chunk each). They are
 * asked for together with the shared core, so that the browser fetches the three side by side instead of finding
 * the core and the models only once the worksheet's chunk has arrived.
 */
const WORKSHEETS = {
  'pw-segmentation-matrix': () => [import('./define/segmentation-matrix.js'), import('./models/segmentation-matrix/spec.js'), shapes()],
  'pw-deal-comparator': () => [import('./define/deal-comparator.js'), import('./models/deal-comparator/spec.js'), shapes()],
  'pw-okr-builder': () => [import('./define/okr-builder.js'), import('./models/okr-builder/spec.js'), shapes()],
  'pw-risk-register': () => [import('./define/risk-register.js'), import('./models/risk-register/spec.js')],
  'pw-governance-charter': () => [import('./define/governance-charter.js'), import('./models/governance-charter/spec.js')],
  'pw-playbook': () => [import('./define/playbook.js'), import('./models/playbook/spec.js')],
} as const;

/** The d3 chunk, which the three charts that draw shapes import: asked for with their chunk too (see shapes.ts). */
const shapes = () => import('./shapes.js');

/** The shared core (its base class's module is in the core chunk). */
const core = () => import('./core/worksheet-element.js');

/** The tag of a worksheet element the loader can define. */
export type WorksheetTag = keyof typeof WORKSHEETS;

/** Every tag the loader knows. */
export const worksheetTags = Object.keys(WORKSHEETS) as WorksheetTag[];

const loading = new Map<WorksheetTag, Promise<CustomElementConstructor>>();

const isWorksheetTag = (tag: string): tag is WorksheetTag => Object.hasOwn(WORKSHEETS, tag);

/**
 * Loads and defines one worksheet element, once however often it is asked for; resolves to its class. A tag the
 * loader does not know, or a file that cannot be loaded (not uploaded beside the loader, blocked by the page's
 * policy), rejects with a message that says which and what to do.
 */
export function load(tag: string): Promise<CustomElementConstructor> {
  const name = tag.toLowerCase();
  if (!isWorksheetTag(name)) {
    return Promise.reject(new Error(`partnership-worksheets: <${tag}> is not a worksheet element; the loader defines ${worksheetTags.map((t) => `<${t}>`).join(', ')}.`));
  }
  let pending = loading.get(name);
  if (!pending) {
    pending = Promise.all([core(), ...WORKSHEETS[name]()]).then(
      () => customElements.whenDefined(name),
      (e: unknown) => {
        loading.delete(name); // a later call (the file uploaded, the network back) may try again
        throw new Error(
          `partnership-worksheets: <${name}> could not be loaded (${e instanceof Error ? e.message : String(e)}). Upload the loader/ folder next to partnership-worksheets.loader.js, and allow its address in the page's script-src.`,
        );
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/** Loads every worksheet element in `root` (and `root` itself) that is not defined yet; resolves when all are. */
export function discover(root: ParentNode | Element = document): Promise<CustomElementConstructor[]> {
  const waiting = worksheetTags.filter((tag) => !customElements.get(tag) && !loading.has(tag));
  const found = new Set<WorksheetTag>();
  if (waiting.length) {
    if (root instanceof Element && isWorksheetTag(root.localName)) found.add(root.localName);
    for (const el of root.querySelectorAll(waiting.join(','))) found.add(el.localName as WorksheetTag);
  }
  return Promise.all(
    [...found].map((tag) =>
      load(tag).catch((e: Error) => {
        console.error(e.message);
        throw e;
      }),
    ),
  );
}

/** Watches the document for worksheet elements added after it loaded, until all six are defined. */
function watch(): void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node).catch(() => undefined);
    }
    if (worksheetTags.every((tag) => loading.has(tag) || customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  discover().catch(() => undefined); // reported on the console by discover()
  watch();
}
