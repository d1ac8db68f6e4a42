/**
 * One article → candidate events: every reported happening, dated or not. Each sentence is cut
 * into clauses (clauses.ts); each clause that reports something that happened, happens or is
 * scheduled takes its own date, the date of the clause it is joined to, the story's narrative
 * time or the publication date (dating.ts), and its actors: those it names, those its pronouns
 * and descriptions stand for (actors/coref.ts), else those of the clause it shares a subject
 * with. Clauses of one sentence with the same date make one event, titled from its main clause
 * (candidate-of.ts, headline.ts). A trailing attribution ("…, the ministry said") is not an event of its own.
 */
import type { ActorMention } from '../actors/context.ts';
import type { ResolvedMention } from '../actors/coref.ts';
import { tokenIndexAt, type Doc, type Token } from '../text/doc.ts';
import type { Timex } from '../time/types.ts';
import { daysBetween } from '../../model/dates.ts';
import { clausesOf, type Clause } from './clauses.ts';
import { askedPhrases, calledOffPlan, comparedFrom, comparedSince, conditionOnly, participlePhrases, rescheduledPhrases, sincePhrases } from './phrases.ts';
import { basisOf, datableByPublication, doneBeforePublication, leadEnd, listedDates, modifiesNoun, narrativeCue, ownDate, publicationDate, shiftedByGap, type ClauseDate } from './dating.ts';
import type { CandidateEvent } from './candidate.ts';
import { modifierEvent, nominalEvent, participleEvent } from './nominal.ts';
import { displayNames, shortNames } from './names.ts';
import { clauseSubjects, leadingParticiple } from './subject.ts';
import type { Trigger } from './triggers.ts';
import { groupByDate, toCandidate, type ArticleInput, type Dated } from './candidate-of.ts';
import { againCandidate, datedFromTold, mentionedAgain, namedEventParts } from './mentioned-again.ts';
import { describesProduct, institution, isVenue } from './participants.ts';

/**
 * The top of a story, in paragraphs: a news story tells what happened in its first few; what a
 * main clause there says in the present perfect is the news, below them background.
 */
const TOP_PARAGRAPHS = 3;

/** Openers of an "-ing" phrase that happens at the main clause's time ("while", "on", none); not "after", "before", "since". */
const SIMULTANEOUS_OPENERS = new Set(['', 'while', 'when', 'on', 'upon', 'in', 'by']);

/**
 * The opening phrase of "While introducing iPhone 4, Jobs hinted …", undated itself, shares the
 * main clause's date and doer; it is the setting, so the main clause stays the title, and its
 * names join the event's actors.
 */
function shareMainDate(dated: Dated[], clauses: Clause[], span: { start: number; end: number }, mentions: ActorMention[]): void {
  if (dated.some((d) => d.clause === clauses[0])) return;
  const main = dated.find((d) => d.clause === clauses[1]);
  if (!main) return;
  const actors = mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.actor);
  dated.push({ clause: clauses[0]!, date: main.date, actors, subjectActor: main.subjectActor, subjectWords: main.subjectWords, setting: true });
}

function isStoryDay(t: Timex, published: string): boolean {
  const i = t.interval!;
  return i.precision === 'day' && i.start === i.end && i.start <= published && daysBetween(i.start, published) <= 7;
}


/** The layers of the article's document that events are read from. */
export interface EventLayers {
  doc: Doc;
  timexes: Timex[];
  /** Actor mentions by name. */
  named: ActorMention[];
  /** Pronouns, descriptions and first names resolved to actors. */
  resolved: ResolvedMention[];
  /** Event words (verbs, event nouns), in text order. */
  triggers: Trigger[];
}

