/** Closed word lists that the trigger rules (triggers.ts) consult, hand-written. */

/**
 * Stage-level adjectives: transient states of a person, place or thing (alive, closed, angry),
 * which TimeML annotates as STATE events, unlike lasting properties (powerful, different, high).
 * Participial adjectives ("injured", "unknown") are stage-level by form and need no list.
 */
export const STAGE_LEVEL = new Set(
  `
  alive dead ill sick well healthy injured hurt missing safe free captive awake asleep busy idle
  absent present available unavailable open shut full empty vacant pregnant unemployed jobless
  homeless hungry angry happy unhappy glad sad upset afraid scared nervous anxious worried
  concerned calm tense gloomy optimistic pessimistic hopeful confident eager proud ashamed sorry
  guilty innocent responsible liable eligible due overdue late early ready active inactive alert
  loyal hostile quiet silent violent stable unstable steady flat weak strong firm higher lower
  up down unchanged ahead behind aware unaware uncertain unsure sure certain
`
    .trim()
    .split(/\s+/),
);

/**
 * Participles that work as prepositions or conjunctions ("according to", "including", "based in",
 * "compared with"): they introduce a phrase, they do not report an event.
 */
export const PREPOSITIONAL = new Set([
  'including',
  'included',
  'excluding',
  'regarding',
  'concerning',
  'considering',
  'following',
  'given',
  'barring',
  'pending',
  'based',
  'compared',
  'related',
  'associated',
  'coupled',
  'owing',
  'provided',
  'providing',
  'beginning',
  'starting',
  'ending',
]);
