/**
 * Seeded generator of a synthetic article corpus for the pipeline benchmark:
 * `tsx scripts/bench/generate-corpus.ts <articles> <out-dir> [seed]`. Stories (two countries, a few
 * people, an organisation, a company, a topic, a handful of dated events) are reported by several
 * articles each, so events merge across sources; sentences come from templates with dates written
 * relative to the publication day (weekdays, "yesterday", explicit days, months, seasons, years,
 * future days), in all four input formats (.txt with a dateline, .md, .json, .jsonl).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './generate-dataset.ts';
import { COMPANY_HEADS, COMPANY_WORDS, COUNTRIES, DATED, GIVEN, ORGS, OUTLETS, ROLES, SURNAMES, TOPICS, UNDATED } from './corpus-words.ts';

const DAY_MS = 86_400_000;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const SEASONS = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];
const FILES_PER_FOLDER = 1000;

interface Person { name: string; surname: string; country: number; role: string }
interface Story { countries: [number, number]; people: Person[]; org: string; company: string; topic: string; days: number[] }
interface Article { title: string; published: string; outlet: string; body: string; place: string }

const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** How an article published on `pub` refers to `day` (both in days since 1970). */
function dateExpression(day: number, pub: number, random: () => number): string {
  const d = new Date(day * DAY_MS);
  const [y, m, dom] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const sameYear = new Date(pub * DAY_MS).getUTCFullYear() === y;
  const diff = pub - day;
  if (diff === 1 && random() < 0.5) return 'yesterday';
  if (diff >= 1 && diff <= 6) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  const r = random();
  if (diff < 0) return r < 0.5 ? `on ${dom} ${MONTHS[m]}${sameYear ? '' : ` ${y}`}` : `on ${MONTHS[m]} ${dom}, ${y}`;
  if (r < 0.35) return `on ${dom} ${MONTHS[m]} ${y}`;
  if (r < 0.5) return sameYear ? `on ${MONTHS[m]!.slice(0, 3)}. ${dom}` : `on ${MONTHS[m]} ${dom}, ${y}`;
  if (r < 0.75) return `in ${MONTHS[m]} ${y}`;
  if (r < 0.85) return `in the ${SEASONS[m]} of ${y}`;
  return `in ${y}`;
}

export function generateCorpus(articleCount: number, outDir: string, seed = 1): { files: number; bytes: number } {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const people: Person[] = GIVEN.flatMap((g) => SURNAMES.map((s) => ({ name: `${g} ${s}`, surname: s, country: Math.floor(random() * COUNTRIES.length), role: pick(ROLES) })));
  const firstDay = Date.UTC(1995, 0, 1) / DAY_MS;
  const stories: Story[] = Array.from({ length: Math.max(1, Math.round(articleCount / 5)) }, () => {
    const base = firstDay + Math.floor(random() * 365 * 30);
    const x = Math.floor(random() * COUNTRIES.length);
    const countries: [number, number] = [x, (x + 1 + Math.floor(random() * (COUNTRIES.length - 1))) % COUNTRIES.length];
    const days = Array.from({ length: 4 + Math.floor(random() * 5) }, () => base + Math.floor(random() * 700)).sort((a, b) => a - b);
    return { countries, people: [pick(people), pick(people), pick(people)], org: pick(ORGS), company: `${pick(COMPANY_WORDS)} ${pick(COMPANY_HEADS)}`, topic: pick(TOPICS), days };
  });

  function article(): Article {
    const story = pick(stories);
    const now = 1 + Math.floor(random() * (story.days.length - 1));
    const pub = story.days[now]! + Math.floor(random() * 3);
    const [x, y] = story.countries.map((c) => COUNTRIES[c]!);
    const seen = new Set<string>();
    const person = (p: Person): string => {
      if (seen.has(p.name)) return p.surname;
      seen.add(p.name);
      return `${COUNTRIES[p.country]![2]} ${p.role} ${p.name}`;
    };
    const fill = (template: string, date: string): string =>
      template.replace(/\{(\w+)\}/g, (_, k: string) => {
        switch (k) {
          case 'A': return person(story.people[0]!);
          case 'B': return person(story.people[1 + Math.floor(random() * 2)]!);
          case 'X': return x![0];
          case 'Y': return y![0];
          case 'XD': return x![2];
          case 'YD': return y![2];
          case 'P': return pick([x![1], y![1]]);
          case 'O': return story.org;
          case 'C': return story.company;
          case 'T': return story.topic;
          case 'D': return date;
          default: return k;
        }
      });
    const dated = story.days.filter((_, i) => i <= now || random() < 0.3).map((day, i) => cap(fill(i > now ? DATED[8]! : pick(DATED), dateExpression(day, pub, random))));
    const sentences = [...dated];
    for (let k = 0, n = 8 + Math.floor(random() * 13); k < n; k++) sentences.splice(Math.floor(random() * (sentences.length + 1)), 0, cap(fill(pick(UNDATED), '')));
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 2) paragraphs.push(sentences.slice(k, k + 2).join(' '));
    const place = pick([x![1], y![1]]);
    return { title: `${x![0]} and ${y![0]} at odds over ${story.topic}`, published: iso(pub), outlet: pick(OUTLETS), body: paragraphs.join('\n\n'), place };
  }

  let files = 0;
  let bytes = 0;
  const write = (name: string, text: string): void => {
    const dir = join(outDir, `part-${String(Math.floor(files / FILES_PER_FOLDER)).padStart(3, '0')}`);
    if (files % FILES_PER_FOLDER === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const record = (a: Article, i: number): object => ({ title: a.title, date: a.published, source: a.outlet, url: `https://news.example.org/${i}`, text: a.body });
  for (let i = 0; i < articleCount; ) {
    const r = random();
    const id = String(i).padStart(6, '0');
    if (r < 0.6) {
      const a = article();
      write(`${id}.txt`, `date ${a.published} ${a.title}\n\n${a.place.toUpperCase()} (${a.outlet}) - ${a.body}\n`);
      i++;
    } else if (r < 0.87) {
      const a = article();
      write(`${id}.md`, `---\ntitle: "${a.title}"\ndate: ${a.published}\nsource: ${a.outlet}\n---\n\n${a.body}\n`);
      i++;
    } else if (r < 0.96) {
      const n = Math.min(articleCount - i, 1 + Math.floor(random() * 3));
      write(`${id}.json`, JSON.stringify(Array.from({ length: n }, (_, k) => record(article(), i + k)), null, 1));
      i += n;
    } else {
      const n = Math.min(articleCount - i, 5);
      write(`${id}.jsonl`, Array.from({ length: n }, (_, k) => JSON.stringify(record(article(), i + k))).join('\n') + '\n');
      i += n;
    }
  }
  return { files, bytes };
}

if (process.argv[1]?.endsWith('generate-corpus.ts')) {
  const [countArg, out, seedArg] = process.argv.slice(2);
  if (!countArg || !out) {
    process.stderr.write('usage: tsx scripts/bench/generate-corpus.ts <articles> <out-dir> [seed]\n');
    process.exit(2);
  }
  const { files, bytes } = generateCorpus(Number(countArg), out, seedArg ? Number(seedArg) : 1);
  process.stderr.write(`wrote ${countArg} articles in ${files} files (${(bytes / 1e6).toFixed(1)} MB) to ${out}\n`);
}