export function detectEvents(article: ArticleInput, { doc, timexes, named, resolved, triggers }: EventLayers): CandidateEvent[] {
  const { body, tokens } = doc;
  const triggerAt = new Map(triggers.map((t) => [t.token, t]));
  const tokenAt = (offset: number): number => tokenIndexAt(tokens, offset);
  const anchors = timexes.filter((t) => t.anchor && t.start >= article.contentStart);
  // 1: inside a date expression (never a subject); 2: inside one that names a date (left out of titles; durations stay).
  const timexToken = new Uint8Array(tokens.length);
  for (const t of timexes) for (let k = tokenAt(t.start); k < tokens.length && tokens[k]!.start < t.end; k++) if (tokens[k]!.end > t.start) timexToken[k] = t.anchor ? 2 : 1;
  const actorMentions = [...named.filter((m) => m.kind !== 'place'), ...resolved].sort((a, b) => a.start - b.start || a.end - b.end);
  /** Place names by where they end → where they start: a country written right after one and a comma is where ("in Ohrid, North Macedonia"). */
  const placeEnds = new Map(named.filter((m) => m.kind === 'place').map((m) => [m.end, m.start]));
  const thingStarts = new Set(named.filter((m) => m.kind === 'index' || m.kind === 'organization' || m.kind === 'product').map((m) => m.start));
  const names = displayNames(named);
  const short = shortNames(named, names);
  const events: CandidateEvent[] = [];
  const lead = leadEnd(body, article.contentStart);
  const top = leadEnd(body, article.contentStart, TOP_PARAGRAPHS);
  let narrative: ClauseDate | null = null;
  /** The latest single day of the week before publication named so far: the story's day. */
  let storyDay: ClauseDate | null = null;
  /** Who the last sentence was about. */
  let storyActor: string | null = null;
  let ai = 0;
  let mi = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    while (ai < anchors.length && anchors[ai]!.start < sentence.start) ai++;
    while (mi < actorMentions.length && actorMentions[mi]!.start < sentence.start) mi++;
    if (sentence.end <= article.contentStart) continue;
    const sAnchors = inSentence(anchors, ai, sentence.end).filter((t) => !modifiesNoun(doc, t, tokenAt));
    const sMentions = inSentence(actorMentions, mi, sentence.end);
    const clauses = clausesOf(doc, s, (k) => timexToken[k]! > 0 || tokens[k]!.start < article.contentStart);
    const toldBefore = events.length;
    const [sFrom, sTo] = doc.sentenceTokens[s]!;
    const dated: Dated[] = [];
    /** Date expressions that date a clause of this sentence (or its attribution). */
    const claimed = new Set<Timex>();
    /** Dates where a span began ("since its launch in 2003"): a noun's date at most, never a clause's. */
    const spanStarts = new Set<Timex>();
    /** Dates a superlative or a figure is compared with ("its worst fall since 1990", "up 3% from March 12"): no event's at all. */
    const comparisons = new Set<Timex>();
    /** Participle phrases that describe a noun ("books taken from Kosovo in 1999"): their dates are theirs. */
    const phrases: [number, number][] = [];
    const cue = narrativeCue(sentence.text);
    /** A "when" clause told as background opened the sentence: the clause it sets the time of shares it. */
    let backgroundWhen = false;
    /** Clauses told as background without a date: events only if another article's report dates them (refine.ts). */
    const elsewhere: number[] = [];
    /** A candidate told without a date, the publication day its placeholder (refine.ts dates it or leaves it out). */
    const datedElsewhere = (d: Dated): CandidateEvent => ({ ...toCandidate(article, doc, s, [d], clauses, timexToken, sMentions, triggerAt, { names, short }), datedElsewhere: true });
    const subjects = clauseSubjects({ tokens, body, clauses, mentions: sMentions, names });
    const leading = leadingParticiple(tokens, clauses);
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      const span = charSpan(tokens, clause);
      if (span.end <= article.contentStart || clause.head < 0 || clause.negated || clause.quoted) continue;
      const described = participlePhrases(tokens, clause);
      phrases.push(...described);
      // A plan moved or called off later in the sentence: its date is no event's, nor lent on.
      if (calledOffPlan(tokens, clause, clauses.slice(c + 1))) {
        for (const t of sAnchors) if (t.start >= span.start && t.end <= span.end) claimed.add(t);
        continue;
      }
      const asked = [...askedPhrases(tokens, clause), ...rescheduledPhrases(tokens, clause)];
      const began = sincePhrases(tokens, clause, (k) => timexToken[k] === 2);
      const compared = [...comparedSince(tokens, clause, (k) => timexToken[k] === 2), ...comparedFrom(tokens, clause, (k) => timexToken[k] === 2)];
      for (const t of sAnchors) if (inRanges(tokens, t, began)) spanStarts.add(t);
      for (const t of sAnchors) if (inRanges(tokens, t, compared)) comparisons.add(t);
      const clauseAnchors = sAnchors.filter((t) => t.start >= span.start && t.end <= span.end && !inRanges(tokens, t, described) && !inRanges(tokens, t, asked) && !spanStarts.has(t) && !comparisons.has(t));
      // What someone was asked to do "by March" is not dated by the asking, nor does its date go
      // elsewhere; nor is a postponement dated by the new time ("postponed until April 23").
      for (const t of sAnchors) if (inRanges(tokens, t, asked)) claimed.add(t);
      if (conditionOnly(tokens, clause, clauseAnchors.length > 0)) continue;
      const own = doneBeforePublication(ownDate(body, clauseAnchors), clause, tokens, article.published);
      // "While introducing iPhone 4, Jobs hinted …": an opening phrase without a date of its own takes the main clause's (below).
      if (c === 0 && leading !== null && !own) continue;
      const prev = dated[dated.length - 1];
      let date: ClauseDate | null = own;
      // Joined to a dated clause and told in the same tense ("In 1986 he bought Pixar, and …");
      // "…, has built" (perfect) after a past date is not in that past.
      // A relative clause's date is its own ("Pixar, which was bought in 2006, released …").
      // "… will cease to be legal tender by February, when the period ends": present after a plan is that plan's time.
      const sameTime = clause.tense === 'past' || clause.tense === prev?.clause.tense || (clause.link === 'sub' && clause.tense === 'present' && prev?.clause.modality === 'future');
      // (A relative clause of a relative clause shares its time: "…imposed last June, which the West answered".)
      // A condition ("once Serbia dropped its own") borrows no date: only its own makes it an event.
      // "Before leaving office in 2005, Schröder signed …": the main clause is at another time than the phrase's date.
      if (c === 1 && leading !== null && !SIMULTANEOUS_OPENERS.has(leading) && !own && prev?.clause === clauses[0]) continue;
      if (!date && prev && clause.modality !== 'hypothetical' && clause.link !== 'first' && (prev.clause.link !== 'rel' || clause.link === 'rel') && prev.date.basis !== 'publication' && sameTime) date = prev.date;
      // "…on Tuesday, two days after the leadership proclaimed independence": that far from it.
      if (!own && date && date === prev?.date && clause.link === 'sub') date = shiftedByGap(tokens, clause, date) ?? date;
      // "the first since the territory declared independence": a clause told as before or after
      // the main one is at another time: its own date only ("since", "before"), or the one it
      // borrowed ("after"), never the story's or the publication's.
      const opener = clause.link === 'sub' ? tokens[clause.from]!.lower : '';
      if (/^(?:since|before|until|till)$/.test(opener) && !own) continue;
      if (/^(?:after|once)$/.test(opener) && !date) continue;
      // "When Jobs first introduced iPhone 4, he praised its antenna": an earlier first time is
      // background the text does not date, and so is what it sets the time of; neither happened on
      // the story's day or at publication.
      if (!date && (clause.background || (clause.link === 'and' && backgroundWhen))) {
        backgroundWhen ||= clause.background;
        // (It may still be the event another article dates: "first introduced iPhone 4" is the unveiling of June 7.)
        if (clause.background) elsewhere.push(c);
        continue;
      }
      if (!date && cue && narrative && clause.modality === 'asserted' && clause.tense === 'past') date = { ...narrative, basis: 'narrative', timexes: [] };
      // A past-tense report without a date happened on the story's day when the article has one
      // ("Apple unveiled the iPhone 4 on Monday. … Jobs demoed the gyroscope."), else on publication.
      if (!date && datableByPublication(clause) && clause.tense === 'past' && storyDay) date = storyDay;
      // "Since its launch the store has sold 3 billion songs", "Serb parties have taken part in the
      // elections for several years": a total or a state over a time, not a happening of the day.
      // (Not "since" in a comparison: "has posted its first annual loss since 1996" is news.)
      const since = clause.tense === 'perfect' && (tokens.slice(clause.from, clause.to).some((t, i) => t.lower === 'since' && !compared.some(([a]) => a === clause.from + i)) || overATime(tokens, clause, timexes, tokenAt));
      // "Belgrade froze the dialogue until the tariffs were scrapped in 2020": what ended before a
      // date in the past did not happen on the publication day.
      const after = clauses[c + 1];
      const endedBefore = !!after && after.link === 'sub' && !clause.reporting && UNTIL_OPENERS.has(tokens[after.from]!.lower) && sAnchors.some((t) => t.start >= tokens[after.from]!.start && t.end <= tokens[after.to - 1]!.end && t.interval!.end < article.published);
      // Below the lead, a present perfect no date places is background, not news of the day: an
      // event only where another article dates it (refine.ts). (Not a report: "has said …" keeps
      // the publication day, as annotators of news timelines give it; nor a main clause at the top
      // of the story, "Skyline has signed a ten-year contract" in the second paragraph.)
      if (!date && datableByPublication(clause) && !since && !endedBefore && clause.tense === 'perfect' && !clause.reporting && sentence.start >= lead && (sentence.start >= top || !mainClause(clause, tokens))) {
        elsewhere.push(c);
        continue;
      }
      if (!date && datableByPublication(clause) && !since && !endedBefore) date = publicationDate(article.published);
      // "iPhone 4 has a new stainless steel frame", "It comes in two colors": what a product is, as
      // the article reports it, is its news of that day.
      const product = !clauses[c - 1]?.reporting && describesProduct(tokens, clause, sMentions);
      if (!date && product) date = publicationDate(article.published);
      if (isAttribution(tokens, clause, c, clauses) && clauses.some((o, k) => k !== c && !o.quoted && o.head >= 0 && !o.negated)) {
        claim(claimed, sAnchors, own); // "…, the office said on Thursday" dates the report
        reportedBy(dated, subjects[c]!.actor, tokens);
        continue;
      }
      // (A state told as likely or unlikely, "an opinion was unlikely before next year", is no happening.)
      if (!date || (clause.stative && !clause.reporting && !product && (!own || !clause.subject || (clause.modality === 'hypothetical' && tokens[clause.head]!.lemma === 'be')))) continue;
      claim(claimed, sAnchors, own);
      // (Not where it happened: "in the Belgian capital", "in Ohrid, North Macedonia".)
      const mine = sMentions.filter((m) => m.start >= span.start && m.end <= span.end && !isVenue(m, body, placeEnds, thingStarts));
      let actors = mine.map((m) => m.actor);
      const { words: subjectWords, actor: subjectActor, hungOn } = subjects[c]!;
      if (subjectActor && !actors.includes(subjectActor)) actors = [subjectActor, ...actors];
      // "The Dreamliner, which Boeing unveiled in 2007": the noun a relative clause hangs on takes part in it.
      if (clause.link === 'rel') for (const a of hungOn ?? []) if (!actors.includes(a)) actors = [...actors, a];
      // (Not from background: "The iPod nano is the second model, after the Shuffle was introduced".)
      if (actors.length === 0 && prev && !prev.setting) actors = prev.actors.slice(0, 1);
      // (An opening "-ing" phrase sets the scene: the main clause, when it shares the date, is the title.)
      // (A product's description is background to a happening of the same date: "The store sells songs, and has begun to sell TV episodes".)
      dated.push({ clause, date, actors, subjectActor, subjectWords, setting: (c === 0 && leading !== null) || (product && !own) });
      for (const also of date === own ? listedDates(body, clauseAnchors, own) : []) {
        for (const t of also.timexes) claimed.add(t);
        dated.push({ clause, date: also, actors, subjectActor, subjectWords });
      }
    }
    if (leading !== null && SIMULTANEOUS_OPENERS.has(leading)) shareMainDate(dated, clauses, charSpan(tokens, clauses[0]!), sMentions);
    // A date left over: it dates an undated past event of the sentence ("told Stoltenberg …, at
    // their meeting on Wednesday"), else the event noun it follows ("until his election in 2016").
    for (const t of sAnchors.filter((x) => !claimed.has(x) && !comparisons.has(x))) {
      const phrase = phrases.find(([a, b]) => t.start >= tokens[a]!.start && t.end <= tokens[b - 1]!.end);
      const described = phrase && participleEvent(tokens, phrase, t, sMentions, tokenAt);
      if (described) {
        const actors = described.actors;
        dated.push({ clause: described.clause, date: { interval: t.interval!, basis: basisOf(t), timexes: [t] }, actors, subjectActor: actors[0] ?? null, subjectWords: null, title: described.title });
        continue;
      }
      // (Only a date whose own clause made no event: "who took office in April after … won in March"
      // does not lend March to the main clause.)
      const own = clauses.find((c) => {
        const span = charSpan(tokens, c);
        return span.start <= t.start && t.end <= span.end;
      });
      // (Not "since November" of a state that made no event, "who has been acting president since November": when it began.)
      if (!spanStarts.has(t) && tokens[tokenAt(t.start) - 1]?.lower !== 'since' && !dated.some((d) => d.clause === own) && adoptOrphanDate(dated, t, tokens, article.published)) continue;
      const nominal = nominalEvent(tokens, t, triggerAt, sMentions, names, tokenAt);
      if (nominal) dated.push({ clause: nominal.clause, date: { interval: t.interval!, basis: basisOf(t), timexes: [t] }, actors: nominal.actors, subjectActor: nominal.actors[0] ?? null, subjectWords: null, title: nominal.title });
    }
    // "When the mayors took office, clashes on May 29 injured …": an undated "when" clause is at
    // the time of the clause it sets, not at publication.
    for (let d = 0; d + 1 < dated.length; d++) {
      const when = dated[d]!;
      const main = dated[d + 1]!;
      if (when.clause.link === 'sub' && tokens[when.clause.from]!.lower === 'when' && when.date.timexes.length === 0 && main.clause.link === 'and' && main.date.timexes.length > 0) {
        when.date = main.date;
        when.setting = true;
      }
      // "A police officer was killed and three attackers died in a shootout on Sunday": a date at the
      // end of two clauses joined by "and", in one tense, dates the first too (not the publication
      // day); a day only ("failed to … and filed for bankruptcy in July 1988" is a longer story).
      else if (when.date.basis === 'publication' && when.clause.tense === 'past' && main.clause.link === 'and' && main.clause.tense === 'past' && main.date.timexes.length > 0 && main.date.interval.precision === 'day' && main.clause.from === when.clause.to && tokens[main.clause.from]!.lower === 'and') {
        when.date = main.date;
      }
    }
    for (const group of groupByDate(dated)) {
      // "The measure took effect on Monday": a definite subject without a name continues the
      // story of the actor the previous sentence was about.
      const main = group[0]!;
      const subject = main.clause.subject ? tokens.slice(...main.clause.subject) : [];
      const definite = subject.length > 0 && DEFINITE_RE.test(subject[0]!.text);
      if (group.every((d) => d.actors.length === 0) && storyActor && definite) main.actors = [storyActor];
      // Who did it unknown and no date of its own: nothing a reader could place or follow.
      if (group.every((d) => d.actors.length === 0) && group.every((d) => d.date.timexes.length === 0)) continue;
      events.push(toCandidate(article, doc, s, group, clauses, timexToken, sMentions, triggerAt, { names, short }));
    }
    for (const c of elsewhere) {
      const clause = clauses[c]!;
      const span = charSpan(tokens, clause);
      const { words: subjectWords, actor: subjectActor } = subjects[c]!;
      const actors = [...new Set([...(subjectActor ? [subjectActor] : []), ...sMentions.filter((m) => m.start >= span.start && m.end <= span.end && !isVenue(m, body, placeEnds, thingStarts)).map((m) => m.actor)])];
      if (actors.length === 0) continue;
      events.push(datedElsewhere({ clause, date: publicationDate(article.published), actors, subjectActor, subjectWords }));
    }
    // "the recently announced iPhone 4": the announcement, if another article dates it.
    for (let k = sFrom; k < sTo; k++) {
      const modifier = modifierEvent(tokens, k, triggerAt, sMentions);
      if (!modifier) continue;
      events.push(datedElsewhere({ clause: modifier.clause, date: publicationDate(article.published), actors: modifier.actors, subjectActor: modifier.actors[0]!, subjectWords: null, title: modifier.title }));
    }
    // "Since its launch …": an event told before, named again by a noun, is sourced here too.
    const nouns = mentionedAgain(tokens, sFrom, sTo, triggerAt, sMentions, sAnchors.filter((t) => !comparisons.has(t)), events.slice(0, toldBefore), article.published);
    for (const again of nouns.again) {
      // ("Two years after its launch, the store passed …": that far from the launch.)
      events.splice(toldBefore, Infinity, ...datedFromTold(again, tokens, events.slice(toldBefore), article.published));
      events.push(againCandidate(again, tokens, sentence, article.id, sMentions));
    }
    // "since its launch in 2003", the launch not told here: the launch, if another article tells its day.
    // (Not where the date is a clause's: "called for Israel's withdrawal from Lebanon on March 19, 1978" dates the call.)
    for (const n of nouns.named) {
      // (One report per date: two nouns of one date, "its launch and expansion in 2003", would be one id.)
      const date = claimed.has(n.date) ? null : ownDate(body, [n.date]);
      claimed.add(n.date);
      if (date) events.push(datedElsewhere({ ...namedEventParts(n, tokens, names), date, actors: [n.owner], subjectActor: n.owner, subjectWords: null }));
    }
    // Only an institution carries over ("the measure" is the government's); a person does not
    // ("The pact follows …" after "Acheson signed").
    // (Nor does background: a product's description leaves the story with whoever it was about.)
    const told = dated.filter((d) => !d.setting);
    storyActor = told.map((d) => d.subjectActor).find(institution) ?? told.flatMap((d) => d.actors).find(institution) ?? storyActor;
    // The story's day: the latest recent day that dates an event (not the report's "said on Thursday").
    for (const d of dated) for (const t of d.date.timexes) if (isStoryDay(t, article.published)) storyDay = { interval: t.interval!, basis: 'narrative', timexes: [] };
    // Narrative time moves with what happened, not with plans ("will build … in 2025").
    const last = dated.filter((d) => d.date.basis !== 'publication' && d.clause.modality === 'asserted' && d.date.interval.start <= article.published).pop();
    if (last) narrative = last.date;
  }
  return events;
}

