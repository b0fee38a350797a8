import type { ElementStatistics } from '../../api/work-types';

export type StatisticKind = 'active' | 'incidents' | 'completed';

/** Where a badge sits on its element (bpmn-js overlay position, in pixels from the element's edges). */
export type OverlayPosition = { bottom: number; left: number } | { bottom: number; right: number } | { top: number; right: number };

export interface StatisticBadge {
  kind: StatisticKind;
  count: number;
  position: OverlayPosition;
}

export interface ElementOverlay {
  elementId: string;
  /** Colours the element: incidents beat waiting instances; elements only completed get no colour. */
  marker: 'op-incident' | 'op-active' | null;
  badges: StatisticBadge[];
}

export interface StatisticsOverlayPlan {
  overlays: ElementOverlay[];
  /** Elements with counts that the shown diagram does not have (e.g. removed in a later version). */
  missing: ElementStatistics[];
  totals: { active: number; incidents: number };
}

// Like the instance page's count badge: waiting bottom left, incidents bottom right, completed small at the top right.
const positions: Record<StatisticKind, OverlayPosition> = {
  active: { bottom: 10, left: -8 },
  incidents: { bottom: 10, right: 10 },
  completed: { top: -10, right: 10 },
};

/** Turns the server's per-element counts into overlays for the elements the diagram has; zero counts get no badge. */
export function planStatisticsOverlays(statistics: readonly ElementStatistics[], hasElement: (id: string) => boolean): StatisticsOverlayPlan {
  const overlays: ElementOverlay[] = [];
  const missing: ElementStatistics[] = [];
  const totals = { active: 0, incidents: 0 };
  for (const entry of statistics) {
    totals.active += entry.active;
    totals.incidents += entry.incidents;
    if (!hasElement(entry.elementId)) {
      missing.push(entry);
      continue;
    }
    const badges = (['active', 'incidents', 'completed'] as const)
      .filter((kind) => entry[kind] > 0)
      .map((kind) => ({ kind, count: entry[kind], position: positions[kind] }));
    if (badges.length === 0) continue;
    const marker = entry.incidents > 0 ? 'op-incident' : entry.active > 0 ? 'op-active' : null;
    overlays.push({ elementId: entry.elementId, marker, badges });
  }
  return { overlays, missing, totals };
}
