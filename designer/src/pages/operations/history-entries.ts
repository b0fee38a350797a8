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

/** The instance history made readable: element steps named, sequence flows left out. Every entry is shown: the engine
 *  journals one VARIABLE_SET per value of a variable per step (a value copied from a task to the process is one entry). */
export function historyLines(history: InstanceHistoryEntry[], names: Map<string, string>): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const entry of history) {
    if (entry.elementType === 'SEQUENCE_FLOW' || entry.elementType === 'sequenceFlow') continue;
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

/** A value as a person reads it: text as is, everything else as JSON. */
export function display(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
