/**
 * The embedded view's only chrome (`embed=1`, for an `<iframe>`): what it is and a link that
 * opens this very view, with its filters and selection, in the full app in a new tab.
 */
import { formatUrlState } from '../url/codec.ts';
import { urlStateOf } from '../url/sync.ts';
import { useDateline } from '../store/store.ts';

export function EmbedBar() {
  // A string: the bar renders again only when the link itself changes.
  const search = useDateline((s) => formatUrlState({ ...urlStateOf(s), embed: false }));
  const href = new URL(`${window.location.pathname}${search}`, window.location.href).href;
  return (
    <header className="embed-bar">
      <h1 className="embed-name">Dateline timeline</h1>
      <a href={href} target="_blank" rel="noopener noreferrer">
        Open in Dateline<span className="visually-hidden"> (opens a new tab)</span>
      </a>
    </header>
  );
}
