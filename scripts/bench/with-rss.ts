/**
 * `tsx scripts/bench/with-rss.ts <dateline args…>`: runs the dateline CLI and, at exit, writes the
 * process's peak resident memory (KB) to $RSS_FILE, so a benchmark can report a command's memory
 * peak without an external tool.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
await import('../../src/pipeline/cli/main.ts');
