import type { InstanceHistoryEntry, TaskHistoryEntry } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h } from '../../ui/dom';
import { personName, type PersonLookup } from '../../ui/person-name';
import { taskEventLabels } from './case-facts';
import { formatChinaTime } from './deadline-badge';

const shownEvents = new Set(['ACTIVATED', 'COMPLETED', 'TERMINATED', 'INCIDENT_CREATED', 'INCIDENT_RESOLVED']);
/** Chinese labels of the instance history's events (the case timeline here, the history in 流程监控). */
export const instanceEventLabels: Record<string, string> = {
  ACTIVATED: '开始', COMPLETED: '完成', TERMINATED: '终止', INCIDENT_CREATED: '出现故障', INCIDENT_RESOLVED: '故障已解决',
  VARIABLE_SET: '变量变更', JOB_FAILED: '执行失败', LOG: '日志', MESSAGE_SENT: '发送消息', MESSAGE_RECEIVED: '收到消息',
  DEADLINE_PAUSED: '期限暂停', DEADLINE_RESUMED: '期限恢复', DEADLINE_EXTENDED: '期限延长',
};

/** The case's timeline (the instance's element steps, newest last) and the task's own history. */
export function renderTimeline(host: HTMLElement, history: InstanceHistoryEntry[], taskHistory: TaskHistoryEntry[], names: Map<string, string>,
  lookup: PersonLookup): void {
  const steps = history.filter((entry) => shownEvents.has(entry.event) && entry.elementId && entry.elementType !== 'SEQUENCE_FLOW');
  host.replaceChildren(
    h('h3', {}, zh.inbox.timeline),
    h('ol', { className: 'timeline', 'data-testid': 'timeline' }, ...steps.map((entry) =>
      h('li', { 'data-event': entry.event },
        h('span', { className: 'muted' }, formatChinaTime(entry.at)), ' ',
        `${instanceEventLabels[entry.event] ?? entry.event}：${names.get(entry.elementId!) ?? entry.elementId}`))),
    h('h3', {}, zh.inbox.taskHistory),
    h('ol', { className: 'timeline' }, ...taskHistory.map((entry) =>
      h('li', { 'data-event': entry.event }, h('span', { className: 'muted' }, formatChinaTime(entry.at)), ' ',
        taskEventLabels[entry.event] ?? entry.event, ...(entry.actor ? [' · ', personName(entry.actor, lookup)] : [])))));
}
