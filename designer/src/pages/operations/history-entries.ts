import type { InstanceHistoryEntry } from '../../api/work-types';
import { instanceEventLabels } from '../inbox/case-timeline';

/** One line of 流程监控's history: when, the event in Chinese, what it concerns (an element by name, a variable, a
 *  deadline), the value set (whole, the page folds long ones), who and why. */
export interface HistoryLine {
  at: string;
  event: string;
  label: string;
  subject: string;
  value?: string;
  by?: string;
  reason?: string;
}

/** The instance history made readable: element steps named, sequence flows left out, and a variable written twice in
 *  one step (first where the element keeps it, then propagated to the process) shown once. */
export function historyLines(history: InstanceHistoryEntry[], names: Map<string, string>): HistoryLine[] {
  const lines: HistoryLine[] = [];
  let previous: InstanceHistoryEntry | undefined;
  for (const entry of history) {
    if (entry.elementType === 'SEQUENCE_FLOW' || entry.elementType === 'sequenceFlow') continue;
    if (entry.event === 'VARIABLE_SET' && previous?.event === 'VARIABLE_SET' && previous.at === entry.at
      && previous.name === entry.name && sameValue(previous.value, entry.value)) continue;
    previous = entry;
    lines.push({
      at: entry.at,
      event: entry.event,
      label: instanceEventLabels[entry.event] ?? entry.event,
      subject: subjectOf(entry, names),
      value: entry.event === 'VARIABLE_SET' || entry.event === 'LOG' ? display(entry.value) : undefined,
      by: entry.by,
      reason: entry.reason,
    });
  }
  return lines;
}

function subjectOf(entry: InstanceHistoryEntry, names: Map<string, string>): string {
  if (entry.elementId) return names.get(entry.elementId) ?? entry.elementId;
  return entry.name ?? '';
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A value as a person reads it: text as is, everything else as JSON. */
export function display(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
