/** A candidate event built by hand for the merging and refining tests: the fields they vary, the rest plain. */
import type { EventType } from '../../model/dataset.ts';
import type { DayInterval } from '../../model/dates.ts';
import { intervalToEdtf } from '../../model/edtf.ts';
import type { CandidateEvent } from './candidate.ts';

export interface CandidateSpec {
  id: string;
  interval: DayInterval;
  title: string;
  type: EventType;
  actors: string[];
  /** The event word's lemma, also its clause's one predicate. */
  lemma: string;
  published: string;
  article: string;
  path: string;
  sentence: string;
  basis?: CandidateEvent['dateBasis'];
}

export function testCandidate(s: CandidateSpec): CandidateEvent {
  const future = s.interval.start > s.published;
  return {
    id: s.id,
    interval: s.interval,
    date: intervalToEdtf(s.interval),
    title: s.title,
    type: s.type,
    actors: s.actors,
    future,
    dateBasis: s.basis ?? 'explicit',
    modality: future ? 'future' : 'asserted',
    predicates: [s.lemma],
    eventLemma: s.lemma,
    published: s.published,
    articlePath: s.path,
    source: { article: s.article, sentence: s.sentence, start: 0, end: s.sentence.length, timex: null, trigger: null, mentions: [] },
  };
}
