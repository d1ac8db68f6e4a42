/**
 * `npm run dateline -- <command>`: build | watch | map | reduce | events | annotate (see README, "Command line").
 * Machine output goes to stdout; the report, progress and errors to stderr.
 */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyseInputsAsync, buildDatasetAsync, loadKnowledgeBase } from '../build.ts';
import { DEFAULT_CACHE_DIR } from '../map/cache.ts';
import { parseShard, readShardFiles } from '../map/shard.ts';
import { mapShard } from '../map/shard-map.ts';
import { evaluateEntities, formatEntityEval } from '../eval/entities.ts';
import { evaluateEvents, formatEventErrors, formatEventEval, winkDoc } from '../eval/eval-events.ts';
import { evaluateTimeml, formatEval } from '../eval/eval-timeml.ts';
import type { Problem } from '../read/types.ts';
import { DEFAULT_LIMITS } from '../read/walk.ts';
import { DEFAULT_GUARD } from '../write/guard.ts';
import { safeText } from '../write/escape.ts';
import { runBuild } from './build-command.ts';
import { optionReaders, SHARED_OPTIONS } from './option-values.ts';
import { runCluster } from './cluster-command.ts';
import { EXIT, exitWith } from './errors.ts';
import { annotationForCli, datasetToCsv, eventsForCli } from './output.ts';
import { formatProblem, progressReporter } from './report.ts';
import { DEFAULT_QUIET_MS, stopOnSignals, watchAndBuild } from './watch.ts';

const USAGE = `Usage: npm run dateline -- <command> [options]

Commands:
  build [--input data/articles] [--out public/data] [--actors data/actors.json]
        [--jobs N] [--no-cache] [--cache-dir ${DEFAULT_CACHE_DIR}]
        [--max-file-mb ${DEFAULT_LIMITS.maxFileBytes / 1024 / 1024}] [--max-files ${DEFAULT_LIMITS.maxFiles}] [--strict] [--max-loss ${DEFAULT_GUARD.maxLoss * 100}]
        [--date-order dmy|mdy|ymd] [--columns title=Headline,date=When,text=Story]
        Build the app's dataset (dataset.json and the time-partitioned chunks/), publish it
        as one new generation and print a build report. --jobs: threads for the per-article
        stage (default: all cores; 1 = in-process). Unchanged files are taken from the cache
        unless --no-cache. A build that can use no article is refused (the published dataset
        stays); one that loses more than --max-loss % of the published build's articles warns,
        or with --strict is refused. Exit codes: README, "Exit codes".
        --date-order: how all-number dates such as 07/05/2023 are read (else they are
        rejected as ambiguous); --columns: which CSV/TSV header holds each field.

  watch [build options] [--quiet-ms ${DEFAULT_QUIET_MS}]
        Build, then build again whenever an input or the actors file changes, once the files
        have been still for --quiet-ms; one build at a time, published only if no input
        changed while it ran. \`npm start\` does this and serves the app.

  map <file-or-dir>... [--shard K/N] [--out shard.jsonl] [--actors data/actors.json] [--jobs N]
        [--no-cache] [--max-file-mb …] [--max-files …] [--date-order …] [--columns …]
        List the inputs as build does and analyse this shard's files: every N-th file from the
        K-th (default 0/1: all). Writes the shard (JSON Lines, docs/SCALING.md "Map and reduce")
        to --out or stdout. Run one per machine or core, with the same inputs and tool.

  reduce <shard.jsonl>... [--out public/data] [--actors data/actors.json] [--strict] [--max-loss …]
        [--no-cache] [--cache-dir …]
        Publish the dataset of the shards, in any number and order: what build of the same
        inputs publishes, byte for byte. Refused when a shard is missing or from other inputs.
        Like build, it keeps its state in the cache folder: a reduce into the same --out merges
        again only the months of articles that changed (--no-cache: from scratch).

  cluster submit | worker | status | reduce [options]
        The build over many machines: a BullMQ queue on Redis, workers mapping jobs into a
        shared store, reduce publishing what build would (\`npm run dateline -- cluster --help\`).

Any command: --debug prints a stack trace with an error.
  events <file-or-dir>... [--format jsonl|csv|json] [--actors data/actors.json] [--jobs N] [--no-cache]
        Print the merged events.
  annotate <file-or-dir>... [--format jsonl|json] [--actors data/actors.json]
        Print each article's temporal expressions and actor mentions.
  eval-timeml <dir> [--errors]
        Score the temporal tagger against TimeML gold (.tml), TempEval-3 style.
  eval-events <dir> [--errors N] [--compare]
        Score the event-trigger finder against TimeML gold <EVENT>s, TempEval-3 style;
        --errors N lists N missed and N spurious triggers, --compare also runs it on
        compromise's part-of-speech tags instead of wink-nlp's.
  eval-entities <file.jsonl> [--errors] [--actors data/actors.json]
        Score the actor recogniser against entity-mention gold (MEANTIME entities.jsonl format).
`;

