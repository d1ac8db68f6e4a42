/**
 * The same event reported by several articles (or twice in one) becomes one event with all its
 * sources. Candidates merge when they cover the same interval and share most of their actors,
 * and either have the same type or share content words.
 */
import type { EventRecord } from '../../model/dataset.ts';
import type { CandidateEvent } from './candidate.ts';
import { mergedDateBasis, mergedModality, mergeEvidence } from './merge-evidence.ts';

export interface Merged {
  events: EventRecord[];
  /** Candidate id → id of the event it merged into (only where they differ). */
  redirects: Record<string, string>;
}

const STOP = new Set('the a an of in on at to for and or but with by from as is was were be been has have had it its this that their his her after over into its said says'.split(' '));

function words(title: string): Set<string> {
  return new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)));
}

/** Shared elements over the smaller set's size (iterating the smaller set: same count). */
function overlap<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

interface Cluster {
  /** Creation order within its interval group: the first cluster that fits wins. */
  order: number;
  members: CandidateEvent[];
  actors: string[];
  actorSet: Set<string>;
  words: Set<string>;
}

/**
 * Same interval, and: most actors shared (or one report's actors all in the other's) with the
 * same type or shared words; or, failing that, clearly the same words with some actor in common.
 * Actor lists hold no duplicates, so `shared` is |cluster ∩ candidate| either way round.
 */
function fits(cluster: Cluster, c: CandidateEvent, cWords: Set<string>): boolean {
  let shared = 0;
  for (const a of c.actors) if (cluster.actorSet.has(a)) shared++;
  const n = cluster.actors.length;
  const m = c.actors.length;
  const jaccard = n === 0 && m === 0 ? 1 : shared / (n + m - shared);
  const sameType = cluster.members[0]!.type === c.type;
  const actorFit = jaccard >= 0.5 || (m > 0 && shared === m) || (n > 0 && shared === n);
  const words = overlap(cluster.words, cWords);
  if (actorFit && (sameType || words >= 0.34)) return true;
  return words >= 0.5 && jaccard > 0;
}

/**
 * Clusters of one interval. A candidate with actors can only fit a cluster sharing one of them,
 * and one without actors only a cluster without any (see fits), so only those are tried, in
 * creation order: the same first fit as trying every cluster, without the quadratic cost.
 */
function clusterGroup(group: CandidateEvent[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byActor = new Map<string, Cluster[]>();
  const noActors: Cluster[] = [];
  const index = (cl: Cluster, actor: string): void => {
    const list = byActor.get(actor);
    if (list) list.push(cl);
    else byActor.set(actor, [cl]);
  };
  for (const c of group) {
    const cWords = words(c.title);
    let home: Cluster | undefined;
    if (c.actors.length === 0) home = noActors.find((cl) => fits(cl, c, cWords));
    else {
      const tried = new Set<Cluster>();
      for (const a of c.actors) for (const cl of byActor.get(a) ?? []) tried.add(cl);
      home = [...tried].sort((x, y) => x.order - y.order).find((cl) => fits(cl, c, cWords));
    }
    if (home) {
      home.members.push(c);
      for (const a of c.actors) {
        if (home.actorSet.has(a)) continue;
        home.actorSet.add(a);
        index(home, a);
      }
      home.actors = [...home.actorSet].sort();
      for (const w of cWords) home.words.add(w);
    } else {
      const cl: Cluster = { order: clusters.length, members: [c], actors: [...c.actors], actorSet: new Set(c.actors), words: cWords };
      clusters.push(cl);
      if (c.actors.length === 0) noActors.push(cl);
      for (const a of c.actors) index(cl, a);
    }
  }
  return clusters;
}

export function mergeCandidates(candidates: CandidateEvent[]): Merged {
  // Deterministic: group by interval, then visit candidates by id.
  const byInterval = new Map<string, CandidateEvent[]>();
  for (const c of [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = `${c.interval.start}/${c.interval.end}/${c.interval.precision}`;
    const group = byInterval.get(key);
    if (group) group.push(c);
    else byInterval.set(key, [c]);
  }
  const events: EventRecord[] = [];
  const redirects: Record<string, string> = {};
  for (const group of byInterval.values()) for (const cl of clusterGroup(group)) events.push(toEvent(cl, redirects));
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
    dateBasis: mergedDateBasis(members),
    modality: mergedModality(members),
    merge: mergeEvidence(byReport),
    sources: byReport.map((m) => m.source),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
