/** Vocabulary for the synthetic benchmark corpus (generate-corpus.ts): names, places, templates. */

export const GIVEN = 'Anna Marco Elena David Sofia Ivan Laura Peter Maria Tomas Clara Jonas Nadia Stefan Helena Viktor Irena Daniel Marta Lukas Sara Pavel Julia Andrei Petra Milan Lena Oskar Eva Karl Nina Robert Alma Felix Rosa Igor Hanna Emil Vera Goran'.split(' ');
export const SURNAMES = 'Halvorsen Marchetti Novak Kowalski Lindqvist Petrescu Duarte Okafor Brennan Varga Castellano Horvath Jansen Moreau Eriksen Kovacs Lombardi Nowicki Ferreira Sokolov Dimitrov Bergstrom Kaplan Romero Vasquez Haddad Takahashi Mendoza Stanek Popescu Andersen Moretti Schultz Radic Lucero Albescu Falk Quintero Nordahl Zielinski Hartmann Ostrowski Benedetti Karlsson Vidal Marek Hoffer Rinaldi Tanaka Osei'.split(' ');
export const ROLES = ['Foreign Minister', 'Prime Minister', 'Finance Minister', 'Defence Minister', 'President', 'Trade Minister', 'Energy Minister', 'Interior Minister'];

/** [country, capital, demonym] */
export const COUNTRIES: [string, string, string][] = [
  ['Austria', 'Vienna', 'Austrian'], ['Belgium', 'Brussels', 'Belgian'], ['Bulgaria', 'Sofia', 'Bulgarian'],
  ['Canada', 'Ottawa', 'Canadian'], ['Chile', 'Santiago', 'Chilean'], ['Croatia', 'Zagreb', 'Croatian'],
  ['Denmark', 'Copenhagen', 'Danish'], ['Egypt', 'Cairo', 'Egyptian'], ['Finland', 'Helsinki', 'Finnish'],
  ['France', 'Paris', 'French'], ['Germany', 'Berlin', 'German'], ['Ghana', 'Accra', 'Ghanaian'],
  ['Greece', 'Athens', 'Greek'], ['Hungary', 'Budapest', 'Hungarian'], ['India', 'New Delhi', 'Indian'],
  ['Indonesia', 'Jakarta', 'Indonesian'], ['Ireland', 'Dublin', 'Irish'], ['Italy', 'Rome', 'Italian'],
  ['Japan', 'Tokyo', 'Japanese'], ['Kenya', 'Nairobi', 'Kenyan'], ['Mexico', 'Mexico City', 'Mexican'],
  ['Morocco', 'Rabat', 'Moroccan'], ['Netherlands', 'Amsterdam', 'Dutch'], ['Nigeria', 'Abuja', 'Nigerian'],
  ['Norway', 'Oslo', 'Norwegian'], ['Peru', 'Lima', 'Peruvian'], ['Poland', 'Warsaw', 'Polish'],
  ['Portugal', 'Lisbon', 'Portuguese'], ['Romania', 'Bucharest', 'Romanian'], ['Spain', 'Madrid', 'Spanish'],
  ['Sweden', 'Stockholm', 'Swedish'], ['Turkey', 'Ankara', 'Turkish'], ['Vietnam', 'Hanoi', 'Vietnamese'],
];

export const ORGS = ['NATO', 'the European Union', 'the United Nations', 'the World Bank', 'the International Monetary Fund', 'the African Union', 'the World Health Organization', 'the Red Cross'];
export const COMPANY_WORDS = 'Northwind Bluefield Silverline Eastgate Redwood Harbor Summit Crescent Lakeside Ironbridge Goldcrest Westmoor'.split(' ');
export const COMPANY_HEADS = ['Holdings', 'Airways', 'Energy', 'Bank', 'Shipping', 'Motors', 'Telecom', 'Mining'];
export const OUTLETS = ['Continental Wire', 'Harbor Press', 'Meridian News', 'Global Desk', 'Northern Herald'];
export const TOPICS = ['a gas pipeline', 'border crossings', 'fishing rights', 'a rail link', 'water sharing', 'grain exports', 'a power grid', 'customs rules', 'airline routes', 'a new port'];

/** Dated-sentence templates. {A}/{B}: people, {X}/{Y}: countries, {O}: organisation, {C}: company, {T}: topic, {D}: date expression, {P}: capital. */
export const DATED = [
  '{A} met {B} in {P} {D} to discuss {T}, officials said.',
  '{X} and {Y} signed an agreement on {T} {D}.',
  '{O} said {D} that it would send observers to monitor {T}.',
  '{C} announced {D} that it had agreed to invest in {T} in {X}.',
  'Protesters gathered outside parliament in {P} {D}, demanding a vote on {T}.',
  '{A} told reporters {D} that talks with {Y} on {T} had stalled.',
  'Police arrested dozens of people in {P} {D} after clashes over {T}.',
  '{X} held a parliamentary election {D}, and turnout was higher than expected.',
  '{A} and {B} are due to meet {D} to sign a deal on {T}.',
  'A court in {P} ruled {D} that the contract for {T} was unlawful.',
  '{O} warned {D} that the dispute over {T} could spread across the region.',
  'Troops from {X} crossed into the border zone {D}, the {YD} government said.',
];
export const UNDATED = [
  '"We want a fair solution for both sides," {A} said.',
  'Analysts said the outcome would shape relations between {X} and {Y} for years.',
  'The {XD} side has long argued that {T} should be managed jointly.',
  '{C} shares rose after the news, traders said.',
  'Diplomats said further meetings were likely but gave no details.',
  'Critics in {P} called the plan rushed and poorly explained.',
  'Local officials said the population of the area had grown quickly.',
  'Opposition parties have demanded a full inquiry into the negotiations.',
  'Business groups in {P} welcomed the move but asked for clearer rules on licences and tariffs.',
  '{O} has repeatedly urged both governments to settle the question of {T} through dialogue.',
  'The {YD} foreign ministry did not respond to a request for comment.',
  'Residents near the border said they had seen more traffic and more police in recent weeks.',
  '{B} said the government remained committed to the talks, but warned that patience was running out.',
  'Energy prices, inflation and unemployment have dominated the public debate in {X}.',
  'A spokesperson for {C} declined to comment on the negotiations or on the company\'s plans in {Y}.',
  'The issue of {T} has divided the coalition government for much of the past decade.',
];
