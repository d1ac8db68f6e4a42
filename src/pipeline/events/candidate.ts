/** What the per-article stage makes of one reported event, before events merge across articles. */
import type { EventRecord, SourceRecord } from '../../model/dataset.ts';
import type { DayInterval } from '../../model/dates.ts';

/** The event's own fields (see the dataset format), and what merging needs to know of its report. */
export interface CandidateEvent extends Pick<EventRecord, 'date' | 'title' | 'type' | 'future' | 'dateBasis' | 'modality'> {
  /** Id this candidate would have on its own; the merged event takes the smallest of its candidates'. */
  id: string;
  interval: DayInterval;
  /** Actor ids, the subject's first, then the others sorted. */
  actors: string[];
  /** Lemma of the event word, the source's trigger ("launch" for "launched"): what the report says happened. */
  eventLemma: string;
  /** Lemmas of the event words of its clause ("tell", "meeting"): events merge only on a similar predicate. */
  predicates: string[];
  published: string;
  articlePath: string;
  /**
   * The id of an earlier candidate of the same article that this one names again ("its launch"
   * after "launched … on April 28, 2003", mentioned-again.ts): the two merge into one event.
   */
  sameAs?: string;
  /**
   * The id of the candidate of another article whose day this one took (refine.ts): the two merge
   * into one event, whatever their words.
   */
  datedBy?: string;
  /**
   * Told without a date of its own ("When Jobs first introduced iPhone 4, …", "the recently
   * announced iPhone 4"): kept only where another article's report of the same event dates it
   * (refine.ts); its interval until then is the publication day, a placeholder.
   */
  datedElsewhere?: true;
  source: SourceRecord;
}