function fail(message: string): never {
  process.stderr.write(`dateline: ${message}\n\n${USAGE}`);
  process.exit(EXIT.usage);
}

const read = optionReaders(fail);

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'cluster') return runCluster(rest);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        ...SHARED_OPTIONS,
        input: { type: 'string', multiple: true },
        format: { type: 'string' },
        errors: { type: 'boolean' },
        compare: { type: 'boolean' },
        'quiet-ms': { type: 'string' },
        shard: { type: 'string' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!command || values.help || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const actorsFile = values.actors ?? 'data/actors.json';
  const progress = progressReporter();
  const jobs: number | 'auto' = values.jobs === undefined ? 'auto' : Number(values.jobs);
  if (jobs !== 'auto' && !(Number.isInteger(jobs) && jobs >= 1)) fail(`--jobs needs a whole number ≥ 1, not "${values.jobs}"`);
  const cacheDir = values['no-cache'] ? null : (values['cache-dir'] ?? DEFAULT_CACHE_DIR);
  const mapOptions = { actorsFile, onProgress: progress.update, jobs, cacheDir };
  switch (command) {
    case 'build':
    case 'watch': {
      const given = [...(values.input ?? []), ...positionals];
      const inputs = given.length ? given : ['data/articles'];
      const out = values.out ?? 'public/data';
      const limits = read.limits(values);
      const guard = read.guard(values);
      if (command === 'build') {
        await runBuild({ inputs, out, quiet: values.quiet ?? false, options: { ...mapOptions, limits, guard }, done: progress.stop });
        return;
      }
      const quietMs = read.number(values['quiet-ms'], 'quiet-ms', DEFAULT_QUIET_MS, 0);
      const watching = await watchAndBuild({ inputs, watched: [...inputs, actorsFile], out, quietMs, report: !values.quiet, build: { actorsFile, jobs, cacheDir, limits, guard } });
      process.stderr.write(`Watching ${inputs.map((i) => safeText(i)).join(', ')} and ${safeText(actorsFile)}; Ctrl-C stops.\n`);
      stopOnSignals(watching);
      return;
    }
    case 'map': {
      if (positionals.length === 0) fail('map needs at least one file or folder');
      const shard = parseShard(values.shard ?? '0/1');
      if (!shard) fail(`--shard needs K/N with 0 ≤ K < N, not "${values.shard}"`);
      const limits = read.limits(values);
      const out = values.out ? openSync(values.out, 'w') : 1;
      const { listed, mapped } = await mapShard(positionals, shard, { ...mapOptions, limits }, (line) => writeSync(out, `${line}\n`));
      if (out !== 1) closeSync(out);
      progress.stop();
      process.stderr.write(`Mapped ${mapped} of ${listed} files (shard ${shard.k}/${shard.n})${values.out ? ` into ${safeText(values.out)}` : ''}.\n`);
      return;
    }
    case 'reduce': {
      if (positionals.length === 0) fail('reduce needs at least one shard file (from dateline map)');
      const shards = readShardFiles(positionals);
      const out = values.out ?? 'public/data';
      const guard = read.guard(values);
      await runBuild({ inputs: [], out, quiet: values.quiet ?? false, options: { ...mapOptions, guard, shards }, done: progress.stop });
      return;
    }
    case 'events': {
      if (positionals.length === 0) fail('events needs at least one file or folder');
      const format = values.format ?? 'jsonl';
      if (!['jsonl', 'csv', 'json'].includes(format)) fail(`unknown format "${format}" (jsonl, csv or json)`);
      const { dataset, report } = await buildDatasetAsync(positionals, { ...mapOptions, limits: { ...DEFAULT_LIMITS, ...read.formats(values) } });
      progress.stop();
      if (format === 'csv') process.stdout.write(datasetToCsv(dataset));
      else if (format === 'json') process.stdout.write(`${JSON.stringify(eventsForCli(dataset), null, 2)}\n`);
      else for (const e of eventsForCli(dataset)) process.stdout.write(`${JSON.stringify(e)}\n`);
      reportProblems(report.problems);
      return;
    }
    case 'annotate': {
      if (positionals.length === 0) fail('annotate needs at least one file or folder');
      const format = values.format ?? 'jsonl';
      if (!['jsonl', 'json'].includes(format)) fail(`unknown format "${format}" (jsonl or json)`);
      const analysed = await analyseInputsAsync(positionals, { actorsFile, onProgress: progress.update });
      progress.stop();
      const rows = analysed.analyses.map(annotationForCli);
      if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
      reportProblems(analysed.problems);
      return;
    }
    case 'eval-timeml': {
      const dir = positionals[0];
      if (!dir) fail('eval-timeml needs a folder of .tml files');
      if (!existsSync(dir)) fail(`no such folder: ${dir} (the dev sets live in ../shared/corpora/*/tml)`);
      process.stdout.write(`${formatEval(evaluateTimeml(dir), values.errors ?? false)}\n`);
      return;
    }
    case 'eval-events': {
      const dir = positionals[0];
      if (!dir) fail('eval-events needs a folder of .tml files');
      if (!existsSync(dir)) fail(`no such folder: ${dir} (the dev sets live in ../shared/corpora/*/tml)`);
      // --errors is a flag for the other evals; here it takes a count as the next positional.
      const limit = values.errors ? Number(positionals[1] ?? 20) : 0;
      if (!(Number.isInteger(limit) && limit >= 0)) fail(`--errors needs a whole number, not "${positionals[1]}"`);
      const results = [evaluateEvents(dir, 'wink-nlp', winkDoc)];
      if (values.compare) {
        // compromise is a devDependency: loaded only here.
        const { makeCompromiseDoc } = await import('../eval/compromise-doc.ts');
        results.push(evaluateEvents(dir, 'compromise', (body) => makeCompromiseDoc(body)));
      }
      process.stdout.write(`${formatEventEval(dir, results)}\n`);
      if (limit) for (const r of results) process.stdout.write(`\n${formatEventErrors(r, limit)}\n`);
      return;
    }
    case 'eval-entities': {
      const file = positionals[0];
      if (!file || !existsSync(file)) fail(`eval-entities needs a .jsonl gold file (e.g. ../shared/corpora/meantime/entities.jsonl)`);
      const problems: Problem[] = [];
      const kb = loadKnowledgeBase(actorsFile, problems);
      reportProblems(problems);
      process.stdout.write(`${formatEntityEval(evaluateEntities(file, kb), values.errors ?? false)}\n`);
      return;
    }
    default:
      fail(`unknown command "${command}"`);
  }
}

function reportProblems(problems: Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
}

const argv = process.argv.slice(2);
try {
  await main(argv);
} catch (error) {
  exitWith(error, argv.includes('--debug'), argv.includes('--no-cache') ? null : (argv[argv.indexOf('--cache-dir') + 1] ?? DEFAULT_CACHE_DIR));
}
