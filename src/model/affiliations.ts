/**
 * Who belongs to whom: an actor's affiliations (a president to a country, a mission to an
 * organisation) followed upwards, so that a filter on "Kosovo" can also find events involving
 * Kosovo's officials and institutions.
 */
import type { ActorRecord } from './dataset.ts';

/** For an actor id, the ids it counts as: itself first, then everything it belongs to. */
export type CreditsOf = (actorId: string) => readonly string[];

/** Every actor counts only as itself. */
export const SELF_ONLY: CreditsOf = (id) => [id];

/**
 * Each actor with the actors it belongs to, directly or through others (a mission of an
 * organisation that belongs to another), without repeats; cycles in curated data are harmless.
 */
export function affiliationCredits(actors: readonly ActorRecord[]): CreditsOf {
  const parents = new Map(actors.map((a) => [a.id, a.affiliations.map((f) => f.actor)]));
  const cache = new Map<string, string[]>();
  return (id) => {
    let credits = cache.get(id);
    if (credits) return credits;
    const seen = new Set<string>([id]);
    const queue = [id];
    for (let i = 0; i < queue.length; i++) {
      for (const parent of parents.get(queue[i]!) ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          queue.push(parent);
        }
      }
    }
    credits = [...seen];
    cache.set(id, credits);
    return credits;
  };
}

/** The ids directly affiliated with `id` (its members and officials), sorted by name. */
export function membersOf(id: string, actors: readonly ActorRecord[]): ActorRecord[] {
  return actors
    .filter((a) => a.affiliations.some((f) => f.actor === id))
    .sort((a, b) => a.name.localeCompare(b.name));
}
