/**
 * The knowledge base of known actors: countries (i18n-iso-countries plus demonyms and capitals),
 * international organisations, the shipped knowledge in data/knowledge/ (companies, institutions,
 * office holders, places, given names), and the user's curated file (data/actors.json), which wins.
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { z } from 'zod';
import type { ActorKind } from '../../model/dataset.ts';
import { ROOT_URL } from '../root.ts';
import { COUNTRY_EXTRAS } from './country-extras.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { nameKey, slug, tokenise } from './tokens.ts';
import knownOrganizations from '../../../data/knowledge/organizations.json' with { type: 'json' };
import knownPeople from '../../../data/knowledge/people.json' with { type: 'json' };
import knownPlaces from '../../../data/knowledge/places.json' with { type: 'json' };

const GIVEN_NAMES = new Set(
  readFileSync(new URL('data/knowledge/given-names.txt', ROOT_URL), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean)
    .map(nameKey),
);

/** Whether a word is a common given name ("Jude" in "Jude Law": the word after it is a surname). */
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(nameKey(word));

/** data/knowledge/given-name-genders.txt: its "female" and "unisex" lines, by name key. */
const GENDER_LINES = new Map(
  readFileSync(new URL('data/knowledge/given-name-genders.txt', ROOT_URL), 'utf8')
    .split('\n')
    .filter((line) => /^\w+:/.test(line))
    .map((line) => [line.slice(0, line.indexOf(':')), new Set(line.slice(line.indexOf(':') + 1).split(/\s+/).filter(Boolean).map(nameKey))] as const),
);

/**
 * Who a common given name is given to: 'female', 'male' (a given name the lists give to no woman),
 * or null (given to both, or no common given name).
 */
export function givenNameSex(word: string): 'female' | 'male' | null {
  const key = nameKey(word);
  if (GENDER_LINES.get('female')?.has(key)) return 'female';
  if (GENDER_LINES.get('unisex')?.has(key) || !GIVEN_NAMES.has(key)) return null;
  return 'male';
}

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
  /** First words of the short forms ("alliance", "western"). */
  shortFormFirst: Set<string>;
  /** Keys of phrases that are never actors. */
  ignore: Set<string>;
  /** Longest name in tokens, to bound the matcher. */
  maxTokens: number;
  /** Key of a name's first token (after "the") → the most tokens a name starting with it has. */
  firstTokens: Map<string, number>;
  /** Key of a first word → how many known names start with it ("united": 5). */
  firstTokenNames: Map<string, number>;
  /** Common given names (keys): "Mary Barra" is a person. */
  givenNames: Set<string>;
}

export const actorId = (kind: ActorKind, name: string): string => `${kind}:${slug(name)}`;

const CuratedSchema = z.object({
  actors: z
    .array(
      z.object({
        name: z.string().min(1),
        kind: z.enum(['person', 'country', 'organization', 'group', 'place']),
        aliases: z.array(z.string()).default([]),
        affiliations: z
          .array(z.object({ actor: z.string(), role: z.string().nullable().default(null) }))
          .default([]),
      }),
    )
    .default([]),
  ignore: z.array(z.string()).default([]),
});
export type CuratedActors = z.infer<typeof CuratedSchema>;

export function parseCurated(
  json: unknown,
): { ok: true; value: CuratedActors } | { ok: false; reason: string } {
  const parsed = CuratedSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
}

function pickCountryName(names: string[]): string {
  const plain = names
    .filter((n) => !n.includes(',') && !/^[A-Z.]+$/.test(n))
    .map((n) => n.replace(/\s*\(.*\)$/, ''));
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0] ?? '';
}

const BUILT = new Map<string, KnowledgeBase>();

/** The knowledge base for a curated file; built once per distinct file content (it is read-only). */
export function buildKnowledgeBase(curated?: CuratedActors): KnowledgeBase {
  const cacheKey = JSON.stringify(curated ?? null);
  const cached = BUILT.get(cacheKey);
  if (cached) return cached;
  const kb = createKnowledgeBase(curated);
  if (BUILT.size > 8) BUILT.clear();
  BUILT.set(cacheKey, kb);
  return kb;
}

