// The whole test suite, as run by `npm test` and CI: typecheck, lint, unit tests (Vitest), a Chromium
// check, end-to-end tests (Playwright). Every step runs even if an earlier one failed, so all results
// print; the exit code is non-zero if any step failed, any test failed, or no test ran at all.
// The last line of output is always `total: N passed, N failed, N skipped`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'reports');
const VITEST_REPORT = join(REPORTS, 'vitest.json');
const PLAYWRIGHT_REPORT = join(REPORTS, 'playwright.json');

interface Step {
  name: string;
  command: string;
  args: string[];
}

const STEPS: Step[] = [
  { name: 'typecheck', command: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', 'lint'] },
  {
    name: 'unit (vitest)',
    command: 'npx',
    args: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/vitest.json',
    ],
  },
  { name: 'chromium', command: 'npx', args: ['tsx', 'scripts/ensure-chromium.ts'] },
  { name: 'e2e (playwright)', command: 'npx', args: ['playwright', 'test'] },
];

const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', NO_COLOR: '1' };
delete env.FORCE_COLOR; // Node warns when both are set

interface StepResult {
  name: string;
  ok: boolean;
  detail: string;
  seconds: number;
}

/** Runs one step with its output streamed to ours; resolves with its exit status. */
function run(step: Step): Promise<StepResult> {
  const started = performance.now();
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: ROOT, env, stdio: 'inherit' });
    const done = (ok: boolean, detail: string) =>
      resolve({ name: step.name, ok, detail, seconds: (performance.now() - started) / 1000 });
    child.on('error', (err) => done(false, `could not start: ${err.message}`));
    child.on('close', (code, signal) =>
      done(code === 0, code === 0 ? 'ok' : signal ? `killed by ${signal}` : `exit code ${code}`),
    );
  });
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * Vitest's JSON report. A test file that failed before any of its tests ran (an import error, say)
 * has no test results; it counts as one failure.
 */
function vitestCounts(report: unknown): Counts | undefined {
  if (!report || typeof report !== 'object') return undefined;
  const r = report as Record<string, unknown>;
  if (typeof r.numTotalTests !== 'number') return undefined;
  const files = Array.isArray(r.testResults) ? (r.testResults as Record<string, unknown>[]) : [];
  const brokenFiles = files.filter(
    (f) =>
      f.status === 'failed' &&
      (!Array.isArray(f.assertionResults) || f.assertionResults.length === 0),
  ).length;
  return {
    passed: num(r.numPassedTests),
    failed: num(r.numFailedTests) + brokenFiles,
    skipped: num(r.numPendingTests) + num(r.numTodoTests),
  };
}

/** Playwright's JSON report. Flaky tests passed on retry: they count as passed. Global errors (a
 * web server that would not start, a spec that would not load) count as failures. */
function playwrightCounts(report: unknown): Counts | undefined {
  if (!report || typeof report !== 'object') return undefined;
  const r = report as Record<string, unknown>;
  const stats = r.stats as Record<string, unknown> | undefined;
  if (!stats || typeof stats !== 'object') return undefined;
  const errors = Array.isArray(r.errors) ? r.errors.length : 0;
  return {
    passed: num(stats.expected) + num(stats.flaky),
    failed: num(stats.unexpected) + errors,
    skipped: num(stats.skipped),
  };
}

async function main(): Promise<number> {
  rmSync(VITEST_REPORT, { force: true });
  rmSync(PLAYWRIGHT_REPORT, { force: true });
  mkdirSync(REPORTS, { recursive: true });

  const results: StepResult[] = [];
  for (const step of STEPS) results.push(await run(step));

  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const problems: string[] = [];
  const suites: [string, string, (r: unknown) => Counts | undefined][] = [
    ['vitest', VITEST_REPORT, vitestCounts],
    ['playwright', PLAYWRIGHT_REPORT, playwrightCounts],
  ];
  const suiteLines: string[] = [];
  for (const [name, path, count] of suites) {
    const counts = count(readJson(path));
    if (!counts) {
      // The runner crashed (or never started) before writing its report.
      problems.push(`${name}: no readable report at ${path}`);
      total.failed += 1;
      suiteLines.push(`  ${name.padEnd(12)} no report (counted as 1 failure)`);
      continue;
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    suiteLines.push(
      `  ${name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }

  console.log('\n=== summary\n');
  for (const r of results) {
    console.log(
      `  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(18)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.ok ? '' : r.detail}`,
    );
  }
  console.log('');
  for (const line of suiteLines) console.log(line);
  for (const r of results) if (!r.ok) problems.push(`step "${r.name}" failed (${r.detail})`);
  if (total.passed + total.failed === 0) problems.push('no test ran at all');
  if (problems.length > 0) {
    console.log('');
    for (const p of problems) console.log(`  problem: ${p}`);
  }
  console.log('');
  console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);

  return problems.length === 0 && total.failed === 0 ? 0 : 1;
}

process.exitCode = await main();
