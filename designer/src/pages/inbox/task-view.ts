import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import type { TaskForm, UserTask } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { renderTimeline } from './case-timeline';
import { deadlineBadge, formatChinaTime } from './deadline-badge';
import { caseFileButton } from './case-file-button';
import { renderEvidence } from './task-evidence';
import { renderTaskForm } from './task-form';

/** One task: header with the deadline state and actions (claim, delegate, resolve), its form, evidence and the case
 *  timeline. Everything loads in parallel so the task opens at once. Returns its teardown. */
export async function openTask(host: HTMLElement, work: WorkApi, me: string, taskKey: string, onChanged: () => void): Promise<() => void> {
  const started = performance.now();
  const status = new StatusLine();
  let teardown: () => void = () => {};
  try {
    const task = await work.task(taskKey);
    const [taskForm, comments, attachments, taskHistory, history] = await Promise.all([
      task.formKey ? work.taskForm(taskKey).catch(() => null as TaskForm | null) : Promise.resolve(null),
      work.comments(taskKey), work.attachments(taskKey), work.taskHistory(taskKey), work.instanceHistory(task.processInstanceKey),
    ]);
    const formHost = h('div', {});
    const evidenceHost = h('div', { className: 'evidence' });
    const timelineHost = h('aside', { className: 'work-side' });
    host.replaceChildren(
      header(task),
      h('div', { className: 'toolbar' }, ...actions(task)),
      status.element,
      h('div', { className: 'task-body' }, h('div', { className: 'task-main' }, formHost, evidenceHost), timelineHost));
    const editable = task.state === 'CREATED' && task.assignee === me && task.delegationState !== 'PENDING';
    teardown = await renderTaskForm(formHost, taskForm, editable, (variables) => work.complete(taskKey, variables),
      () => { onChanged(); void reopen(); });
    renderEvidence(evidenceHost, work, taskKey, comments, attachments);
    renderTimeline(timelineHost, history, taskHistory, new Map([[task.elementId, task.name ?? task.elementId]]));
    host.dataset.openedMs = String(Math.round(performance.now() - started));
  } catch (e) {
    host.replaceChildren(status.element);
    status.error(e instanceof ApiError ? e.userMessage : String(e));
  }
  return () => teardown();

  async function reopen(): Promise<void> {
    teardown();
    teardown = await openTask(host, work, me, taskKey, onChanged);
  }

  function header(task: UserTask): HTMLElement {
    const badge = deadlineBadge(task.deadline);
    return h('div', { className: 'task-header' },
      h('h2', { 'data-testid': 'task-title' }, task.name ?? task.elementId),
      h('span', { className: `badge big deadline-${badge.kind}`, 'data-deadline': badge.kind }, badge.label),
      h('span', {}, `${zh.inbox.due}：${formatChinaTime(task.dueDate)}`),
      h('span', {}, `${zh.inbox.assignee}：${task.assignee ?? zh.inbox.unassigned}`),
      h('span', { className: 'muted' }, `${task.bpmnProcessId} #${task.processInstanceKey}`),
      caseFileButton(work, task.processInstanceKey, status));
  }

  function actions(task: UserTask): HTMLElement[] {
    const act = (run: () => Promise<unknown>, done: string) => async () => {
      try {
        await run();
        status.success(done);
        onChanged();
        await reopen();
      } catch (e) { status.error(e instanceof ApiError ? e.userMessage : String(e)); }
    };
    if (task.state !== 'CREATED') return [];
    const buttons: HTMLElement[] = [];
    if (!task.assignee) buttons.push(h('button', { type: 'button', className: 'primary', 'data-action': 'claim', onclick: act(() => work.claim(taskKey), zh.inbox.claimed) }, zh.inbox.claim));
    if (task.assignee === me && task.delegationState !== 'PENDING') {
      const to = h('input', { name: 'delegate-to', placeholder: zh.inbox.delegateTo, size: 14, 'aria-label': zh.inbox.delegateTo });
      buttons.push(to, h('button', { type: 'button', 'data-action': 'delegate',
        onclick: () => { if (to.value.trim()) void act(() => work.delegate(taskKey, to.value.trim()), zh.inbox.delegated(to.value.trim()))(); } }, zh.inbox.delegate));
    }
    if (task.assignee === me && task.delegationState === 'PENDING') buttons.push(h('button', { type: 'button', 'data-action': 'resolve', onclick: act(() => work.resolve(taskKey), zh.inbox.resolve) }, zh.inbox.resolve));
    return buttons;
  }
}
