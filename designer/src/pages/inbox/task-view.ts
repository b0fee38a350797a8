import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import type { Instance, TaskForm, UserTask } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { personName } from '../../ui/person-name';
import { personPicker } from '../../ui/person-picker';
import { renderCaseContext } from './case-context';
import type { ElementFacts } from './case-facts';
import { elementFacts } from './case-facts';
import { renderTimeline } from './case-timeline';
import { deadlineBadge, formatChinaTime } from './deadline-badge';
import { caseFileButton } from './case-file-button';
import { renderRequiredEvidence, requiredEvidence } from './required-evidence';
import { renderEvidence } from './task-evidence';
import { renderTaskForm } from './task-form';

/** One task: header with the case and the deadline state, actions (claim, 退回, delegate with a user picker, resolve or take
 *  back a delegation), its form, evidence, and beside it the case (number, party, stage, statutory deadlines, earlier
 *  rounds, documents, comments) and the timeline. Everything loads in parallel so the task opens at once. Returns its teardown. */
export async function openTask(host: HTMLElement, work: WorkApi, me: string, taskKey: string, onChanged: () => void,
  heads = false, outcome?: string): Promise<() => void> {
  const started = performance.now();
  const lookup = (username: string) => work.person(username);
  const status = new StatusLine();
  // The outcome of the action that reopened the task (任务已办结, 已认领 …) stays on the reopened page instead of vanishing
  // with the page it was shown on.
  if (outcome) status.success(outcome);
  let teardown: () => void = () => {};
  try {
    const task = await work.task(taskKey);
    const instanceKey = task.processInstanceKey;
    const [taskForm, comments, attachments, taskHistory, history, instance, documents, caseComments] = await Promise.all([
      task.formKey ? work.taskForm(taskKey).catch(() => null as TaskForm | null) : Promise.resolve(null),
      work.comments(taskKey), work.attachments(taskKey), work.taskHistory(taskKey), work.instanceHistory(instanceKey),
      work.instance(instanceKey).catch(() => null as Instance | null),
      work.documents(instanceKey).catch(() => []), work.caseComments(instanceKey).catch(() => []),
    ]);
    const xml = instance ? await work.definitionXml(instance.processDefinitionKey).catch(() => '') : '';
    const elements: Map<string, ElementFacts> = instance ? elementFacts(xml) : new Map();
    const evidenceRequired = requiredEvidence(xml, task.elementId);
    const hintHost = h('div', {});
    const requiredHost = h('div', {});
    const formHost = h('div', {});
    const evidenceHost = h('div', { className: 'evidence' });
    const contextHost = h('div', { className: 'case-context', 'data-testid': 'case-context' });
    const timelineHost = h('div', {});
    host.replaceChildren(
      header(task),
      h('div', { className: 'toolbar' }, ...actions(task)),
      status.element,
      h('div', { className: 'task-body' }, h('div', { className: 'task-main' }, hintHost, formHost, requiredHost, evidenceHost),
        h('aside', { className: 'work-side' }, contextHost, timelineHost)));
    const open = task.state === 'CREATED' && task.assignee === me;
    const delegate = open && task.delegationState === 'PENDING';
    if (delegate) hintHost.append(h('p', { className: 'muted', 'data-testid': 'delegate-hint' }, zh.caseContext.delegateeHint));
    // A delegate fills the form too; 办结委托 hands the values back with the task, so nothing typed is lost.
    teardown = await renderTaskForm(formHost, taskForm, open,
      (variables) => (delegate ? work.resolve(taskKey, variables) : work.complete(taskKey, variables)),
      () => { onChanged(); void reopen(delegate ? zh.caseContext.returned : zh.inbox.completed); },
      delegate ? zh.caseContext.resolveWithValues : zh.inbox.submit, delegate ? zh.caseContext.returned : zh.inbox.completed);
    const uploaded = [...attachments];
    renderRequiredEvidence(requiredHost, evidenceRequired, uploaded);
    renderEvidence(evidenceHost, work, taskKey, comments, attachments, (attachment) => {
      uploaded.push(attachment);
      renderRequiredEvidence(requiredHost, evidenceRequired, uploaded);
    });
    renderTimeline(timelineHost, history, taskHistory, new Map([...elements].map(([id, facts]) => [id, facts.name])), lookup);
    await renderCaseContext(contextHost, work, { task, instance, elements, history, documents, comments: caseComments });
    host.dataset.openedMs = String(Math.round(performance.now() - started));
  } catch (e) {
    host.replaceChildren(status.element);
    status.error(e instanceof ApiError ? e.userMessage : String(e));
  }
  return () => teardown();

  async function reopen(done: string): Promise<void> {
    teardown();
    teardown = await openTask(host, work, me, taskKey, onChanged, heads, done);
  }

  function header(task: UserTask): HTMLElement {
    const badge = deadlineBadge(task.deadline);
    const label = task.case;
    return h('div', { className: 'task-header' },
      h('h2', { 'data-testid': 'task-title' }, task.name ?? task.elementId),
      h('span', { className: `badge big deadline-${badge.kind}`, 'data-deadline': badge.kind }, badge.label),
      h('span', {}, `${zh.inbox.due}：${formatChinaTime(task.dueDate)}`),
      h('span', { 'data-testid': 'task-assignee' }, `${zh.inbox.assignee}：`, personName(task.assignee, lookup, zh.inbox.unassigned)),
      h('span', { className: 'muted', 'data-testid': 'task-case' },
        [label?.caseNumber ?? label?.businessKey, label?.partyName].filter(Boolean).join(' · ') || `#${task.processInstanceKey}`),
      caseFileButton(work, task.processInstanceKey, status));
  }

  function actions(task: UserTask): HTMLElement[] {
    const act = (run: () => Promise<unknown>, done: string) => async () => {
      try {
        await run();
        status.success(done);
        onChanged();
        await reopen(done);
      } catch (e) { status.error(e instanceof ApiError ? e.userMessage : String(e)); }
    };
    if (task.state !== 'CREATED') return [];
    const buttons: HTMLElement[] = [];
    const delegated = task.delegationState === 'PENDING';
    if (!task.assignee) buttons.push(h('button', { type: 'button', className: 'primary', 'data-action': 'claim', onclick: act(() => work.claim(taskKey), zh.inbox.claimed) }, zh.inbox.claim));
    if (task.assignee === me && !delegated) {
      buttons.push(h('button', { type: 'button', 'data-action': 'unclaim', onclick: act(() => work.unclaim(taskKey), zh.caseContext.unclaimed) }, zh.caseContext.unclaim));
      const to = personPicker('delegate-to', (q) => work.people({ q }));
      buttons.push(to.element, h('button', { type: 'button', 'data-action': 'delegate',
        onclick: () => {
          const person = to.person();
          if (!person) { status.error(zh.people.pick); return; }
          void act(() => work.delegate(taskKey, person.username), zh.inbox.delegated(zh.people.chosen(person.displayName, person.organisationName)))();
        } }, zh.inbox.delegate));
    }
    // The owner, a head or an admin can always take a delegated task back (the server decides; the button is offered to them).
    if (delegated && task.assignee !== me && (task.owner === me || heads)) {
      buttons.push(h('button', { type: 'button', 'data-action': 'take-back', onclick: act(() => work.resolve(taskKey), zh.caseContext.takenBack) }, zh.caseContext.takeBack));
    }
    return buttons;
  }
}
