import type { InstanceHistoryEntry } from '../../api/work-types';

/** What the task page needs to know about a model's elements: names (for the stage and the timeline) and user task forms. */
export interface ElementFacts {
  name: string;
  type: string;
  formId: string | null;
}

/** Element id → name, type and form of every flow element of a BPMN file (names fall back to the id). */
export function elementFacts(xml: string): Map<string, ElementFacts> {
  const facts = new Map<string, ElementFacts>();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const id = element.getAttribute('id');
    if (!id || element.namespaceURI !== 'http://www.omg.org/spec/BPMN/20100524/MODEL') continue;
    const form = Array.from(element.getElementsByTagName('*')).find((child) => child.localName === 'formDefinition');
    facts.set(id, {
      name: (element.getAttribute('name') ?? '').trim() || id,
      type: element.localName,
      formId: form?.getAttribute('formId') ?? null,
    });
  }
  return facts;
}

export type DeadlineTone = 'running' | 'paused' | 'closed' | 'overdue';

export interface StatutoryDeadline {
  name: string;
  due: string | null;
  days: number | null;
  unit: string;
  tone: DeadlineTone;
  label: string;
  extendedDays: number;
}

const toneLabels: Record<DeadlineTone, string> = { running: '进行中', paused: '已暂停', closed: '已结束', overdue: '已逾期' };
export const unitLabels: Record<string, string> = { WORKING: '个工作日', CALENDAR: '日' };

/** The case's statutory deadlines (the `deadlines` variable of bpm:start-deadline) with their state at `now`. */
export function statutoryDeadlines(variables: Record<string, unknown>, now: Date): StatutoryDeadline[] {
  const all = variables.deadlines;
  if (!all || typeof all !== 'object') return [];
  return Object.entries(all as Record<string, Record<string, unknown>>)
    .filter(([, d]) => d && typeof d === 'object')
    .map(([name, d]) => {
      const due = typeof d.due === 'string' ? d.due : null;
      const state = String(d.state ?? 'RUNNING');
      const tone: DeadlineTone = state === 'CLOSED' ? 'closed' : state === 'PAUSED' ? 'paused'
        : due && new Date(due).getTime() < now.getTime() ? 'overdue' : 'running';
      const history = Array.isArray(d.history) ? d.history as Record<string, unknown>[] : [];
      const extendedDays = history.filter((e) => e.action === 'EXTEND').reduce((sum, e) => sum + (Number(e.days) || 0), 0);
      return {
        name, due, days: typeof d.days === 'number' ? d.days : null, unit: String(d.unit ?? 'WORKING'),
        tone, label: toneLabels[tone], extendedDays,
      };
    })
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
}

/** One person's submission of a task: the values they set, and which round of that task it was. */
export interface Submission {
  elementId: string;
  round: number;
  by: string | null;
  at: string;
  values: { name: string; value: unknown }[];
}

/** Completed user tasks of the case (the journal's USER_TASK_COMPLETED, whose `name` is who completed it), oldest first,
 *  with the variables set in that step (the same instant). Only `fieldsOf(elementId)` names are kept when it answers a list, so script outputs of
 *  the same step are left out. Rounds count the completions of each element (法制审核 第 1 轮, 第 2 轮). */
export function submissions(history: InstanceHistoryEntry[], fieldsOf: (elementId: string) => string[] | null): Submission[] {
  const result: Submission[] = [];
  const rounds = new Map<string, number>();
  for (const entry of history) {
    if (entry.event !== 'USER_TASK_COMPLETED' || !entry.elementId) continue;
    const round = (rounds.get(entry.elementId) ?? 0) + 1;
    rounds.set(entry.elementId, round);
    const fields = fieldsOf(entry.elementId);
    const set = history.filter((v) => v.event === 'VARIABLE_SET' && v.at === entry.at && v.name
      && (fields === null || fields.includes(v.name)));
    const values = new Map<string, unknown>();
    for (const v of set) values.set(v.name!, v.value);
    result.push({
      elementId: entry.elementId, round, by: entry.name ?? set.find((v) => v.by)?.by ?? null, at: entry.at,
      values: [...values].map(([name, value]) => ({ name, value })),
    });
  }
  return result;
}

/** The variable keys and labels of a form-js schema (inside groups too). */
export function formLabels(schema: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (components: unknown) => {
    if (!Array.isArray(components)) return;
    for (const c of components as { key?: string; label?: string; components?: unknown; values?: { label: string; value: unknown }[] }[]) {
      if (c.key) labels.set(c.key, c.label ?? c.key);
      walk(c.components);
    }
  };
  walk((schema as { components?: unknown } | null)?.components);
  return labels;
}

/** A value as a person reads it: option labels for radios and selects, text as is, anything else as compact JSON. */
export function readable(value: unknown, options?: { label: string; value: unknown }[]): string {
  if (value === null || value === undefined || value === '') return '—';
  const option = options?.find((o) => o.value === value);
  if (option) return option.label;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The options (label per value) of every radio, select and checklist of a form, by key. */
export function formOptions(schema: unknown): Map<string, { label: string; value: unknown }[]> {
  const options = new Map<string, { label: string; value: unknown }[]>();
  const walk = (components: unknown) => {
    if (!Array.isArray(components)) return;
    for (const c of components as { key?: string; values?: { label: string; value: unknown }[]; components?: unknown }[]) {
      if (c.key && Array.isArray(c.values)) options.set(c.key, c.values);
      walk(c.components);
    }
  };
  walk((schema as { components?: unknown } | null)?.components);
  return options;
}

/** The form without its submit buttons: the task page has its own 提交 (and a delegate's 办结委托), so a form's own
 *  `button` components would be a second, differently behaving submit. */
export function withoutSubmitButtons<T>(schema: T): T {
  const strip = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node;
    const copy = { ...(node as Record<string, unknown>) };
    if (Array.isArray(copy.components)) {
      copy.components = (copy.components as Record<string, unknown>[])
        .filter((c) => !(c && c.type === 'button'))
        .map(strip);
    }
    return copy;
  };
  return strip(schema) as T;
}

/** Chinese labels of the task history's events. */
export const taskEventLabels: Record<string, string> = {
  CREATED: '创建', CLAIMED: '签收', UNASSIGNED: '退回', ASSIGNED: '分配', DELEGATED: '委托', RESOLVED: '办结委托',
  COMPLETED: '办结', CONFIRMED: '确认', COMMENTED: '备注', ATTACHED: '上传材料', ESCALATED: '上报', CANCELED: '取消',
  DUE_DATE_CHANGED: '到期时间变更', WARNED: '预警', OVERDUE: '逾期',
};
