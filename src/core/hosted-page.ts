/**
 * What the two hosted pages (the iframe embed page and the SCORM launch page) share: an error that carries a
 * detail to show as code (a URL, a file name), and loading the one-file bundle from the folder above the page,
 * so that both run the very code a script-tag embed runs.
 */
import { BUNDLE_FILE } from './embed-code.js';

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
