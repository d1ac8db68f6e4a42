/**
 * All actors of a build: the knowledge base's plus those discovered in articles, with the names
 * each was written as. Written out as ActorRecords for the actors that events (or affiliations)
 * refer to.
 */
import type { ActorRecord, EventRecord } from '../../model/dataset.ts';
import type { KbActor, KnowledgeBase } from './kb.ts';
import { nameKey } from './tokens.ts';

export class ActorRegistry {
  private readonly discovered = new Map<string, KbActor>();
  private readonly surfaces = new Map<string, Set<string>>();

  constructor(private readonly kb: KnowledgeBase) {}

  addDiscovered(actors: (Omit<KbActor, 'aliases'> & { aliases: Iterable<string> })[]): void {
    for (const a of actors) {
      const existing = this.discovered.get(a.id);
      if (!existing)
        this.discovered.set(a.id, {
          ...a,
          aliases: new Set(a.aliases),
          affiliations: [...a.affiliations],
        });
      else {
        for (const alias of a.aliases) existing.aliases.add(alias);
        existing.affiliations.push(...a.affiliations);
      }
    }
  }

  /** Remember how an actor was written, so its aliases show what the articles call it. */
  noteSurface(id: string, surface: string): void {
    if (!/^\p{Lu}/u.test(surface)) return; // "the alliance" is a reference, not a name
    if (/-\p{Ll}+$/u.test(surface)) return; // "NATO-led" is the name in a compound
    const set = this.surfaces.get(id) ?? new Set<string>();
    set.add(surface.replace(/\s+/g, ' '));
    this.surfaces.set(id, set);
  }

  get(id: string): KbActor | undefined {
    return this.kb.actors.get(id) ?? this.discovered.get(id);
  }

  /** Discovered actors by name key, the first discovered winning (built once, in toRecords). */
  private byDiscoveredName = new Map<string, string>();

  private resolveName(name: string): string | undefined {
    const key = nameKey(name);
    return (
      this.kb.byName.get(key) ||
      (this.byDiscoveredName.get(key) ?? (this.get(name) ? name : undefined))
    );
  }

  toRecords(events: EventRecord[]): ActorRecord[] {
    const counts = new Map<string, number>();
    for (const e of events) for (const id of e.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
    // Actors a source sentence names without taking part ("Thaçi, a former KLA leader, …") are
    // listed too, with no events of their own, so every highlighted name resolves.
    for (const e of events) for (const s of e.sources) for (const m of s.mentions) if (m.actor && !counts.has(m.actor)) counts.set(m.actor, 0);
    return this.recordsFor(counts);
  }

  /** Records of the actors with these event counts, plus the actors they are affiliated with. */
  recordsFor(counts: Map<string, number>): ActorRecord[] {
    const wanted = new Set(counts.keys());
    this.byDiscoveredName = new Map();
    for (const a of this.discovered.values()) {
      const key = nameKey(a.name);
      if (!this.byDiscoveredName.has(key)) this.byDiscoveredName.set(key, a.id);
    }
    const records = new Map<string, ActorRecord>();
    const visit = (id: string): void => {
      const actor = this.get(id);
      if (!actor || records.has(id)) return;
      const affiliations = uniqueAffiliations(
        actor.affiliations
          .map((a) => ({ actor: this.resolveName(a.actor) ?? '', role: a.role }))
          .filter((a) => a.actor && a.actor !== id),
      );
      const aliases = new Set([...actor.aliases, ...(this.surfaces.get(id) ?? [])]);
      aliases.delete(actor.name);
      records.set(id, {
        id,
        name: actor.name,
        kind: actor.kind,
        aliases: [...aliases].sort(),
        affiliations,
        eventCount: counts.get(id) ?? 0,
      });
      for (const a of affiliations) visit(a.actor);
    };
    for (const id of [...wanted].sort()) visit(id);
    return [...records.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

function uniqueAffiliations(
  list: { actor: string; role: string | null }[],
): { actor: string; role: string | null }[] {
  const seen = new Map<string, { actor: string; role: string | null }>();
  for (const a of list) {
    const key = `${a.actor}|${a.role ?? ''}`;
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()].sort((a, b) =>
    a.actor + (a.role ?? '') < b.actor + (b.role ?? '') ? -1 : 1,
  );
}