function createKnowledgeBase(curated?: CuratedActors): KnowledgeBase {
  const kb: KnowledgeBase = {
    actors: new Map(),
    byName: new Map(),
    byDemonym: new Map(),
    byCapital: new Map(),
    shortForms: new Map(),
    shortFormFirst: new Set(),
    ignore: new Set((curated?.ignore ?? []).map(nameKey)),
    maxTokens: 1,
    firstTokens: new Map(),
    firstTokenNames: new Map(),
    givenNames: GIVEN_NAMES,
  };
  const index = (name: string): void => {
    const words = tokenise(name).map((t) => t.text);
    const lead = words[0] && nameKey(words[0]) === 'the' && words.length > 1 ? 1 : 0;
    const first = nameKey(words[lead] ?? '');
    const length = words.length - lead;
    kb.firstTokens.set(first, Math.max(kb.firstTokens.get(first) ?? 0, length));
    if (length > 1) kb.firstTokenNames.set(first, (kb.firstTokenNames.get(first) ?? 0) + 1);
    kb.maxTokens = Math.max(kb.maxTokens, words.length);
  };
  for (const name of kb.ignore) index(name);
  const add = (
    kind: ActorKind,
    name: string,
    aliases: string[],
    affiliations: KbActor['affiliations'] = [],
  ): KbActor => {
    const existing = kb.byName.get(nameKey(name));
    const id = existing ?? actorId(kind, name);
    const actor = kb.actors.get(id) ?? {
      id,
      name,
      kind,
      aliases: new Set<string>(),
      affiliations: [],
    };
    actor.affiliations.push(...affiliations);
    kb.actors.set(id, actor);
    for (const alias of [name, ...aliases]) {
      kb.byName.set(nameKey(alias), id);
      if (alias !== actor.name) actor.aliases.add(alias);
      index(alias);
    }
    return actor;
  };
  const allNames = countries.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(allNames)) {
    const extra = COUNTRY_EXTRAS.get(code);
    const actor = add('country', extra?.canonical ?? pickCountryName(names), [
      ...names,
      ...(extra?.names ?? []),
    ]);
    for (const d of extra?.demonyms ?? []) kb.byDemonym.set(nameKey(d), actor.id);
    if (extra?.capital) kb.byCapital.set(nameKey(extra.capital), actor.id);
  }
  for (const org of ORGANIZATIONS) {
    const affiliations = org.partOf ? [{ actor: org.partOf, role: null }] : [];
    const actor = add('organization', org.name, org.aliases, affiliations);
    for (const s of org.short ?? [])
      kb.shortForms.set(nameKey(s), [...(kb.shortForms.get(nameKey(s)) ?? []), actor.id]);
  }
  addShippedKnowledge(kb, add);
  const eu = kb.byName.get('european union');
  if (eu) kb.byCapital.set('brussels', eu); // "Brussels said" is the EU, not Belgium
  for (const entry of curated?.actors ?? [])
    add(entry.kind, entry.name, entry.aliases, entry.affiliations);
  for (const key of kb.shortForms.keys()) kb.shortFormFirst.add(key.split(' ')[0]!);
  return kb;
}

type Add = (
  kind: ActorKind,
  name: string,
  aliases: string[],
  affiliations?: KbActor['affiliations'],
) => KbActor;
type OrgItem = string[] | { name: string; aliases: string[]; partOf?: string; short?: string[] };

/** data/knowledge/: companies and institutions, office holders with roles, places. */
function addShippedKnowledge(kb: KnowledgeBase, add: Add): void {
  const orgs = knownOrganizations as unknown as Record<
    'companies' | 'institutions' | 'international',
    OrgItem[]
  >;
  for (const item of [...orgs.international, ...orgs.institutions, ...orgs.companies]) {
    if (Array.isArray(item)) {
      const [name, ...aliases] = item;
      if (name) add('organization', name, aliases);
      continue;
    }
    const actor = add(
      'organization',
      item.name,
      item.aliases,
      item.partOf ? [{ actor: item.partOf, role: null }] : [],
    );
    for (const s of item.short ?? [])
      kb.shortForms.set(nameKey(s), [...(kb.shortForms.get(nameKey(s)) ?? []), actor.id]);
  }
  for (const [name, affiliation, role, ...aliases] of knownPeople.people) {
    if (name && !kb.byName.has(nameKey(name)))
      add('person', name, aliases, affiliation ? [{ actor: affiliation, role: role ?? null }] : []);
  }
  const places = knownPlaces as {
    regions: string[];
    demonyms: string[][];
    subdivisions: string[][];
    cities: string[][];
  };
  for (const name of places.regions) if (!kb.byName.has(nameKey(name))) add('place', name, []);
  for (const [region, ...demonyms] of places.demonyms) {
    const id = kb.byName.get(nameKey(region ?? ''));
    for (const d of demonyms) {
      if (!id || kb.byDemonym.has(nameKey(d)) || kb.byName.has(nameKey(d))) continue;
      if (!d.includes(' ')) {
        kb.byDemonym.set(nameKey(d), id);
        continue;
      }
      // "Latin American", "North American": two words, matched like a name.
      kb.byName.set(nameKey(d), id);
      const first = nameKey(d.split(' ')[0]!);
      kb.firstTokens.set(first, Math.max(kb.firstTokens.get(first) ?? 0, d.split(' ').length));
    }
  }
  for (const [name, , ...aliases] of [...places.subdivisions, ...places.cities]) {
    // A capital that can stand for its government keeps that rule ("Beijing said").
    if (name && !kb.byName.has(nameKey(name)) && !kb.byCapital.has(nameKey(name)))
      add('place', name, aliases);
  }
}
