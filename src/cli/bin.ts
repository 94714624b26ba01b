/// <reference types="node" />
/** The `partnership-worksheets` command (package.json "bin"): dist/cli/partnership-worksheets.js. */
import { writeFileSync } from 'node:fs';
import { readText, run } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // Output piped into a program that stopped reading (`… | head`): not an error of ours.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  read: readText,
  write: (file, data) => writeFileSync(file, data),
  dist: new URL('../', import.meta.url),
});
