/**
 * Browser benchmark: the production build of the app in headless Chromium with generated datasets
 * of 1k, 10k, 100k and 1M events, and vis-timeline (the peer) with the same 1k and 10k events on
 * the same scripted zoom and pan. Prints one table (Markdown) and the ratios.
 *
 *   npx tsx scripts/bench/browser.ts [--sizes 1k,10k,100k,1m] [--peer 1k,10k] [--lanes 100k] [--runs 3] [--no-build] [--json out.json]
 *
 * Each Dateline measurement (every size, and the lanes) runs `--runs` times (3 by default), each in
 * a fresh page: the table gives the median of each figure over the runs, and the spread (lowest to
 * highest) of the p95 step, since this shared machine's speed moves by a third from minute to
 * minute. The peer runs once per size (its 10k run alone takes minutes, and its ratio to Dateline is
 * two orders of magnitude above the target). The machine's load average (1 minute) is printed as the
 * benchmark starts and ends: what else ran shows there.
 *
 * What is measured, per dataset:
 * - first paint: navigation → `performance.mark('dateline:first-paint')` (the engine's first frame
 *   drawn with data: the density of the manifest's monthly overview, or the events), and → the
 *   mark `dateline:events-paint` (the first frame once every chunk the view needs has arrived), and
 *   how long after the last data file arrived (Resource Timing `responseEnd`) that frame came.
 * - frames: a scripted sequence of wheel zooms from the full extent down to days, drags there,
 *   zooms out part way, drags, zooms out fully. Each step is one input event dispatched in the page
 *   (the canvas' own listeners handle it), then two animation frames and a task; its cost is the
 *   main thread's busy time over the step (Chrome's `TaskDuration`, CDP Performance.getMetrics:
 *   script, style, layout, paint, GC, chunk fetches and parses that land in it). p50/p95/max over
 *   the steps. `engine p95` is the engine's own draw time (`window.__datelinePerf`, only with ?perf).
 * - filter / search: main-thread time from ticking an actor checkbox (typing a word into the event
 *   search) to the end of the first frame after it, React render and timeline draw included, read
 *   from a Chrome trace of the interaction (repaint-trace.ts), and (in brackets, TaskDuration)
 *   until the page is idle again (the deferred list of events in view and actor counts too).
 *   Median of 12 ticks and unticks of two actors, and of 6 words typed, each from no filter.
 * - heap: JSHeapUsedSize after a forced GC at the end (and the peak seen during the run).
 * - vis-timeline: a static page loading its standalone UMD build, the same events as items (days as
 *   points, others as ranges, stacked), shown at the same full extent, then moved through exactly the
 *   windows the app went through (setWindow without animation), each step measured the same way.
 * - actor lanes: at the `--lanes` sizes (100k by default), the same steps again with the five
 *   busiest actors in lanes (`?lanes=1&actors=…`), in the same run, and the ratio to one lane.
 * - app JavaScript: gzip size of dist/assets/*.js.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumExecutablePath } from '../../e2e/chromium-path.ts';
import { busyUntilRepaint, type TraceEvent } from './repaint-trace.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SEED = 1;
const VIEWPORT = { width: 1280, height: 800 };
const DAY = 86_400_000;
/** Where the zoom heads for: a busy stretch of the generated data (news is mostly recent). */
const TARGET_MS = Date.UTC(2022, 5, 15);

const PAUSE_MS = 1500;
const SIZES: Record<string, number> = {
  '1k': 1_000,
  '10k': 10_000,
  '100k': 100_000,
  '1m': 1_000_000,
};

interface Args {
  sizes: string[];
  peer: string[];
  /** Sizes also measured with LANE_ACTORS actor lanes. */
  lanes: string[];
  build: boolean;
  json: string | null;
  /** Runs of each Dateline measurement: the median is reported. */
  runs: number;
}

