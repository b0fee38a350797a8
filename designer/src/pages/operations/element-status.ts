import type { Incident, InstanceHistoryEntry } from '../../api/work-types';

/** What happened to each diagram element of an instance: completions, whether a token waits there, open incidents. */
export interface ElementStatus {
  completed: number;
  active: number;
  incidents: number;
}

/** Counts per element id from the instance history (ACTIVATED/COMPLETED/TERMINATED), its active elements and incidents.
 *  Active = activations not yet completed or terminated; the instance's own activeElementIds win when they disagree. */
export function elementStatuses(history: InstanceHistoryEntry[], activeElementIds: string[], incidents: Incident[]): Map<string, ElementStatus> {
  const statuses = new Map<string, ElementStatus>();
  const of = (id: string) => {
    let status = statuses.get(id);
    if (!status) statuses.set(id, status = { completed: 0, active: 0, incidents: 0 });
    return status;
  };
  for (const entry of history) {
    if (!entry.elementId || entry.elementType?.toUpperCase() === 'PROCESS') continue;
    if (entry.event === 'COMPLETED') of(entry.elementId).completed++;
  }
  for (const id of activeElementIds) of(id).active++;
  for (const incident of incidents) if (incident.state === 'ACTIVE') of(incident.elementId).incidents++;
  return statuses;
}

/** The CSS marker a status paints: incident beats active beats completed. */
export function markerFor(status: ElementStatus): 'op-incident' | 'op-active' | 'op-completed' | null {
  if (status.incidents > 0) return 'op-incident';
  if (status.active > 0) return 'op-active';
  if (status.completed > 0) return 'op-completed';
  return null;
}
