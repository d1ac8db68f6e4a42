/** What the per-article stage makes of one reported event, before events merge across articles. */
import type { DateBasis, EventType, Modality, SourceRecord } from '../../model/dataset.ts';
import type { DayInterval } from '../../model/dates.ts';

export interface CandidateEvent {
  /** Id this candidate would have on its own; the merged event takes the smallest of its candidates'. */
  id: string;
  interval: DayInterval;
  /** EDTF of the interval (a range of two expressions is `a/b`). */
  date: string;
  title: string;
  type: EventType;
  /** Actor ids, the subject's first, then the others sorted. */
  actors: string[];
  future: boolean;
  /** How the date was obtained (see the dataset format). */
  dateBasis: DateBasis;
  /** Asserted, scheduled or possible. */
  modality: Modality;
  /** Lemmas of the event words of its clause ("tell", "meeting"): events merge only on a similar predicate. */
  predicates: string[];
  published: string;
  articlePath: string;
  source: SourceRecord;
}
