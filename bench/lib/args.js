// Command-line flags of `npm run bench -- …`.

export const USAGE = `Usage: node bench/run.js [options]
  --samples N           measured samples per implementation (default 15)
  --warmup N            unmeasured runs per implementation first (default 3)
  --quick               smoke run: 5 samples, 1 warm-up
  --only TEXT           only scenarios whose id or title contains TEXT (case-insensitive); repeatable
  --all                 also run the opt-in scenarios (create 10,000 risks; slow)
  --include-unexported  also bundle every src/define/*.ts, for elements not yet exported from src/index.ts
  --no-gc               do not force a garbage collection before each timed sample
  --help                this text`;

export function parseArgs(argv) {
  const opts = { samples: 15, warmup: 3, only: [], all: false, includeUnexported: false, gc: true, help: false, quick: false };
  const number = (flag, value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number ≥ 1, got ${JSON.stringify(value)}`);
    return n;
  };
  let samplesGiven = false;
  let warmupGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--samples':
        opts.samples = number(flag, value());
        samplesGiven = true;
        break;
      case '--warmup':
        opts.warmup = Number(value());
        if (!Number.isInteger(opts.warmup) || opts.warmup < 0) throw new Error('--warmup needs a whole number ≥ 0');
        warmupGiven = true;
        break;
      case '--quick':
        opts.quick = true;
        break;
      case '--only': {
        const text = value();
        if (!text) throw new Error('--only needs some text');
        opts.only.push(text.toLowerCase());
        break;
      }
      case '--all':
        opts.all = true;
        break;
      case '--include-unexported':
        opts.includeUnexported = true;
        break;
      case '--no-gc':
        opts.gc = false;
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  // --quick sets the defaults; an explicit --samples or --warmup still wins.
  if (opts.quick) {
    if (!samplesGiven) opts.samples = 5;
    if (!warmupGiven) opts.warmup = 1;
  }
  return opts;
}

/** Whether a scenario runs: opt-in ones (slow) only with --all; then --only, when given, narrows the list. */
export function selected(scenario, opts) {
  if (scenario.optIn && !opts.all) return false;
  if (!opts.only.length) return true;
  const text = `${scenario.id} ${scenario.group}: ${scenario.title}`.toLowerCase();
  return opts.only.some((t) => text.includes(t));
}

/**
 * Takes `--name value` out of `args` (changed in place) and returns the value, or `fallback` when the flag is absent:
 * for the small tools beside the bench (profile.js, phases.js, heap.js), whose other arguments are positional.
 */
export function takeOption(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
}