/**
 * A stretch of time up to now after "for" or "over" in the clause: "for several years", "over the
 * past decade"; not a period ahead or a reporting one ("over the next four years", "a profit for
 * the last year").
 */
function overATime(tokens: Token[], clause: Clause, timexes: Timex[], tokenAt: (offset: number) => number): boolean {
  const start = tokens[clause.from]!.start;
  const end = tokens[clause.to - 1]!.end;
  return timexes.some((t) => {
    if (t.type !== 'DURATION' || t.start < start || t.end > end || /\b(?:next|coming|following|last)\b/i.test(t.text)) return false;
    const k = tokenAt(t.start);
    // (Not "the first gain for four years": a first or best in a time.)
    return /^(?:for|over)$/.test(tokens[k - 1]?.lower ?? '') && !tokens.slice(Math.max(clause.from, k - 5), k - 1).some((w) => /^(?:first|biggest|highest|lowest|largest|best|worst)$/.test(w.lower));
  });
}

/** The items of `list` (sorted by start, from index `from`) that lie inside a sentence ending at `end`. */
function inSentence<T extends { start: number; end: number }>(list: T[], from: number, end: number): T[] {
  const out: T[] = [];
  for (let k = from; k < list.length && list[k]!.start < end; k++) if (list[k]!.end <= end) out.push(list[k]!);
  return out;
}

