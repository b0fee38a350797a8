import type { InstanceHistoryEntry, TaskHistoryEntry } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h } from '../../ui/dom';
import { taskEventLabels } from './case-facts';
import { formatChinaTime } from './deadline-badge';

const shownEvents = new Set(['ACTIVATED', 'COMPLETED', 'TERMINATED', 'INCIDENT_CREATED', 'INCIDENT_RESOLVED']);
const eventLabels: Record<string, string> = {
  ACTIVATED: '开始', COMPLETED: '完成', TERMINATED: '终止', INCIDENT_CREATED: '出现故障', INCIDENT_RESOLVED: '故障已解决',
};

/** The case's timeline (the instance's element steps, newest last) and the task's own history. */
export function renderTimeline(host: HTMLElement, history: InstanceHistoryEntry[], taskHistory: TaskHistoryEntry[], names: Map<string, string>): void {
  const steps = history.filter((entry) => shownEvents.has(entry.event) && entry.elementId && entry.elementType !== 'SEQUENCE_FLOW');
  host.replaceChildren(
    h('h3', {}, zh.inbox.timeline),
    h('ol', { className: 'timeline', 'data-testid': 'timeline' }, ...steps.map((entry) =>
      h('li', { 'data-event': entry.event },
        h('span', { className: 'muted' }, formatChinaTime(entry.at)), ' ',
        `${eventLabels[entry.event] ?? entry.event}：${names.get(entry.elementId!) ?? entry.elementId}`))),
    h('h3', {}, zh.inbox.taskHistory),
    h('ol', { className: 'timeline' }, ...taskHistory.map((entry) =>
      h('li', { 'data-event': entry.event }, h('span', { className: 'muted' }, formatChinaTime(entry.at)), ' ',
        `${taskEventLabels[entry.event] ?? entry.event}${entry.actor ? ` · ${entry.actor}` : ''}`))));
}
