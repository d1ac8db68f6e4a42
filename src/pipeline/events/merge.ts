/**
 * The same event reported by several articles becomes one event with all its sources. Reports
 * merge only on evidence: the same interval, at least one actor in common, a similar predicate
 * (an event word in common, "met" / "their meeting", or most title words), and the same type
 * unless two or more actors are shared. Two sentences of one article are two events; an event
 * without actors never merges. Why they merged is kept (merge-evidence.ts).
 */
import type { EventRecord } from '../../model/dataset.ts';
import { importanceOf } from '../../model/importance.ts';
import type { CandidateEvent } from './candidate.ts';
import { REPORTING } from './clause-grammar.ts';
import {
  mergedDateBasis,
  mergedModality,
  mergeEvidence,
  overlap,
  predicateWords,
} from './merge-evidence.ts';

export interface Merged {
  events: EventRecord[];
  /** Candidate id → id of the event it merged into (only where they differ). */
  redirects: Record<string, string>;
}

interface Cluster {
  /** Creation order within its interval group: the first cluster that fits wins. */
  order: number;
  members: CandidateEvent[];
  actorSet: Set<string>;
  words: Set<string>;
  predicates: Set<string>;
  articles: Set<string>;
}

/** A title whose subject is a description or a pronoun, no name: "The territory …", "It …". */
const UNNAMED_TITLE = /^(?:(?:The|This|That|These|Those) [a-z]|(?:It|He|She|They|Its|His|Her|Their) )/;

const REPORTING_STEMS = new Set([...REPORTING].map((lemma) => predicateStem(lemma)));

/** "meeting" and "met", "agreement" and "agreed": event words compare by a crude stem. */
export function predicateStem(lemma: string): string {
  return lemma.toLowerCase().replace(/(?:ments?|ings?|ions?|s)$/, '');
}

function fits(
  cluster: Cluster,
  c: CandidateEvent,
  cWords: Set<string>,
  cPredicates: Set<string>,
): boolean {
  if (
    c.actors.length === 0 ||
    cluster.actorSet.size === 0 ||
    cluster.articles.has(c.source.article)
  )
    return false;
  let shared = 0;
  for (const a of c.actors) if (cluster.actorSet.has(a)) shared++;
  if (shared === 0) return false;
  // Two people saying something on one day is not one event: a verb of saying counts only for the same speaker.
  const sameSpeaker = c.actors[0] === cluster.members[0]!.actors[0];
  let predicate = false;
  for (const p of cPredicates) if (cluster.predicates.has(p) && (sameSpeaker || !REPORTING_STEMS.has(p))) predicate = true;
  if (!predicate && overlap(cluster.words, cWords) < 0.5) return false;
  // "a tariff of 10 percent" and "a 100 percent tariff" are two events: quantities that differ.
  const theirs = numbersIn(cluster.members[0]!.title);
  const mine = numbersIn(c.title);
  if (theirs.size > 0 && mine.size > 0 && ![...mine].some((n) => theirs.has(n))) return false;
  return cluster.members[0]!.type === c.type || shared >= 2;
}

/** The numbers a title states ("100 percent", "700 troops"; dates are left out of titles). */
function numbersIn(title: string): Set<string> {
  return new Set(title.match(/\d+(?:[.,]\d+)*/g) ?? []);
}

/**
 * Clusters of one interval. A candidate can only fit a cluster sharing one of its actors, so only
 * those are tried, in creation order: the same first fit as trying every cluster, without the
 * quadratic cost.
 */
