/**
 * An actor as a chip that opens its page (`?actor=<id>`): a real link, so it can be opened in a
 * new tab or copied; a plain click opens the page in place. Inside an embed it opens the full app
 * in a new tab, since the embedded view has no room for a page.
 */
import type { MouseEvent, ReactNode } from 'react';
import { NO_FILTERS } from '../model/filter.ts';
import { datelineStore, useDateline } from '../store/store.ts';
import { EMPTY_URL_STATE, formatUrlState } from '../url/codec.ts';
import { ACTOR_PAGE_TITLE_ID, focusSoon } from './focus.ts';

/** The link that opens an actor's page, as openActor leaves the view (store/store.ts). */
export function actorPageHref(id: string): string {
  return formatUrlState({
    ...EMPTY_URL_STATE,
    actor: id,
    filters: { ...NO_FILTERS, actors: [id] },
  });
}

interface Props {
  id: string;
  /** The actor's display name (the id when the dataset does not name it). */
  name: string;
  /** Shown after the name, inside the chip (a count, say). */
  children?: ReactNode;
}

export function ActorLink({ id, name, children }: Props) {
  const embed = useDateline((s) => s.embed);
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    // A modified click is the browser's (new tab, new window, download).
    if (embed || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    datelineStore.getState().openActor(id);
    focusSoon(ACTOR_PAGE_TITLE_ID);
  };
  return (
    <a
      className="actor-link"
      href={actorPageHref(id)}
      onClick={onClick}
      {...(embed ? { target: '_blank', rel: 'noopener' } : {})}
    >
      <bdi>{name}</bdi>
      {children}
    </a>
  );
}