/** Arguments of the browser benchmark; with `strict: false`, others (the pipeline's) are skipped. */
export function parseArgs(argv: string[], strict = true): Args {
  const args: Args = {
    sizes: ['1k', '10k', '100k', '1m'],
    peer: ['1k', '10k'],
    lanes: ['100k'],
    build: true,
    json: null,
    runs: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--sizes') args.sizes = argv[++i]!.toLowerCase().split(',');
    else if (a === '--peer') args.peer = argv[++i]!.toLowerCase().split(',').filter(Boolean);
    else if (a === '--lanes') args.lanes = argv[++i]!.toLowerCase().split(',').filter(Boolean);
    else if (a === '--no-build') args.build = false;
    else if (a === '--json') args.json = argv[++i]!;
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else if (strict) throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  for (const s of [...args.sizes, ...args.peer, ...args.lanes])
    if (!SIZES[s]) throw new Error(`unknown size ${s} (use ${Object.keys(SIZES).join(', ')})`);
  return args;
}

const log = (s: string): void => void process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// Data: generated once per size and cached (keyed by the generator's and the chunk writer's code).

function dataDir(events: number): string {
  const code = [
    'scripts/bench/generate-dataset.ts',
    'src/pipeline/write/chunks.ts',
    'src/pipeline/write/write.ts',
    'src/model/manifest.ts',
  ]
    .map((f) => readFileSync(join(ROOT, f), 'utf8'))
    .join('\0');
  const key = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), 'dateline-bench', `${events}-s${SEED}-${key}`);
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating ${events} events in ${dir} …`);
  // dataset.json only where `dateline build` writes one too (manifest.ts: DATASET_JSON_MAX_EVENTS).
  const out = events <= 200_000 ? join(dir, 'data', 'dataset.json') : '-';
  mkdirSync(join(dir, 'data'), { recursive: true });
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      join(ROOT, 'scripts/bench/generate-dataset.ts'),
      String(events),
      out,
      String(SEED),
      '--chunks',
      join(dir, 'data', 'chunks'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`generating ${events} events failed`);
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Serving: the production build with `vite preview`, from a folder holding dist/ and the data.

async function preview(data: string, port: number): Promise<{ url: string; stop(): void }> {
  const site = join(tmpdir(), 'dateline-bench', `site-${port}`);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const entry of readdirSync(DIST))
    if (entry !== 'data') cpSync(join(DIST, entry), join(site, entry), { recursive: true });
  symlinkSync(join(data, 'data'), join(site, 'data'));
  const child: ChildProcess = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--outDir', site, '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop() {
      child.kill();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring in the page.

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')!.value;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
}

/** Two frames and a task: whatever the step set off has been drawn. */
const SETTLE_JS = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))`;
/** The first frame after the step, and the task after it: the step's effect on the canvas is painted (and traced). */
const PAINTED_JS = `new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }))`;
/** Until nothing has run for a while: lists and other deferred work are done too. */
const IDLE_JS = `(async () => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (let quiet = 0, start = performance.now(); quiet < 4 && performance.now() - start < 5000; ) {
    const t = performance.now();
    await sleep(20);
    quiet = performance.now() - t < 28 ? quiet + 1 : 0;
  }
})()`;

/** Main-thread ms of one step: `js` runs in the page, then `settle` (two frames and a task). */
async function step(page: Page, cdp: CDPSession, js: string, settle = SETTLE_JS): Promise<number> {
  const before = await taskSeconds(cdp);
  await page.evaluate(`(async () => { ${js}; await ${settle}; })()`);
  return (await taskSeconds(cdp)) - before;
}

/** Trace categories with the main thread's tasks, input dispatch and the rendering update's phases. */
const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline';

