/**
 * `npm run get:ner-data -- DIR [--mirror FOLDER]`: fetch the name tagger's training and held-out
 * files (sources.ts) into DIR, each from its pinned commit, and check its sha256. From GitHub by
 * default (git must reach github.com); with --mirror, from bare copies of the repositories laid out
 * as FOLDER/<owner>+<name>/repo. Nothing here runs at build time: the trained model is committed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { localName, NER_SOURCES, type NerSource } from './sources.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { mirror: { type: 'string' } } });
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: npm run get:ner-data -- DIR [--mirror FOLDER]\n');
  process.exit(2);
}

const git = (args: string[]): Buffer => execFileSync('git', args, { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
const clones = new Map<string, string>();

/** A bare repository holding the source's commit: the mirror's, or a fresh partial clone. */
function repoFor(s: NerSource): string {
  if (values.mirror) return join(values.mirror, s.repo.replace('/', '+'), 'repo');
  let bare = clones.get(s.repo);
  if (!bare) {
    bare = mkdtempSync(join(tmpdir(), 'ner-src-'));
    git(['clone', '--bare', '--filter=blob:none', '--quiet', `https://github.com/${s.repo}.git`, bare]);
    clones.set(s.repo, bare);
  }
  return bare;
}

let failed = 0;
for (const s of NER_SOURCES) {
  const bytes = git(['--git-dir', repoFor(s), 'show', `${s.commit}:${s.path}`]);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== s.sha256) {
    process.stderr.write(`${s.repo}@${s.commit.slice(0, 12)}:${s.path}: sha256 ${sha}, expected ${s.sha256}\n`);
    failed++;
    continue;
  }
  const target = join(dir, localName(s));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  process.stdout.write(`${s.name}: ${bytes.length} bytes, sha256 ok\n`);
}
for (const bare of clones.values()) if (existsSync(bare)) rmSync(bare, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
