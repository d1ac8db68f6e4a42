/**
 * Clusters as a frame shows them. A cluster sits at the stretch of time where its events start,
 * so spans longer than the view (a year, seen a fortnight at a time) would be clustered out of
 * sight to the left while they cover everything on screen. Such events are carried to a pill at
 * the left edge ("+N"), merged into the first pill there if one is close; clicking it zooms out to
 * them. Drawing and hit-testing both use this, so the pill is where it can be clicked.
 */
import { clusterExtentPx, type Cluster } from './clusters.ts';
import type { ToPx } from './geometry.ts';

const CARRY_PX = 56;

export function visibleClusters(
  clusters: readonly Cluster[],
  x: ToPx,
  toTime: (xPx: number) => number,
): readonly Cluster[] {
  const viewStartMs = toTime(0);
  const carried = [];
  let firstOnScreen = 0;
  for (; firstOnScreen < clusters.length; firstOnScreen++) {
    const cluster = clusters[firstOnScreen]!;
    if (clusterExtentPx(cluster, x).end >= 0) break;
    for (const item of cluster.items) if (item.endMs > viewStartMs) carried.push(item);
  }
  if (carried.length === 0) return clusters;
  const rest = clusters.slice(firstOnScreen);
  const next = rest[0];
  if (next && clusterExtentPx(next, x).start < CARRY_PX + 4) {
    return [{ ...next, items: [...carried, ...next.items] }, ...rest.slice(1)];
  }
  return [{ startMs: viewStartMs, endMs: toTime(CARRY_PX), items: carried }, ...rest];
}
