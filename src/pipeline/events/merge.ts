/**
 * The same event reported by several articles (or twice in one) becomes one event with all its
 * sources. Candidates merge when they cover the same interval and share most of their actors,
 * and either have the same type or share content words.
 */
import type { EventRecord } from '../../model/dataset.ts';
import type { CandidateEvent } from './extract.ts';

export interface Merged {
  events: EventRecord[];
  /** Candidate id → id of the event it merged into (only where they differ). */
  redirects: Record<string, string>;
}

const STOP = new Set('the a an of in on at to for and or but with by from as is was were be been has have had it its this that their his her after over into its said says'.split(' '));

function words(title: string): Set<string> {
  return new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)));
}

function overlap<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sb = new Set(b);
  const shared = a.filter((x) => sb.has(x)).length;
  return shared / (a.length + b.length - shared);
}

interface Cluster {
  members: CandidateEvent[];
  actors: string[];
  words: Set<string>;
}

function subset(a: string[], b: string[]): boolean {
  const sb = new Set(b);
  return a.length > 0 && a.every((x) => sb.has(x));
}

/**
 * Same interval, and: most actors shared (or one report's actors all in the other's) with the
 * same type or shared words; or, failing that, clearly the same words with some actor in common.
 */
function fits(cluster: Cluster, c: CandidateEvent, cWords: Set<string>): boolean {
  const sameType = cluster.members[0]!.type === c.type;
  const actorFit = jaccard(cluster.actors, c.actors) >= 0.5 || subset(c.actors, cluster.actors) || subset(cluster.actors, c.actors);
  const words = overlap(cluster.words, cWords);
  if (actorFit && (sameType || words >= 0.34)) return true;
  return words >= 0.5 && jaccard(cluster.actors, c.actors) > 0;
}

export function mergeCandidates(candidates: CandidateEvent[]): Merged {
  // Deterministic: group by interval, then visit candidates by id.
  const byInterval = new Map<string, CandidateEvent[]>();
  for (const c of [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = `${c.interval.start}/${c.interval.end}/${c.interval.precision}`;
    byInterval.set(key, [...(byInterval.get(key) ?? []), c]);
  }
  const events: EventRecord[] = [];
  const redirects: Record<string, string> = {};
  for (const group of byInterval.values()) {
    const clusters: Cluster[] = [];
    for (const c of group) {
      const cWords = words(c.title);
      const home = clusters.find((cl) => fits(cl, c, cWords));
      if (home) {
        home.members.push(c);
        home.actors = [...new Set([...home.actors, ...c.actors])].sort();
        for (const w of cWords) home.words.add(w);
      } else clusters.push({ members: [c], actors: [...c.actors], words: cWords });
    }
    for (const cl of clusters) events.push(toEvent(cl, redirects));
  }
  events.sort((a, b) => cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.id, b.id));
  return { events, redirects: Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => cmp(a, b))) };
}

function toEvent(cluster: Cluster, redirects: Record<string, string>): EventRecord {
  const members = [...cluster.members].sort((a, b) => cmp(a.id, b.id));
  const head = members[0]!;
  for (const m of members.slice(1)) redirects[m.id] = head.id;
  // The earliest report names the event; ties by path keep it deterministic.
  const byReport = [...members].sort((a, b) => cmp(a.published, b.published) || cmp(a.articlePath, b.articlePath) || a.source.start - b.source.start);
  const titled = byReport[0]!;
  return {
    id: head.id,
    date: head.date,
    start: head.interval.start,
    end: head.interval.end,
    precision: head.interval.precision,
    title: titled.title,
    type: titled.type,
    actors: cluster.actors,
    future: members.every((m) => m.future),
    sources: byReport.map((m) => m.source),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
