/**
 * Shared by the tests of the built package (`npm run build` first): a static server over the repository, and
 * the system Chromium driven by playwright-core. These tests run after the build in `npm test`
 * (`npm run test:dist`), because what they check is what ships: dist/, the embed page, the CLI, SCORM.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-ignore: a plain JS helper without types
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const CHROME: string | undefined = findChrome();
export const BUILT = existsSync(path.join(DIST, 'partnership-worksheets.bundle.js'));

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  base: string;
  close(): Promise<void>;
  /** Every path asked for, in order (to check what a page fetched). */
  requests: string[];
}

/**
 * Serves files under `root` (default: the repository). `routes` answers chosen paths first (a page made in
 * the test, a header to add); everything else is a file or a 404.
 */
export async function serve(
  options: {
    root?: string;
    headers?: Record<string, string>;
    routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  } = {},
): Promise<StaticServer> {
  const root = options.root ?? ROOT;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const route = options.routes?.[url.pathname];
    if (route) return route(req, res);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': `${TYPES[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
      'cache-control': 'no-store',
      ...options.headers,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The system Chromium, headless. */
export function launch(): Promise<Browser> {
  if (!CHROME) throw new Error('No Chromium: set CHROME_PATH or install chromium.');
  return chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
}

/** Runs in every frame before its scripts: records CSP violations, so that 0 means 0. */
export function recordViolations(): void {
  (window as any).__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  );
}

/** A new page that records CSP violations (`window.__violations`) and collects uncaught errors and console errors. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(recordViolations);
  return { page, errors };
}
