/**
 * `npm run dateline -- <command>`: build | events | annotate (see README, "Command line").
 * Machine output goes to stdout; the report, progress and errors to stderr.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assembleDataset, analyseInputs, buildDataset, loadKnowledgeBase } from '../build.ts';
import { evaluateEntities, formatEntityEval } from '../eval/entities.ts';
import { evaluateTimeml, formatEval } from '../eval/eval-timeml.ts';
import type { Problem } from '../read/types.ts';
import { writeOutputs } from '../write/write.ts';
import { annotationForCli, eventsForCli, eventsToCsv } from './output.ts';
import { printReport, progressReporter } from './report.ts';

const USAGE = `Usage: npm run dateline -- <command> [options]

Commands:
  build [--input data/articles] [--out public/data] [--actors data/actors.json]
        Build the app's dataset and print a build report.
  events <file-or-dir>... [--format jsonl|csv|json] [--actors data/actors.json]
        Print the merged events.
  annotate <file-or-dir>... [--format jsonl|json] [--actors data/actors.json]
        Print each article's temporal expressions and actor mentions.
  eval-timeml <dir> [--errors]
        Score the temporal tagger against TimeML gold (.tml), TempEval-3 style.
  eval-entities <file.jsonl> [--errors] [--actors data/actors.json]
        Score the actor recogniser against entity-mention gold (MEANTIME entities.jsonl format).
`;

function fail(message: string): never {
  process.stderr.write(`dateline: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        input: { type: 'string', multiple: true },
        out: { type: 'string' },
        format: { type: 'string' },
        actors: { type: 'string' },
        quiet: { type: 'boolean' },
        errors: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
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
  switch (command) {
    case 'build': {
      const inputs = [...(values.input ?? []), ...positionals];
      const started = performance.now();
      const { dataset, report } = buildDataset(inputs.length ? inputs : ['data/articles'], { actorsFile, onProgress: progress.update });
      progress.stop();
      const out = values.out ?? 'public/data';
      writeOutputs(out, dataset, report);
      if (!values.quiet) printReport(report, (performance.now() - started) / 1000);
      process.stderr.write(`Wrote ${out}/dataset.json and ${out}/build-report.json\n`);
      return;
    }
    case 'events': {
      if (positionals.length === 0) fail('events needs at least one file or folder');
      const format = values.format ?? 'jsonl';
      if (!['jsonl', 'csv', 'json'].includes(format)) fail(`unknown format "${format}" (jsonl, csv or json)`);
      const analysed = analyseInputs(positionals, { actorsFile, onProgress: progress.update });
      progress.stop();
      const dataset = assembleDataset(analysed);
      if (format === 'csv') process.stdout.write(eventsToCsv(dataset));
      else if (format === 'json') process.stdout.write(`${JSON.stringify(eventsForCli(dataset), null, 2)}\n`);
      else for (const e of eventsForCli(dataset)) process.stdout.write(`${JSON.stringify(e)}\n`);
      reportProblems(analysed.problems);
      return;
    }
    case 'annotate': {
      if (positionals.length === 0) fail('annotate needs at least one file or folder');
      const format = values.format ?? 'jsonl';
      if (!['jsonl', 'json'].includes(format)) fail(`unknown format "${format}" (jsonl or json)`);
      const analysed = analyseInputs(positionals, { actorsFile, onProgress: progress.update });
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

function reportProblems(problems: { file: string; record?: number; severity: string; reason: string }[]): void {
  for (const p of problems) {
    process.stderr.write(`${p.severity === 'error' ? 'skipped' : 'warning'}: ${p.file}${p.record ? ` (record ${p.record})` : ''}: ${p.reason}\n`);
  }
}

main(process.argv.slice(2));