/** Claims the sentence's expressions a date was read from (by position: a date placed in another year is a copy). */
function claim(claimed: Set<Timex>, anchors: Timex[], date: ClauseDate | null): void {
  for (const t of date?.timexes ?? []) for (const a of anchors) if (a.start === t.start) claimed.add(a);
}

/** Whether expression `t` lies inside one of the token ranges. */
function inRanges(tokens: Token[], t: Timex, ranges: [number, number][]): boolean {
  for (const [a, b] of ranges) if (t.start >= tokens[a]!.start && t.end <= tokens[b - 1]!.end) return true;
  return false;
}

/** A main clause, or one set against it ("…, while Qantas has signed a deal"): not a relative or a report's. */
function mainClause(clause: Clause, tokens: Token[]): boolean {
  return clause.link === 'first' || clause.link === 'and' || (clause.link === 'sub' && CONTRASTING.has(tokens[clause.from]!.lower));
}

const CONTRASTING = new Set(['while', 'whereas']);

/** Openers of a clause that ends the time of the clause before it ("until", "before"). */
const UNTIL_OPENERS = new Set(['until', 'till', 'before']);

/**
 * "…told Stoltenberg how important membership was, at their meeting on Wednesday": a date whose
 * own clause makes no event (a state, a fragment) dates the nearest past-tense event of the
 * sentence that had none of its own, the one before it first.
 */
