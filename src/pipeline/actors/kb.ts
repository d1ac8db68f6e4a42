/**
 * The knowledge base of known actors: countries (i18n-iso-countries plus demonyms and capitals),
 * international organisations, and the user's curated file (data/actors.json), which wins.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { z } from 'zod';
import type { ActorKind } from '../../model/dataset.ts';
import { COUNTRY_EXTRAS } from './country-extras.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { nameKey, slug, tokenise } from './tokens.ts';

countries.registerLocale(en);

export interface KbActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  /** Affiliations by canonical name, resolved to ids when the registry is written. */
  affiliations: { actor: string; role: string | null }[];
}

export interface KnowledgeBase {
  actors: Map<string, KbActor>;
  /** Name or alias key → actor id. */
  byName: Map<string, string>;
  /** Demonym key ("serbian") → country id. */
  byDemonym: Map<string, string>;
  /** Capital key ("belgrade") → government's actor id. */
  byCapital: Map<string, string>;
  /** Short form key ("alliance") → organisation ids that it may stand for. */
  shortForms: Map<string, string[]>;
  /** Keys of phrases that are never actors. */
  ignore: Set<string>;
  /** Longest name in tokens, to bound the matcher. */
  maxTokens: number;
}

export const actorId = (kind: ActorKind, name: string): string => `${kind}:${slug(name)}`;

const CuratedSchema = z.object({
  actors: z
    .array(
      z.object({
        name: z.string().min(1),
        kind: z.enum(['person', 'country', 'organization', 'group', 'place']),
        aliases: z.array(z.string()).default([]),
        affiliations: z.array(z.object({ actor: z.string(), role: z.string().nullable().default(null) })).default([]),
      }),
    )
    .default([]),
  ignore: z.array(z.string()).default([]),
});
export type CuratedActors = z.infer<typeof CuratedSchema>;

export function parseCurated(json: unknown): { ok: true; value: CuratedActors } | { ok: false; reason: string } {
  const parsed = CuratedSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
}

function pickCountryName(names: string[]): string {
  const plain = names.filter((n) => !n.includes(',') && !/^[A-Z.]+$/.test(n)).map((n) => n.replace(/\s*\(.*\)$/, ''));
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0] ?? '';
}

export function buildKnowledgeBase(curated?: CuratedActors): KnowledgeBase {
  const kb: KnowledgeBase = {
    actors: new Map(),
    byName: new Map(),
    byDemonym: new Map(),
    byCapital: new Map(),
    shortForms: new Map(),
    ignore: new Set((curated?.ignore ?? []).map(nameKey)),
    maxTokens: 1,
  };
  const add = (kind: ActorKind, name: string, aliases: string[], affiliations: KbActor['affiliations'] = []): KbActor => {
    const existing = kb.byName.get(nameKey(name));
    const id = existing ?? actorId(kind, name);
    const actor = kb.actors.get(id) ?? { id, name, kind, aliases: new Set<string>(), affiliations: [] };
    actor.affiliations.push(...affiliations);
    kb.actors.set(id, actor);
    for (const alias of [name, ...aliases]) {
      kb.byName.set(nameKey(alias), id);
      if (alias !== actor.name) actor.aliases.add(alias);
      kb.maxTokens = Math.max(kb.maxTokens, tokenise(alias).length);
    }
    return actor;
  };
  const allNames = countries.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(allNames)) {
    const extra = COUNTRY_EXTRAS.get(code);
    const actor = add('country', extra?.canonical ?? pickCountryName(names), [...names, ...(extra?.names ?? [])]);
    for (const d of extra?.demonyms ?? []) kb.byDemonym.set(nameKey(d), actor.id);
    if (extra?.capital) kb.byCapital.set(nameKey(extra.capital), actor.id);
  }
  for (const org of ORGANIZATIONS) {
    const affiliations = org.partOf ? [{ actor: org.partOf, role: null }] : [];
    const actor = add('organization', org.name, org.aliases, affiliations);
    for (const s of org.short ?? []) kb.shortForms.set(nameKey(s), [...(kb.shortForms.get(nameKey(s)) ?? []), actor.id]);
  }
  const eu = kb.byName.get('european union');
  if (eu) kb.byCapital.set('brussels', eu); // "Brussels said" is the EU, not Belgium
  for (const entry of curated?.actors ?? []) add(entry.kind, entry.name, entry.aliases, entry.affiliations);
  return kb;
}
