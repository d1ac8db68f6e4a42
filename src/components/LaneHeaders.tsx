/**
 * The names of the actor lanes (`lanes=1`), over the left of each lane's header strip on the
 * canvas: the actor (a link to its page), how many of the matching events are in its lane, and a
 * button that removes the lane; "Others" for the events of none of them. Page elements, so a
 * keyboard and a screen reader reach them; the bands follow the engine's split (laneBands: equal
 * shares of the canvas under the axis).
 */
import { selectActorsById } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { GEOMETRY } from '../timeline/geometry.ts';
import { LANE_HEADER_PX } from '../timeline/lanes.ts';
import { ActorLink } from './ActorLink.tsx';
import { count } from './numbers.ts';
import { selectLanes } from './timeline-items.ts';

export function LaneHeaders() {
  const lanes = useDateline(selectLanes);
  const actorsById = useDateline(selectActorsById);
  const toggleActor = useDateline((s) => s.toggleActor);
  if (!lanes) return null;
  return (
    <ul
      className="lane-headers"
      aria-label="Lanes"
      style={{ top: GEOMETRY.axisHeightPx, ['--lane-header-px' as string]: `${LANE_HEADER_PX}px` }}
    >
      {lanes.map(({ actor, items }) => {
        const name = actor === null ? 'Others' : (actorsById.get(actor)?.name ?? actor);
        return (
          <li key={actor ?? ''} className="lane-band">
            <div className="lane-header">
              {actor === null ? (
                <span className="lane-name">Others</span>
              ) : (
                <ActorLink id={actor} name={name} />
              )}
              <span className="lane-count">
                {count(items.length)}
                <span className="visually-hidden"> {items.length === 1 ? 'event' : 'events'}</span>
              </span>
              {actor !== null && (
                <button
                  type="button"
                  className="lane-remove"
                  aria-label={`Remove the lane of ${name}`}
                  onClick={() => toggleActor(actor)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