/** The trace of what `run` sets off in the page (Chrome tracing over CDP, events as they are reported). */
async function traced(cdp: CDPSession, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (d: { value: object[] }): void => void events.push(...(d.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/**
 * Main-thread ms from the input (an event of `inputType` that `js` dispatches) to the end of the
 * first frame after it, read from a trace (repaint-trace.ts), and until everything it set off is
 * done (TaskDuration until the page is idle).
 */
async function interaction(
  page: Page,
  cdp: CDPSession,
  js: string,
  inputType: string,
): Promise<{ painted: number; done: number }> {
  const before = await taskSeconds(cdp);
  const trace = await traced(cdp, () => page.evaluate(`(async () => { ${js}; await ${PAINTED_JS}; })()`));
  const painted = busyUntilRepaint(trace, [inputType]);
  if (!painted) throw new Error(`no ${inputType} input, or no frame after it, in the trace of ${js}`);
  await page.evaluate(IDLE_JS);
  return { painted: painted.busyMs, done: ((await taskSeconds(cdp)) - before) * 1000 };
}

/** Wait until `js` is true in the page (polling: the app's CSP forbids eval, so no waitForFunction). */
async function until(page: Page, js: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(js))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${js}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

interface Win {
  startMs: number;
  endMs: number;
}

interface Frames {
  steps: number;
  p50: number;
  p95: number;
  max: number;
}

function frames(ms: number[]): Frames {
  return {
    steps: ms.length,
    p50: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    max: Math.max(...ms),
  };
}

export interface AppResult {
  size: string;
  events: number;
  /** Actor lanes shown (0: one set of rows). */
  lanes: number;
  source: string;
  firstPaintMs: number;
  eventsPaintMs: number;
  afterDataMs: number;
  frames: Frames;
  engineP95: number;
  filterMs: number;
  filterDoneMs: number;
  searchMs: number;
  searchDoneMs: number;
  heapMb: number;
  peakHeapMb: number;
  windows: Win[];
  /** Main-thread ms spent during the pauses between moves (chunks parsed, views settled). */
  pauseBusyMs: number;
  chunkParses: number;
  /** Longest piece of main-thread work taking one chunk in: its parse, or with the chunk reader's worker one slice of its events (or the chunk's last step). */
  chunkParseMax: number;
  commitMax: number;
  /** Share of the frames that drew counts (level of detail) rather than events. */
  densityShare: number;
  /** The p95 step of each run (the figures above are medians over the runs). */
  p95Runs: number[];
}

/**
 * The median run of several: each figure the median of its values over the runs (so a figure may
 * come from another run than its neighbour), the windows those of the first run (the peer replays
 * them), the p95 step of every run kept for its spread.
 */
export function medianOfRuns(runs: AppResult[]): AppResult {
  const mid = (pick: (r: AppResult) => number): number => {
    const xs = runs.map(pick).sort((a, b) => a - b);
    const n = xs.length;
    return n % 2 === 1 ? xs[(n - 1) / 2]! : (xs[n / 2 - 1]! + xs[n / 2]!) / 2;
  };
  const first = runs[0]!;
  const out: AppResult = { ...first, p95Runs: runs.flatMap((r) => r.p95Runs) };
  for (const key of MEDIAN_FIGURES) out[key] = mid((r) => r[key]);
  out.frames = {
    steps: first.frames.steps,
    p50: mid((r) => r.frames.p50),
    p95: mid((r) => r.frames.p95),
    max: mid((r) => r.frames.max),
  };
  return out;
}

/** The figures of an AppResult reported as their median over the runs (besides the frames). */
const MEDIAN_FIGURES = [
  'firstPaintMs',
  'eventsPaintMs',
  'afterDataMs',
  'engineP95',
  'filterMs',
  'filterDoneMs',
  'searchMs',
  'searchDoneMs',
  'heapMb',
  'peakHeapMb',
  'pauseBusyMs',
  'chunkParses',
  'chunkParseMax',
  'commitMax',
  'densityShare',
] as const satisfies readonly (keyof AppResult)[];

const CANVAS = `document.querySelector('.timeline-host canvas')`;

/** The page-side helpers the steps call (installed once per page). */
const HELPERS = `
window.__bench = {
  canvas: () => ${CANVAS},
  win: () => window.__datelinePerf.window,
  /** x of a time on the canvas, at the current window. */
  xOf(ms) {
    const c = this.canvas(); const w = this.win();
    return ((ms - w.startMs) / (w.endMs - w.startMs)) * c.clientWidth;
  },
  wheel(deltaY, atMs) {
    const c = this.canvas(); const r = c.getBoundingClientRect();
    const x = Math.min(Math.max(this.xOf(atMs), 20), r.width - 20);
    c.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX: r.left + x, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
  },
  pointer(type, x) {
    const c = this.canvas(); const r = c.getBoundingClientRect();
    c.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: r.left + x, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
  },
};`;

/** The scripted sequence: [label, js] steps. The drag steps keep their state in the page. */
function sequence(): [string, string][] {
  const steps: [string, string][] = [];
  const zoom = (n: number, deltaY: number): void => {
    for (let i = 0; i < n; i++) steps.push(['zoom', `__bench.wheel(${deltaY}, ${TARGET_MS})`]);
  };
  const drag = (moves: number, dx: number): void => {
    steps.push(['drag', `__bench.x = 640; __bench.pointer('pointerdown', __bench.x)`]);
    for (let i = 0; i < moves; i++)
      steps.push(['drag', `__bench.x += ${dx}; __bench.pointer('pointermove', __bench.x)`]);
    steps.push(['drag', `__bench.pointer('pointerup', __bench.x)`]);
  };
  // A person pauses between moves (reading): then the chunks that arrived meanwhile are parsed.
  const pause = (): void => void steps.push(['pause', '']);
  zoom(40, -100); // full extent (two centuries) → a week: ×1.28 per step
  pause();
  drag(30, 20);
  drag(30, -20);
  pause();
  zoom(12, 100); // → a few months
  pause();
  drag(30, 25);
  drag(30, -25);
  pause();
  zoom(30, 100); // back out to everything
  return steps;
}

/** How many actors the lanes measurement puts in lanes. */
const LANE_ACTORS = 5;

/** The `?…` that puts the dataset's busiest actors in lanes. */
function lanesQuery(data: string): string {
  const file = join(data, 'data', 'dataset.json');
  const actors = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { actors: { id: string; eventCount: number }[] })
        .actors
    : (JSON.parse(readFileSync(join(data, 'data', 'chunks', 'actors.json'), 'utf8')) as {
        id: string;
        eventCount: number;
      }[]);
  const busiest = [...actors].sort((a, b) => b.eventCount - a.eventCount).slice(0, LANE_ACTORS);
  return `&lanes=1&actors=${busiest.map((a) => encodeURIComponent(a.id).replace(/%3A/g, ':')).join(',')}`;
}

async function measureApp(
  browser: Browser,
  size: string,
  url: string,
  lanes: { count: number; query: string } = { count: 0, query: '' },
): Promise<AppResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${url}/?perf${lanes.query}`);
  await until(page, `performance.getEntriesByName('dateline:events-paint').length > 0`, 180_000);
  const marks = (await page.evaluate(`(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    const events = at('dateline:events-paint');
    const data = performance.getEntriesByType('resource').filter((r) => r.name.includes('/data/') && r.responseEnd <= events);
    return { first: at('dateline:first-paint'), events, lastData: Math.max(0, ...data.map((r) => r.responseEnd)), source: window.__datelinePerf.source };
  })()`)) as { first: number; events: number; lastData: number; source: string };
  await page.evaluate(HELPERS);
  await page.waitForTimeout(500);

  // Zoom and pan.
  await page.evaluate(
    `window.__datelinePerf.frames.length = 0; window.__datelinePerf.densityFrames = 0`,
  );
  const times: number[] = [];
  const windows: Win[] = [];
  let peak = await heapMb(cdp);
  let pauseBusy = 0;
  const frameLog: string[] = [];
  for (const [kind, js] of sequence()) {
    if (kind === 'pause') {
      const before = await taskSeconds(cdp);
      await page.waitForTimeout(PAUSE_MS);
      pauseBusy += (await taskSeconds(cdp)) - before;
      continue;
    }
    await page.evaluate(`window.__datelinePerf.log.length = 0`);
    times.push((await step(page, cdp, js)) * 1000);
    frameLog.push(((await page.evaluate(`window.__datelinePerf.log.join(' ')`)) as string) || '-');
    windows.push((await page.evaluate(`({ ...window.__datelinePerf.window })`)) as Win);
    if (times.length % 20 === 0) peak = Math.max(peak, await heapMb(cdp));
  }
  const engine = (await page.evaluate(`window.__datelinePerf.frames.slice()`)) as number[];
  const slow = times
    .map((t, i) => [t, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5);
  log(`  slowest steps: ${slow.map(([t, i]) => `#${i} ${ms(t)} [${frameLog[i]}]`).join(', ')}`);
  const chunks = (await page.evaluate(`(() => {
    const of = (name) => performance.getEntriesByName(name).map((m) => m.duration);
    return { parse: of('dateline:chunk-parse'), slices: of('dateline:chunk-slice'), commit: of('dateline:chunk-commit'), density: window.__datelinePerf.densityFrames, frames: window.__datelinePerf.frames.length };
  })()`)) as { parse: number[]; slices: number[]; commit: number[]; density: number; frames: number };
  await page.waitForTimeout(800); // let the view settle (store, URL, list)

  // Filter and search, at the full extent.
  await page.evaluate(
    `document.querySelector('.timeline-panel .zoom-buttons button:last-child').click()`,
  );
  await page.waitForTimeout(800);
  // Each a few times (ticking and unticking, several words), the median reported.
  const median = (xs: number[]): number => quantile(xs, 0.5);
  const filters: { painted: number; done: number }[] = [];
  for (let i = 0; i < 3; i++) {
    for (const nth of [1, 1, 2, 2]) {
      const toggle = `document.querySelectorAll('.actors .checklist input[type=checkbox]')[${nth}].click()`;
      filters.push(await interaction(page, cdp, toggle, 'click'));
      await page.waitForTimeout(200);
    }
  }
  const filter = {
    painted: median(filters.map((f) => f.painted)),
    done: median(filters.map((f) => f.done)),
  };
  const type = (text: string): string => `(() => {
    const input = document.querySelector('.filters-body .field input[type=search]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })()`;
  const searches: { painted: number; done: number }[] = [];
  for (const word of ['talks', 'summit', 'border', 'vote', 'deal', 'court']) {
    searches.push(await interaction(page, cdp, type(word), 'input'));
    await page.waitForTimeout(200);
    await interaction(page, cdp, type(''), 'input');
    await page.waitForTimeout(200);
  }
  const search = {
    painted: median(searches.map((f) => f.painted)),
    done: median(searches.map((f) => f.done)),
  };
  log(
    `  filter: ${filters.map((f) => ms(f.painted)).join(' ')}; search: ${searches.map((f) => ms(f.painted)).join(' ')}`,
  );
  peak = Math.max(peak, await heapMb(cdp));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await heapMb(cdp);
  if (errors.length) log(`  page errors: ${errors.join('; ')}`);
  await context.close();
  return {
    size,
    events: SIZES[size]!,
    lanes: lanes.count,
    source: marks.source,
    firstPaintMs: marks.first,
    eventsPaintMs: marks.events,
    afterDataMs: marks.events - marks.lastData,
    frames: frames(times),
    engineP95: quantile(engine, 0.95),
    filterMs: filter.painted,
    filterDoneMs: filter.done,
    searchMs: search.painted,
    searchDoneMs: search.done,
    heapMb: heap,
    peakHeapMb: peak,
    windows,
    pauseBusyMs: pauseBusy * 1000,
    chunkParses: chunks.parse.length,
    chunkParseMax: Math.max(0, ...chunks.parse, ...chunks.slices),
    commitMax: Math.max(0, ...chunks.commit),
    densityShare: chunks.frames ? chunks.density / chunks.frames : 0,
    p95Runs: [quantile(times, 0.95)],
  };
}

// ---------------------------------------------------------------------------------------------
// The peer: vis-timeline on a static page.

interface PeerResult {
  size: string;
  events: number;
  firstPaintMs: number;
  frames: Frames;
  heapMb: number;
}

const VIS_UMD = join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');

const VIS_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>vis-timeline bench</title>
<style>body{margin:0;font:13px system-ui,sans-serif}#tl{width:1280px}</style></head>
<body><div id="tl"></div><script src="vis.js"></script><script src="items.js"></script><script>
const items = new vis.DataSet(window.BENCH_ITEMS);
window.timeline = new vis.Timeline(document.getElementById('tl'), items, {
  height: '560px', stack: true, zoomMin: 7 * 86400000, showCurrentTime: false,
  start: window.BENCH_START, end: window.BENCH_END,
});
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('vis:first-paint')));
</script></body></html>`;

function visItems(datasetFile: string): { items: object[]; start: number; end: number } {
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as {
    events: {
      id: string;
      start: string;
      end: string;
      precision: string;
      title: string;
      type: string;
    }[];
  };
  let start = Infinity;
  let end = -Infinity;
  const items = dataset.events.map((e) => {
    const s = Date.parse(`${e.start}T00:00Z`);
    const t = Date.parse(`${e.end}T00:00Z`) + DAY;
    start = Math.min(start, s);
    end = Math.max(end, t);
    const point = e.precision === 'day' && e.start === e.end;
    return point
      ? { id: e.id, content: e.title, start: s + DAY / 2, type: 'point', className: e.type }
      : { id: e.id, content: e.title, start: s, end: t, type: 'range', className: e.type };
  });
  // The app's default view: the whole extent with a 4% margin each side.
  const pad = (end - start) * 0.04;
  return { items, start: start - pad, end: end + pad };
}

async function measurePeer(
  browser: Browser,
  size: string,
  data: string,
  windows: Win[],
): Promise<PeerResult> {
  const { items, start, end } = visItems(join(data, 'data', 'dataset.json'));
  const files: Record<string, [string, string]> = {
    '/': ['text/html', VIS_PAGE],
    '/vis.js': ['text/javascript', readFileSync(VIS_UMD, 'utf8')],
    '/items.js': [
      'text/javascript',
      `window.BENCH_ITEMS = ${JSON.stringify(items)}; window.BENCH_START = ${start}; window.BENCH_END = ${end};`,
    ],
  };
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  await context.route('http://vis.bench/**', (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ contentType: file[0], body: file[1] })
      : route.fulfill({ status: 404, body: '' });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('http://vis.bench/', { timeout: 300_000 });
  await until(page, `performance.getEntriesByName('vis:first-paint').length > 0`, 300_000);
  const firstPaintMs = (await page.evaluate(
    `performance.getEntriesByName('vis:first-paint')[0].startTime`,
  )) as number;
  await page.waitForTimeout(500);
  const times: number[] = [];
  for (const w of windows)
    times.push(
      (await step(
        page,
        cdp,
        `timeline.setWindow(${w.startMs}, ${w.endMs}, { animation: false })`,
      )) * 1000,
    );
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await heapMb(cdp);
  await context.close();
  return { size, events: SIZES[size]!, firstPaintMs, frames: frames(times), heapMb: heap };
}

// ---------------------------------------------------------------------------------------------

function bundleKb(): { files: number; gzipKb: number } {
  const dir = join(DIST, 'assets');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const bytes = js.reduce(
    (n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length,
    0,
  );
  return { files: js.length, gzipKb: bytes / 1000 };
}

const ms = (x: number): string =>
  Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–';
const label = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

export interface BrowserBenchResult {
  chromium: string;
  cpu: string;
  bundle: { files: number; gzipKb: number };
  app: AppResult[];
  peer: PeerResult[];
  /** Runs of each Dateline measurement. */
  runs: number;
  /** The 1-minute load average as the benchmark started and as it ended. */
  load: { before: number; after: number };
}

/** The p95 step's cell: the median in bold, and the runs' spread. */
function p95Cell(a: AppResult): string {
  const spread = a.p95Runs.length > 1 ? ` (${ms(Math.min(...a.p95Runs))}–${ms(Math.max(...a.p95Runs))})` : '';
  return `**${ms(a.frames.p95)}**${spread}`;
}

export function formatBrowserTable(r: BrowserBenchResult): string {
  const lines: string[] = [];
  lines.push(
    `Browser: headless Chromium ${r.chromium}, ${VIEWPORT.width}×${VIEWPORT.height}, ${r.cpu}. Times in ms; frames, filter and search are main-thread busy time (frames: CDP TaskDuration; filter and search: a Chrome trace of each).`,
  );
  lines.push(
    'filter / search: from the input to the end of the first frame after it, the repainted timeline (in brackets: until the list of events in view and everything else is done too).',
  );
  lines.push(
    `Dateline: median of ${r.runs} run${r.runs === 1 ? '' : 's'} per row, each in a fresh page (p95: the median, then the lowest and highest run); vis-timeline: one run. Load average (1 min) ${r.load.before.toFixed(2)} as the benchmark started, ${r.load.after.toFixed(2)} as it ended (the benchmark's own browser and server included).`,
  );
  lines.push('');
  lines.push(
    '| events | tool | data | first paint | events painted | after data | zoom/pan p50 | p95 | max | engine p95 | filter | search | heap MB |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const twice = (a: number, b: number): string => `${ms(a)} (${ms(b)})`;
  const tool = (a: AppResult): string =>
    a.lanes > 0 ? `Dateline, ${a.lanes} actor lanes` : 'Dateline';
  for (const a of r.app) {
    lines.push(
      `| ${label(a.events)} | ${tool(a)} | ${a.source} | ${ms(a.firstPaintMs)} | ${ms(a.eventsPaintMs)} | ${ms(a.afterDataMs)} | ${ms(a.frames.p50)} | ${p95Cell(a)} | ${ms(a.frames.max)} | ${ms(a.engineP95)} | ${twice(a.filterMs, a.filterDoneMs)} | ${twice(a.searchMs, a.searchDoneMs)} | ${a.heapMb.toFixed(0)} (peak ${a.peakHeapMb.toFixed(0)}) |`,
    );
    const p = a.lanes === 0 ? r.peer.find((x) => x.size === a.size) : undefined;
    if (p) {
      lines.push(
        `| ${label(p.events)} | vis-timeline 8.5.4 | items | ${ms(p.firstPaintMs)} | ${ms(p.firstPaintMs)} | – | ${ms(p.frames.p50)} | **${ms(p.frames.p95)}** | ${ms(p.frames.max)} | – | – | – | ${p.heapMb.toFixed(0)} |`,
      );
    }
  }
  lines.push('');
  for (const p of r.peer) {
    const a = r.app.find((x) => x.size === p.size);
    if (!a) continue;
    lines.push(
      `vis-timeline ÷ Dateline at ${label(p.events)} events: p95 step ×${(p.frames.p95 / a.frames.p95).toFixed(1)}, p50 ×${(p.frames.p50 / a.frames.p50).toFixed(1)}, max ×${(p.frames.max / a.frames.max).toFixed(1)}, first paint ×${(p.firstPaintMs / a.eventsPaintMs).toFixed(1)}`,
    );
  }
  for (const l of r.app.filter((x) => x.lanes > 0)) {
    const one = r.app.find((x) => x.size === l.size && x.lanes === 0);
    if (!one) continue;
    lines.push(
      `${l.lanes} actor lanes ÷ one set of rows at ${label(l.events)} events (same run): p95 step ×${(l.frames.p95 / one.frames.p95).toFixed(2)} (target ≤ 1.2), p50 ×${(l.frames.p50 / one.frames.p50).toFixed(2)}, engine p95 ×${(l.engineP95 / one.engineP95).toFixed(2)}, first paint ×${(l.firstPaintMs / one.firstPaintMs).toFixed(2)}`,
    );
  }
  lines.push('');
  lines.push(
    '| events | steps drawn as counts | chunks parsed | parse max | store update max | busy in pauses |',
  );
  lines.push('|---|---|---|---|---|---|');
  for (const a of r.app) {
    lines.push(
      `| ${label(a.events)}${a.lanes > 0 ? `, ${a.lanes} lanes` : ''} | ${(a.densityShare * 100).toFixed(0)}% | ${a.chunkParses} | ${ms(a.chunkParseMax)} | ${ms(a.commitMax)} | ${ms(a.pauseBusyMs)} |`,
    );
  }
  lines.push(
    `App JavaScript: ${r.bundle.gzipKb.toFixed(1)} kB gzip (${r.bundle.files} file${r.bundle.files === 1 ? '' : 's'} in dist/assets, data excluded; target ≤ 150 kB)`,
  );
  return lines.join('\n');
}

export async function runBrowserBench(args: Args): Promise<BrowserBenchResult> {
  if (args.build) {
    log('building the app (vite build) …');
    const b = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  const bundle = bundleKb();
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: ['--disable-quic', '--enable-precise-memory-info'],
  });
  const result: BrowserBenchResult = {
    chromium: browser.version(),
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    bundle,
    app: [],
    peer: [],
    runs: args.runs,
    load: { before: loadavg()[0]!, after: NaN },
  };
  try {
    let port = 4190;
    const order = Object.keys(SIZES).filter(
      (s) => args.sizes.includes(s) || args.peer.includes(s) || args.lanes.includes(s),
    );
    for (const size of order) {
      const data = dataDir(SIZES[size]!);
      const server = await preview(data, port++);
      try {
        log(`Dateline, ${size} events …`);
        const app = await measureRuns(args.runs, () => measureApp(browser, size, server.url));
        // One set of rows: reported when asked for, and as the base of the lanes' ratio.
        if (args.sizes.includes(size) || args.lanes.includes(size)) result.app.push(app);
        log(
          `  first paint ${ms(app.firstPaintMs)}, events ${ms(app.eventsPaintMs)}, p95 ${ms(app.frames.p95)}`,
        );
        if (args.lanes.includes(size)) {
          log(`Dateline, ${size} events, ${LANE_ACTORS} actor lanes …`);
          const query = lanesQuery(data);
          const laned = await measureRuns(args.runs, () =>
            measureApp(browser, size, server.url, { count: LANE_ACTORS, query }),
          );
          result.app.push(laned);
          log(`  first paint ${ms(laned.firstPaintMs)}, p95 ${ms(laned.frames.p95)}`);
        }
        if (args.peer.includes(size)) {
          log(`vis-timeline, ${size} events …`);
          const peer = await measurePeer(browser, size, data, app.windows);
          result.peer.push(peer);
          if (!result.app.includes(app)) result.app.push(app);
          log(`  first paint ${ms(peer.firstPaintMs)}, p95 ${ms(peer.frames.p95)}`);
        }
      } finally {
        server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  result.load.after = loadavg()[0]!;
  return result;
}

/** `runs` measurements one after the other, as their median (medianOfRuns). */
async function measureRuns(runs: number, measure: () => Promise<AppResult>): Promise<AppResult> {
  const all: AppResult[] = [];
  for (let k = 0; k < runs; k++) {
    all.push(await measure());
    const r = all[k]!;
    if (runs > 1) log(`  run ${k + 1}/${runs}: p95 ${ms(r.frames.p95)}, max ${ms(r.frames.max)}, steps drawn as counts ${(r.densityShare * 100).toFixed(0)}%`);
  }
  return medianOfRuns(all);
}

/** Run the browser benchmark; its tables and the measurements (for `npm run bench`, scripts/bench/index.ts). */
export async function browserBench(
  argv: string[],
  strict = false,
): Promise<{ table: string; result: BrowserBenchResult }> {
  const args = parseArgs(argv, strict);
  const result = await runBrowserBench(args);
  if (args.json)
    writeFileSync(
      args.json,
      JSON.stringify(result, (k, v) => (k === 'windows' ? undefined : v), 2),
    );
  return { table: formatBrowserTable(result), result };
}

if (process.argv[1]?.endsWith('browser.ts')) {
  process.stdout.write(`${(await browserBench(process.argv.slice(2), true)).table}\n`);
}
