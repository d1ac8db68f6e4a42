/**
 * An actor's page (`?actor=<id>`), above the timeline that shows its events: name, kind, other
 * names, what it belongs to, how many events and articles, its first and last appearance, its
 * events per year, and the actors it appears with most (each a link to their page).
 */
import { useState } from 'react';
import type { ActorProfile } from '../model/actor-profile.ts';
import type { ActorRecord, EventRecord } from '../model/dataset.ts';
import { ACTOR_KIND_NAMES, affiliationGroups, eventDateText, eventTitle } from '../model/labels.ts';
import { selectActorPage } from '../store/actor-page.ts';
import { selectActorsById } from '../store/selectors.ts';
import { datelineStore, useDateline } from '../store/store.ts';
import { ActorHistogram, yearText } from './ActorHistogram.tsx';
import { ActorLink } from './ActorLink.tsx';
import { ACTOR_PAGE_TITLE_ID, isNarrow } from './focus.ts';
import { count, plural } from './numbers.ts';
import { useTimelineEngine } from './timeline-context.ts';

/** Co-occurring actors listed; the rest are counted. */
const CO_ACTORS_SHOWN = 10;

function Appearance({ label, event }: { label: string; event: EventRecord }) {
  const engine = useTimelineEngine();
  const open = (): void => {
    datelineStore.getState().selectEvent(event.id);
    engine.current?.reveal(event.id);
  };
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {eventDateText(event)}:{' '}
        <button type="button" className="link-button" onClick={open}>
          <bdi>{eventTitle(event)}</bdi>
        </button>
      </dd>
    </div>
  );
}

function CoActors({ profile }: { profile: ActorProfile }) {
  const actorsById = useDateline(selectActorsById);
  const shown = profile.coActors.slice(0, CO_ACTORS_SHOWN);
  const more = profile.coActors.length - shown.length;
  return (
    <section className="co-actors" aria-labelledby="co-actors-heading">
      <h3 id="co-actors-heading">Appears with</h3>
      {shown.length === 0 ? (
        <p className="hint">No other actor in its events.</p>
      ) : (
        <ul className="actor-chips">
          {shown.map(({ id, count: shared }) => (
            <li key={id}>
              <ActorLink id={id} name={actorsById.get(id)?.name ?? id}>
                {' '}
                <span className="chip-count">
                  {count(shared)}
                  <span className="visually-hidden">
                    {' '}
                    {shared === 1 ? 'event' : 'events'} together
                  </span>
                </span>
              </ActorLink>
            </li>
          ))}
          {more > 0 && <li className="hint">and {plural(more, 'other', 'others')}</li>}
        </ul>
      )}
    </section>
  );
}

function Profile({ actor, profile }: { actor: ActorRecord; profile: ActorProfile }) {
  const actorsById = useDateline(selectActorsById);
  return (
    <>
      {actor.aliases.length > 0 && (
        <p className="actor-aliases">
          Also named{' '}
          {actor.aliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 && ', '}
              <bdi>{alias}</bdi>
            </span>
          ))}
        </p>
      )}
      {affiliationGroups(actor.affiliations).map((group) => (
        <p key={group.heading} className="actor-affiliations">
          {group.heading}{' '}
          {group.affiliations.map((a, i) => (
            <span key={`${a.actor}|${a.role ?? ''}`}>
              {i > 0 && ', '}
              <ActorLink id={a.actor} name={actorsById.get(a.actor)?.name ?? a.actor} />
              {group.showRole && a.role && <> ({a.role})</>}
            </span>
          ))}
        </p>
      ))}
      {profile.first && (
        <dl className="facts actor-facts">
          <Appearance label="First" event={profile.first} />
          {profile.last && profile.last !== profile.first && (
            <Appearance label="Last" event={profile.last} />
          )}
        </dl>
      )}
      <div className="actor-page-body">
        <ActorHistogram profile={profile} />
        <CoActors profile={profile} />
      </div>
    </>
  );
}

/** "35 events reported in 25 articles, 2010–2024": always shown, the rest folds. */
function summaryText(actor: ActorRecord, profile: ActorProfile, complete: boolean): string {
  const reported = complete
    ? `${plural(profile.events, 'event', 'events')} reported in ${plural(profile.articles, 'article', 'articles')}`
    : `${plural(actor.eventCount, 'event', 'events')} in all, ${count(profile.events)} of them loaded`;
  if (profile.events === 0) return reported;
  const { firstYear, lastYear } = profile;
  const years =
    firstYear === lastYear ? yearText(firstYear) : `${yearText(firstYear)}–${yearText(lastYear)}`;
  return `${reported}, ${years}`;
}

export function ActorPage() {
  const page = useDateline(selectActorPage);
  const closeActor = useDateline((s) => s.closeActor);
  // The profile folds on phones, so that the timeline of the actor's events stays in sight.
  const [open, setOpen] = useState(() => typeof window === 'undefined' || !isNarrow());
  if (page.kind === 'none') return null;
  const name = page.kind === 'actor' ? page.actor.name : page.id;
  return (
    <section className="actor-page" aria-labelledby={ACTOR_PAGE_TITLE_ID}>
      <div className="actor-page-head">
        <div>
          {page.kind === 'actor' && (
            <p className="actor-kind">{ACTOR_KIND_NAMES[page.actor.kind]}</p>
          )}
          <h2 id={ACTOR_PAGE_TITLE_ID} className="actor-name" tabIndex={-1}>
            <bdi>{name}</bdi>
          </h2>
        </div>
        <button type="button" onClick={closeActor}>
          Close <span className="visually-hidden">the page of {name}</span>
          <span aria-hidden="true"> ×</span>
        </button>
      </div>
      {page.kind === 'actor' ? (
        <>
          <p className="actor-summary">{summaryText(page.actor, page.profile, page.complete)}</p>
          <details
            className="actor-profile"
            open={open}
            onToggle={(e) => setOpen(e.currentTarget.open)}
          >
            <summary>Profile</summary>
            <Profile actor={page.actor} profile={page.profile} />
          </details>
        </>
      ) : (
        <p className="hint">This dataset has no actor with this id: no events to show.</p>
      )}
    </section>
  );
}
