/**
 * What the link asked for but could not be shown: an event id the dataset does not have (nor
 * redirects), and parameters that were malformed. The rest of the link still applies.
 */
import { shortenText } from '../lib/shorten.ts';
import type { LinkProblem } from '../store/store.ts';
import { selectSelection } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

const WHAT: Record<string, string> = {
  actor: 'the actor whose page to open',
  event: 'the event id',
  actors: 'the actor list',
  match: 'how actors combine (“any” or “all”)',
  affiliated: 'the affiliated-actors switch (1 or 0)',
  types: 'the event types',
  dated: 'which events to show by how they are dated (“text” or “all”)',
  key: 'the key-events switch (1 or 0)',
  asof: 'the day to show what was reported by (YYYY-MM-DD)',
  q: 'the search text',
  from: 'the start of the time window (YYYY-MM-DD)',
  to: 'the end of the time window (YYYY-MM-DD, after the start)',
};

/** A value from the link, cut for display (never inside an emoji). */
function shorten(value: string): string {
  return value.length > 60 ? shortenText(value, 58) : value;
}

function ProblemList({ problems }: { problems: LinkProblem[] }) {
  const dismiss = useDateline((s) => s.dismissLinkProblems);
  return (
    <div className="notice" role="status">
      <div>
        <p>Part of this link could not be used and was left out:</p>
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.param}-${i}`}>
              {WHAT[p.param] ?? p.param}: <code dir="auto">{shorten(p.value)}</code>
            </li>
          ))}
        </ul>
        <p>The rest of the link still applies.</p>
      </div>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function LinkNotices() {
  const selection = useDateline(selectSelection);
  const problems = useDateline((s) => s.linkProblems);
  const selectEvent = useDateline((s) => s.selectEvent);
  return (
    <>
      {selection.kind === 'missing' && (
        <div className="notice" role="status">
          <p>
            This event no longer exists in the dataset (id{' '}
            <code dir="auto">{shorten(selection.id)}</code>). It may have been removed or merged
            when the data was rebuilt; the rest of the link still applies.
          </p>
          <button type="button" onClick={() => selectEvent(null)}>
            Dismiss
          </button>
        </div>
      )}
      {problems.length > 0 && <ProblemList problems={problems} />}
    </>
  );
}