function adoptOrphanDate(dated: Dated[], t: Timex, tokens: Token[], published: string): boolean {
  if (t.interval!.start > published) return false;
  const undated = dated.filter((d) => d.date.timexes.length === 0 && d.clause.tense === 'past' && d.clause.modality === 'asserted');
  const before = undated.filter((d) => tokens[d.clause.from]!.start < t.start).pop();
  const target = before ?? undated[0];
  if (target) target.date = { interval: t.interval!, basis: basisOf(t), timexes: [t] };
  return !!target;
}

/** A subject's first word that makes it definite: it may stand for the story's actor. */
const DEFINITE_RE = /^(?:the|this|that|these|those)$/i;

/**
 * "Sales rose 5 percent, the company said": what a trailing attribution reports and names no actor
 * of is the speaker's, as after a leading one ("the company said that sales rose"). (Its day of
 * saying is left to the attribution: given to what was said, it would become the story's day and
 * move every later clause of the story that only publication dates.)
 */
function reportedBy(dated: Dated[], speaker: string | null, tokens: Token[]): void {
  // (Not to a definite subject, "The deal was struck …, Mr. Marous said": the story's actor is its, below.)
  if (speaker) for (const d of dated) if (d.actors.length === 0 && !DEFINITE_RE.test(d.clause.subject ? tokens[d.clause.subject[0]]!.text : '')) d.actors = [speaker];
}

/** "…, the ministry said." / "…,” he said." / "…, said Jobs.": the last clause, only reporting, after a comma or a quote. */
function isAttribution(tokens: Token[], clause: Clause, c: number, clauses: Clause[]): boolean {
  // (Not a main clause resumed after its subject's relative clause: "The bank, led by …, announced the increase".)
  if (!clause.reporting || c !== clauses.length - 1 || c === 0 || clause.link === 'first') return false;
  const before = tokens[clause.from - 1]?.text ?? '';
  const first = tokens[clause.from]?.text ?? '';
  return /^[,”"]$/.test(before) || /^[,”"]$/.test(first);
}

function charSpan(tokens: Token[], clause: Clause): { start: number; end: number } {
  return { start: tokens[clause.from]!.start, end: tokens[clause.to - 1]!.end };
}

