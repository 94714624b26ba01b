import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_ARGS, findChrome } from './scripts/chrome.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // Pure model and tooling tests, in Node with no DOM: what an LMS back end runs.
        test: {
          name: 'models',
          include: ['test/models/**/*.test.ts', 'test/tooling/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The built package (dist/, the embed page, the CLI, SCORM), in Node driving the system Chromium.
        // Runs after `npm run build` in `npm test`.
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Every story is a test in Chromium: it renders, its play function passes, and axe finds no violation.
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        optimizeDeps: { include: ['lit/directive-helpers.js'] },
        test: {
          name: 'storybook',
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: findChrome(), args: CHROME_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
