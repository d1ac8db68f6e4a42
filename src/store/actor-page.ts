/**
 * What the open actor page shows (DatelineState.actorPage): the actor's record and its profile
 * over the loaded events (model/actor-profile.ts), memoised on the dataset and the actor.
 */
import { memoizeLast } from '../lib/memoize-last.ts';
import { actorProfile, type ActorProfile } from '../model/actor-profile.ts';
import type { ActorRecord, EventRecord } from '../model/dataset.ts';
import { selectActorsById, selectAllEvents, selectComplete } from './selectors.ts';
import type { DatelineState } from './store.ts';

export type ActorPage =
  | { kind: 'none' }
  /** The link names an actor this dataset does not have. */
  | { kind: 'unknown'; id: string }
  /** `complete`: the profile covers every event (not only the loaded chunks of a large build). */
  | { kind: 'actor'; actor: ActorRecord; profile: ActorProfile; complete: boolean };

const NONE: ActorPage = { kind: 'none' };

const page = memoizeLast(
  (
    id: string | null,
    actorsById: ReadonlyMap<string, ActorRecord>,
    events: EventRecord[],
    complete: boolean,
  ): ActorPage => {
    if (id === null) return NONE;
    const actor = actorsById.get(id);
    if (!actor) return { kind: 'unknown', id };
    return { kind: 'actor', actor, profile: actorProfile(events, id), complete };
  },
);

export function selectActorPage(state: DatelineState): ActorPage {
  return page(
    state.actorPage,
    selectActorsById(state),
    selectAllEvents(state),
    selectComplete(state),
  );
}
