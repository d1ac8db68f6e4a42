/**
 * TimeML EVENT classes by lemma, hand-written from the TimeML annotation guidelines' definitions
 * and examples (Saurí et al., TimeML Annotation Guidelines 1.2.1). A lemma absent from every
 * list is an OCCURRENCE. Verbs and their nominalisations share a class ("announce",
 * "announcement"), so both are listed.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Someone narrates or informs about an event: the source of a report. */
export const REPORTING = words(`
  say tell report announce accord state add explain note claim reply respond declare comment disclose
  confirm describe insist acknowledge admit argue testify assert mention recount quote cite
  write inform brief remark contend maintain allege concede reiterate repeat stress emphasise
  emphasize predict forecast estimate warn caution complain deny boast relate
  announcement statement report claim explanation comment disclosure testimony remark
  allegation assertion confirmation denial admission prediction forecast warning complaint
  description declaration`);

/** Physical perception of another event. */
export const PERCEPTION = words(`
  see watch hear listen observe notice perceive witness spot view sight glimpse sense smell
  taste overhear detect`);

/** Picks out a phase of another event: its start, continuation or end. */
export const ASPECTUAL = words(`
  begin start commence initiate launch open continue keep proceed resume carry
  stop end finish complete cease quit halt terminate conclude interrupt discontinue
  beginning start outset onset continuation resumption end completion cessation halt
  termination conclusion interruption`);

/** An intentional action that introduces another event (its argument) as a possibility. */
export const I_ACTION = words(`
  try attempt seek strive endeavour endeavor scramble promise pledge vow swear guarantee offer
  propose ask request urge order demand call command instruct direct require authorize
  authorise allow permit approve agree decide choose elect vote refuse decline reject
  avoid prevent block delay postpone cancel abandon investigate probe examine review study
  accuse charge allege suspect blame persuade convince encourage force compel pressure
  push lobby petition appeal plead nominate appoint name designate schedule prepare help
  enable threaten challenge recommend suggest advise invite veto ban forbid prohibit
  attempt effort bid promise pledge vow offer proposal proposition request order demand call
  authorization authorisation permission approval agreement decision choice refusal rejection
  avoidance prevention delay postponement cancellation investigation inquiry enquiry probe
  examination review study accusation charge allegation persuasion pressure campaign appeal
  nomination appointment designation invitation recommendation suggestion threat veto ban
  prohibition`);

/** A mental state that introduces another event: wanting, believing, fearing, planning. */
export const I_STATE = words(`
  want wish desire hope expect believe think suppose assume presume doubt fear worry know
  understand realise realize consider regard imagine anticipate intend plan aim mean need
  love like hate prefer dread suspect guess trust reckon feel seem appear
  hope expectation belief thought assumption doubt fear worry knowledge understanding
  anticipation intention intent plan aim need desire wish preference concern confidence
  willingness reluctance`);

/** Verbs of state: circumstances that hold rather than happen. */
export const STATE_VERBS = words(`
  own possess have hold contain include comprise consist belong remain stay exist live reside
  lie stand sit cost weigh measure equal total amount number exceed lack depend rely resemble
  deserve involve represent last`);

export type TimemlClass =
  'OCCURRENCE' | 'REPORTING' | 'PERCEPTION' | 'ASPECTUAL' | 'I_ACTION' | 'I_STATE' | 'STATE';

/** The class of an event by its lemma; `state` says the word is a predicated state (adjective). */
export function classOf(lemma: string, pos: 'VERB' | 'NOUN' | 'ADJ' | 'OTHER'): TimemlClass {
  if (REPORTING.has(lemma)) return 'REPORTING';
  if (PERCEPTION.has(lemma)) return 'PERCEPTION';
  if (ASPECTUAL.has(lemma)) return 'ASPECTUAL';
  if (I_ACTION.has(lemma)) return 'I_ACTION';
  if (I_STATE.has(lemma)) return 'I_STATE';
  if (pos === 'ADJ' || (pos === 'VERB' && STATE_VERBS.has(lemma))) return 'STATE';
  return 'OCCURRENCE';
}
