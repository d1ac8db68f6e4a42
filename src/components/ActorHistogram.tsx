/**
 * The actor page's histogram: its events per year (or per decade, century or millennium over
 * long spans; binned with d3 in model/actor-profile.ts), bars drawn as SVG that React owns. Read
 * aloud as one image whose name lists every non-empty bar; a click on a bar shows that period
 * on the timeline.
 */
import type { ActorProfile, YearBin } from '../model/actor-profile.ts';
import { formatDay, utcMs } from '../model/dates.ts';
import { useDateline } from '../store/store.ts';
import { count, plural } from './numbers.ts';

const WIDTH_PX = 320;
const HEIGHT_PX = 64;

const UNIT: Readonly<Record<number, string>> = {
  1: 'year',
  10: 'decade',
  100: 'century',
  1000: 'millennium',
};

/** An astronomical year as people write it: 2008, or 491 BC for -490. */
export const yearText = (year: number): string => (year > 0 ? String(year) : `${1 - year} BC`);

export function binText(bin: YearBin, years: number): string {
  return years === 1
    ? yearText(bin.startYear)
    : `${yearText(bin.startYear)}–${yearText(bin.startYear + years - 1)}`;
}

export function ActorHistogram({ profile }: { profile: ActorProfile }) {
  const setView = useDateline((s) => s.setView);
  const { bins, binYears } = profile;
  if (bins.length === 0) return null;

  // Equal slots, a gap between bars; bar heights from 0 to the busiest bar (at least a sliver).
  const slotPx = WIDTH_PX / bins.length;
  const barPx = Math.max(slotPx * (bins.length > 20 ? 0.85 : 0.75), 1);
  const max = Math.max(...bins.map((b) => b.count));
  const heightPx = (n: number): number => Math.max((n / max) * HEIGHT_PX, 1.5);
  const unit = UNIT[binYears] ?? `${binYears} years`;
  const barsText = bins
    .filter((b) => b.count > 0)
    .map((b) => `${binText(b, binYears)}: ${count(b.count)}`)
    .join(', ');
  const show = (bin: YearBin): void =>
    setView({
      from: formatDay(utcMs(bin.startYear, 1, 1)),
      to: formatDay(utcMs(bin.startYear + binYears - 1, 12, 31)),
    });

  return (
    <figure className="actor-histogram">
      <figcaption>Events per {unit}</figcaption>
      <svg
        className="histogram-chart"
        viewBox={`0 0 ${WIDTH_PX} ${HEIGHT_PX}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Events per ${unit}: ${barsText}`}
      >
        {bins.map((bin, i) =>
          bin.count === 0 ? null : (
            <rect
              key={bin.startYear}
              className="histogram-bar"
              data-start-year={bin.startYear}
              x={i * slotPx + (slotPx - barPx) / 2}
              width={barPx}
              y={HEIGHT_PX - heightPx(bin.count)}
              height={heightPx(bin.count)}
              onClick={() => show(bin)}
            >
              <title>
                {binText(bin, binYears)}: {plural(bin.count, 'event', 'events')}
              </title>
            </rect>
          ),
        )}
      </svg>
      <div className="histogram-axis" aria-hidden="true">
        <span>{binText(bins[0]!, binYears)}</span>
        <span>
          most: {count(max)} a {unit}
        </span>
        <span>{binText(bins[bins.length - 1]!, binYears)}</span>
      </div>
    </figure>
  );
}