function clusterGroup(group: CandidateEvent[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byActor = new Map<string, Cluster[]>();
  const index = (cl: Cluster, actor: string): void => {
    const list = byActor.get(actor);
    if (list) list.push(cl);
    else byActor.set(actor, [cl]);
  };
  /** Candidate id → its cluster, for the mentions of an event named again (`sameAs`) and reports dated by another (`datedBy`). */
  const clusterOf = new Map<string, Cluster>();
  const join = (home: Cluster, c: CandidateEvent): void => {
    clusterOf.set(c.id, home);
    home.members.push(c);
    home.articles.add(c.source.article);
    for (const a of c.actors) {
      if (home.actorSet.has(a)) continue;
      home.actorSet.add(a);
      index(home, a);
    }
    // Words and predicates stay the first report's: a big cluster must not attract every report.
  };
  const fitting = (c: CandidateEvent, cWords: Set<string>, cPredicates: Set<string>): Cluster | undefined => {
    const tried = new Set<Cluster>();
    for (const a of c.actors) for (const cl of byActor.get(a) ?? []) tried.add(cl);
    return [...tried].sort((x, y) => x.order - y.order).find((cl) => fits(cl, c, cWords, cPredicates));
  };
  const again: CandidateEvent[] = [];
  for (const c of group) {
    if (c.sameAs || c.datedBy) {
      again.push(c);
      continue;
    }
    const cWords = predicateWords(c.title, c.actors);
    const cPredicates = new Set(c.predicates.map(predicateStem));
    const home = fitting(c, cWords, cPredicates);
    if (home) join(home, c);
    else {
      const cl: Cluster = {
        order: clusters.length,
        members: [c],
        actorSet: new Set(c.actors),
        words: cWords,
        predicates: cPredicates,
        articles: new Set([c.source.article]),
      };
      clusters.push(cl);
      clusterOf.set(c.id, cl);
      for (const a of c.actors) index(cl, a);
    }
  }
  // A mention joins the event it names; a report dated by another joins a report of that day it
  // fits as any would, else the one it took the day from. (Their dates are those reports', so
  // their clusters are in this group.)
  for (const c of again) {
    const home = (c.datedBy ? fitting(c, predicateWords(c.title, c.actors), new Set(c.predicates.map(predicateStem))) : undefined) ?? clusterOf.get(c.sameAs ?? c.datedBy!);
    if (home) join(home, c);
    else clusters.push({ order: clusters.length, members: [c], actorSet: new Set(c.actors), words: new Set(), predicates: new Set(), articles: new Set([c.source.article]) });
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
  for (const group of byInterval.values())
    for (const cl of clusterGroup(group)) events.push(toEvent(cl, redirects));
  events.sort((a, b) => cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.id, b.id));
  return {
    events,
    redirects: Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => cmp(a, b))),
  };
}

function toEvent(cluster: Cluster, redirects: Record<string, string>): EventRecord {
  const members = [...cluster.members].sort((a, b) => cmp(a.id, b.id));
  const head = members[0]!;
  for (const m of members.slice(1)) redirects[m.id] = head.id;
  // The earliest report names the event; ties by path keep it deterministic.
  const byReport = [...members].sort(
    (a, b) =>
      cmp(a.published, b.published) ||
      cmp(a.articlePath, b.articlePath) ||
      a.source.start - b.source.start,
  );
  // (Unless it names no one: "The territory declares independence" gives way to "Kosovo declares …".)
  const titled = byReport.find((m) => !UNNAMED_TITLE.test(m.title)) ?? byReport[0]!;
  // The first report's subject first, then every other actor of the reports, sorted.
  const actors = [...new Set([...titled.actors.slice(0, 1), ...[...cluster.actorSet].sort()])];
  const sources = byReport.map((m) => m.source);
  return {
    id: head.id,
    date: head.date,
    start: head.interval.start,
    end: head.interval.end,
    precision: head.interval.precision,
    title: titled.title,
    type: titled.type,
    actors,
    future: members.every((m) => m.future),
    dateBasis: mergedDateBasis(members),
    modality: mergedModality(members),
    merge: mergeEvidence(byReport),
    // Before the sources are capped (state/cap.ts): every report counts.
    importance: importanceOf({ type: titled.type, actors, sources }),
    sources,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
