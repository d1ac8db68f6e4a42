/**
 * The event-type lexicon: which predicate (a verb or an event noun, by its dictionary form) names
 * which PLOVER category (see docs/EVENTS.md). Written by hand from PLOVER's category definitions
 * and their CAMEO antecedents; a word is listed only where news use makes that category its usual
 * reading ("strike" is left out: an air strike and a labour strike are different types).
 */
import type { EventType } from '../../model/dataset.ts';

type Typed = Exclude<EventType, 'other'>;

/** Verbs, by dictionary form (both British and American spellings). */
const VERBS: Record<Typed, string> = {
  agree: 'agree accept approve sign initial ratify pledge promise offer reconcile',
  consult: 'meet visit host talk negotiate discuss mediate consult confer convene telephone phone',
  support:
    'support praise welcome endorse hail commend recognise recognize congratulate applaud thank defend reaffirm',
  concede: 'apologise apologize concede admit yield relent ease lift free pardon resign',
  cooperate: 'cooperate co-operate collaborate invest partner integrate normalise normalize',
  aid: 'aid donate fund finance supply assist rescue shelter',
  retreat: 'withdraw retreat demobilise demobilize disarm disband dismantle evacuate',
  request: 'ask urge demand appeal request petition seek plead',
  accuse:
    'accuse criticise criticize condemn denounce blame allege sue complain investigate reproach deplore',
  reject: 'reject refuse veto deny dismiss oppose defy spurn rebuff',
  threaten: 'threaten warn menace',
  protest: 'protest demonstrate rally march boycott picket blockade block barricade riot',
  sanction: 'sanction embargo expel suspend freeze sever downgrade halt cancel',
  mobilize: 'mobilise mobilize deploy reinforce station mass',
  coerce:
    'arrest detain ban prohibit forbid outlaw seize confiscate raid deport jail imprison sentence convict indict charge prosecute censor restrict enforce evict',
  assault:
    'attack kill bomb shoot wound injure clash murder assassinate ambush shell stab abduct kidnap torch explode invade bombard slay massacre',
  statement:
    'say tell announce declare state add note comment report claim explain describe insist stress confirm reiterate reply write tweet',
};

/** Event nouns (a plural is found from its singular). */
const NOUNS: Record<Typed, string> = {
  agree:
    'agreement deal accord treaty pact pledge promise offer compromise settlement ratification',
  consult:
    'meeting talks summit visit negotiation dialogue consultation conference mediation phone-call',
  support: 'praise endorsement recognition support backing congratulations',
  concede: 'apology concession amnesty resignation pardon',
  cooperate:
    'cooperation co-operation partnership investment integration normalisation normalization',
  aid: 'aid assistance donation loan funding asylum relief',
  retreat:
    'withdrawal ceasefire truce pullout demobilisation demobilization disarmament evacuation',
  request: 'request demand appeal application plea petition bid',
  accuse:
    'accusation criticism condemnation allegation lawsuit complaint investigation denunciation',
  reject: 'rejection refusal veto denial',
  threaten: 'threat warning ultimatum',
  protest:
    'protest demonstration rally boycott barricade roadblock blockade sit-in riot walkout strike-action',
  sanction: 'sanction embargo tariff expulsion suspension',
  mobilize:
    'deployment mobilisation mobilization alert reinforcements build-up buildup manoeuvres maneuvers readiness',
  coerce:
    'arrest detention ban raid seizure curfew crackdown deportation conviction indictment prosecution',
  assault:
    'attack bombing shooting killing clash explosion ambush assault violence gunfire massacre murder assassination invasion shelling fighting airstrike',
  statement: 'statement announcement declaration speech remarks interview',
};

/**
 * Verbs that count only when inflected as verbs ("backed", "marched"): their bare form is more
 * often something else ("march" is a month, "free" an adjective, "mass" a noun, "press" the news).
 */
export const INFLECTED_ONLY = new Set([
  'march',
  'block',
  'free',
  'mass',
  'station',
  'charge',
  'sentence',
  'initial',
  'lift',
  'ease',
  'state',
  'note',
  'add',
  'report',
  'host',
  'offer',
  'supply',
  'shell',
  'phone',
]);

/**
 * Multi-word predicates, matched on the lower-cased clause before single words (their first word
 * alone would mislead: "called for" is a request, "ruled out" a rejection).
 */
export const PHRASES: [Typed, RegExp][] = [
  ['request', /\bcall(?:s|ed|ing)? (?:for|on|upon)\b/],
  ['reject', /\brul(?:e|es|ed|ing) out\b|\bturn(?:s|ed|ing)? down\b/],
  ['retreat', /\bpull(?:s|ed|ing)? (?:out|back)\b|\bstood down\b/],
  ['concede', /\b(?:step(?:s|ped|ping)?|back(?:s|ed|ing)?) down\b/],
  [
    'assault',
    /\b(?:open(?:s|ed|ing)? fire|fir(?:e|es|ed|ing) (?:on|at)|set (?:on )?fire|set ablaze|air ?strikes?)\b/,
  ],
  ['protest', /\b(?:on strike|hunger strikes?|general strikes?)\b/],
  [
    'sanction',
    /\b(?:cut(?:s|ting)? (?:off )?ties|br(?:eak|oke|eaking) off (?:relations|ties|talks))\b/,
  ],
  [
    'cooperate',
    /\blaunch(?:es|ed|ing)? (?:a |an )?joint\b|\bjoint (?:patrols?|operations?|ventures?|projects?|missions?|investigations?)\b/,
  ],
  [
    'cooperate',
    /\b(?:establish|restor)(?:e|es|ed|ing)? (?:full |formal )?(?:diplomatic )?(?:relations|ties)\b/,
  ],
  ['sanction', /\brecall(?:s|ed|ing)? (?:its|their|the) (?:ambassador|envoy)s?\b/],
  ['request', /\bappl(?:y|ies|ied|ying) (?:for|to join)\b/],
  [
    'concede',
    /\breleas(?:e|es|ed|ing) (?:\w+ ){0,3}(?:prisoners?|hostages?|detainees?|officers?|policemen|soldiers|journalists?|activists?)\b/,
  ],
  ['support', /\bback(?:s|ed|ing)\b/],
];

function table(entries: Record<Typed, string>): Map<string, Typed> {
  const map = new Map<string, Typed>();
  for (const [type, words] of Object.entries(entries) as [Typed, string][])
    for (const w of words.split(/\s+/)) map.set(w, type);
  return map;
}

export const VERB_TYPES: ReadonlyMap<string, Typed> = table(VERBS);
export const NOUN_TYPES: ReadonlyMap<string, Typed> = table(NOUNS);
