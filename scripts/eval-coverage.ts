// `npm run eval:coverage`: how much of what MEANTIME's articles say about their companies, people,
// products and markets reaches the timeline, per topic. The held-out timelines of SemEval-2015
// Task 4 are on the Airbus, GM and stock-market stories; the trial set (eval:timeline) is on Apple
// alone. MEANTIME has the first sentences of all four topics with every entity mention annotated,
// so this measures, for each topic, the entity-sentences covered: of the sentences that mention a
// person, organisation, product or financial entity (by name, description or pronoun), the share
// where `dateline events` has an event sourced in that sentence with an actor matching one of the
// entity's names (the timeline scorer's rule: case-blind, either name contains the other). Its
// precision: of the event-source/actor claims, the share whose actor matches an entity the gold
// mentions in that sentence (any type). A proxy, not the task's measure: the gold marks who is
// mentioned, not which events an annotator would put on a timeline.
// Usage: npm run eval:coverage [-- --corpus DIR] [--misses N]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface Mention { start: number; end: number; text: string; type: string; instance: string | null }
interface Doc { doc: string; corpus: string; body: string; mentions: Mention[] }
interface Event { title: string; actors: { name: string }[]; sources: { article: string; start: number; end: number }[] }

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpora', 'meantime') }, misses: { type: 'string', default: '0' } } });
const corpus = values.corpus!;
const docs = readFileSync(join(corpus, 'entities.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);
const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/cli/main.ts'), 'events', join(corpus, 'articles'), '--format', 'jsonl', '--no-cache'], { cwd: ROOT, maxBuffer: 1 << 30, env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8' });
const events = out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Event);

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
const PRONOUNS = new Set('it he she they its his her their we i him them us our who which that'.split(' '));
const COVERED_TYPES = new Set(['ORGANIZATION', 'PRODUCT', 'FINANCIAL', 'PERSON']);

/** Each entity instance's names: its mentions with a capital, "the" dropped (descriptions and pronouns have none). */
const names = new Map<string, Set<string>>();
const typeOf = new Map<string, string>();
for (const d of docs) {
  for (const m of d.mentions) {
    if (!m.instance) continue;
    typeOf.set(m.instance, m.type);
    const name = norm(m.text.replace(/^the /i, ''));
    if (/[A-Z]/.test(m.text) && name.length > 1 && !PRONOUNS.has(name)) names.set(m.instance, (names.get(m.instance) ?? new Set()).add(name));
  }
}
const matches = (actor: string, instance: string): boolean => {
  const a = norm(actor);
  return a !== '' && [...(names.get(instance) ?? [])].some((n) => n.includes(a) || a.includes(n));
};

/** Events by article file name, with each source's span. */
const sourcesOf = new Map<string, { start: number; end: number; event: Event }[]>();
for (const event of events) for (const s of event.sources) {
  const file = s.article.split('/').pop()!;
  sourcesOf.set(file, [...(sourcesOf.get(file) ?? []), { start: s.start, end: s.end, event }]);
}

type Tally = { sentences: number; covered: number; claims: number; onEntity: number };
const tallies = new Map<string, Tally>();
const misses: string[] = [];
for (const d of docs) {
  const tally = tallies.get(d.corpus) ?? { sentences: 0, covered: 0, claims: 0, onEntity: 0 };
  tallies.set(d.corpus, tally);
  const sources = sourcesOf.get(`${d.doc}.txt`) ?? [];
  // (MEANTIME's bodies have one sentence a paragraph.)
  let at = 0;
  for (const line of d.body.split('\n')) {
    const [start, end] = [at, at + line.length];
    at = end + 1;
    if (!line.trim()) continue;
    const here = sources.filter((s) => s.start < end && start < s.end).map((s) => s.event);
    const instances = new Set(d.mentions.filter((m) => m.instance && m.start >= start && m.start < end).map((m) => m.instance!));
    for (const instance of instances) {
      if (!COVERED_TYPES.has(typeOf.get(instance)!) || !names.has(instance)) continue;
      tally.sentences++;
      if (here.some((e) => e.actors.some((a) => matches(a.name, instance)))) tally.covered++;
      else if (d.corpus !== 'apple') misses.push(`${d.corpus} | ${[...names.get(instance)!][0]} | ${line.slice(0, 140)}`);
    }
    for (const e of here) for (const a of e.actors) {
      tally.claims++;
      if ([...instances].some((i) => matches(a.name, i))) tally.onEntity++;
    }
  }
}
const pct = (a: number, b: number): string => `${((100 * a) / (b || 1)).toFixed(1)}%`.padStart(6);
console.log(`entity-sentence coverage, MEANTIME (${corpus}); \`dateline events\`, ${events.length} events\n`);
console.log(`${'topic'.padEnd(8)} ${'sentences'.padStart(9)} ${'covered'.padStart(8)}          claims  on a gold entity`);
const all: Tally = { sentences: 0, covered: 0, claims: 0, onEntity: 0 };
for (const [topic, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${topic.padEnd(8)} ${String(t.sentences).padStart(9)} ${String(t.covered).padStart(8)} ${pct(t.covered, t.sentences)}   ${String(t.claims).padStart(6)}  ${pct(t.onEntity, t.claims)}`);
  for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
}
console.log(`${'all'.padEnd(8)} ${String(all.sentences).padStart(9)} ${String(all.covered).padStart(8)} ${pct(all.covered, all.sentences)}   ${String(all.claims).padStart(6)}  ${pct(all.onEntity, all.claims)}`);
for (const m of misses.slice(0, Number(values.misses))) console.log(`MISS ${m}`);
