/**
 * Shares equal values between the light outcomes of many files: a 100k-article build names a few
 * thousand actors a million times, so keeping one object per distinct discovered actor, mention
 * and month is most of the memory the build state needs.
 */
import type { DiscoveredActor, LightOutcome } from '../map/outcome.ts';

export class Interner {
  private readonly actors = new Map<string, DiscoveredActor>();
  private readonly mentions = new Map<string, { actor: string; text: string }>();
  private readonly strings = new Map<string, string>();

  private one<T>(table: Map<string, T>, key: string, value: T): T {
    const known = table.get(key);
    if (known !== undefined) return known;
    table.set(key, value);
    return value;
  }

  /** The outcome with its discovered actors, mentions and months shared (changed in place). */
  light(outcome: LightOutcome): LightOutcome {
    for (const r of outcome.records) {
      if (r.discovered) r.discovered = r.discovered.map((a) => this.one(this.actors, JSON.stringify(a), a));
      if (r.mentions) r.mentions = r.mentions.map((m) => this.one(this.mentions, `${m.actor}\u0000${m.text}`, m));
      if (r.months) r.months = r.months.map((m) => this.one(this.strings, m, m));
    }
    return outcome;
  }
}
