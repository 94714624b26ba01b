/**
 * What the two hosted pages (the iframe embed page and the SCORM launch page) share: an error that carries a
 * detail to show as code (a URL, a file name), and loading the one-file bundle from the folder above the page,
 * so that both run the very code a script-tag embed runs.
 */
import { BUNDLE_FILE, LOADER_FILE } from './embed-code.js';

/** A failure to tell the person in one sentence; `detail` is shown after it, as code. */
export class PageError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Imports `../partnership-worksheets.bundle.js` relative to `pageModuleUrl` (the page script's import.meta.url). */
export async function importBundle<T = unknown>(pageModuleUrl: string): Promise<T> {
  const url = new URL(`../${BUNDLE_FILE}`, pageModuleUrl).href;
  try {
    return (await import(/* @vite-ignore */ url)) as T;
  } catch (e) {
    throw new PageError(`The worksheet code could not be loaded (${(e as Error).message}); ${BUNDLE_FILE} belongs in the folder above this page:`, url);
  }
}

/**
 * Imports the code for one kind of worksheet: its own file (`../partnership-worksheets.<kind>.js`, about a third of
 * the bundle) when the folder has it. A playbook comes from the loader (`../partnership-worksheets.loader.js`), with
 * the kinds of its `sections` defined before it resolves, so that the playbook and its sections share one core and
 * the page fetches only the worksheets the playbook holds. Failing those (a kind without a file, a host that
 * uploaded the bundle alone), the full bundle.
 */
export async function importWorksheet(pageModuleUrl: string, kind: string, sections: readonly string[] = []): Promise<void> {
  const known = (k: string) => /^[a-z][a-z0-9-]*$/.test(k);
  if (kind === 'playbook') {
    try {
      const loader = (await import(/* @vite-ignore */ new URL(`../${LOADER_FILE}`, pageModuleUrl).href)) as {
        load(tag: string): Promise<unknown>;
      };
      await Promise.all(['playbook', ...new Set(sections.filter(known))].map((k) => loader.load(`pw-${k}`)));
      return;
    } catch {
      // Not there (or a section of a kind it does not know): the full bundle has every worksheet.
    }
  } else if (known(kind) && kind !== 'bundle' && kind !== 'loader') {
    try {
      await import(/* @vite-ignore */ new URL(`../partnership-worksheets.${kind}.js`, pageModuleUrl).href);
      return;
    } catch {
      // Not there (or not loadable): the full bundle has every worksheet.
    }
  }
  await importBundle(pageModuleUrl);
}
