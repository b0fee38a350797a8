import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import type { Escalation } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { personName } from '../../ui/person-name';
import { personPicker } from '../../ui/person-picker';
import { caseLine } from '../inbox/case-line';
import { formatChinaTime } from '../inbox/deadline-badge';
import { renderTaskForm } from '../inbox/task-form';

const t = zh.escalations;

/** The request fields a refusal may name, as the head reads them (the server names `days` for a deadline's extension). */
const fieldLabels: Record<string, string> = {
  days: t.workingDays, workingDays: t.workingDays, dueDate: t.due, reason: t.reasonLabel, assignee: t.reassign, decision: t.decision,
};

/** After 延期: the task's new due date and the one it replaced, both in Beijing time. */
function extendedUntil(escalation: Escalation): HTMLElement | '' {
  const details = escalation.resolutionDetails;
  if (escalation.resolution !== 'EXTENDED' || typeof details?.dueDate !== 'string') return '';
  const previous = typeof details.previousDueDate === 'string' ? details.previousDueDate : null;
  return h('p', { 'data-testid': 'extended-until' }, t.extendedUntil(formatChinaTime(details.dueDate), previous ? formatChinaTime(previous) : null));
}

/** One escalation: why, from which task and officer, both positions of a dispute, and the head's three actions. A
 *  decision goes through the decision task's form when there is one (its fields are validated by the server). */
export async function renderEscalation(host: HTMLElement, work: WorkApi, escalation: Escalation, onResolved: (e: Escalation) => void): Promise<() => void> {
  const status = new StatusLine();
  const lookup = (username: string) => work.person(username);
  const origin = escalation.origin;
  const open = escalation.state === 'OPEN';

  const run = async (action: () => Promise<Escalation>) => {
    try {
      const resolved = await action();
      status.success(t.resolved(t.resolution[resolved.resolution ?? ''] ?? resolved.resolution ?? ''));
      onResolved(resolved);
    } catch (e) {
      status.error(e instanceof ApiError ? e.messageNaming(fieldLabels) : String(e));
    }
  };
  const needReason = (input: HTMLInputElement | HTMLTextAreaElement): string | null => {
    const reason = input.value.trim();
    if (!reason) {
      status.error(t.reasonRequired);
      input.focus();
    }
    return reason || null;
  };

  const assignee = personPicker('assignee', (q) => work.people({ q }), t.assignee);
  const reassignReason = h('input', { name: 'reassign-reason', placeholder: t.reasonLabel, 'aria-label': t.reasonLabel, size: 20 });
  const days = h('input', { name: 'working-days', type: 'number', min: 1, max: 60, value: 5, 'aria-label': t.workingDays, style: 'width:64px' });
  const extendReason = h('input', { name: 'extend-reason', placeholder: t.reasonLabel, 'aria-label': t.reasonLabel, size: 20 });
  const decision = h('textarea', { name: 'decision', rows: 2, placeholder: t.decision, 'aria-label': t.decision });
  const decisionForm = h('div', { className: 'decision-form' });
  const taskForm = open && escalation.decisionTaskKey ? await work.taskForm(escalation.decisionTaskKey).catch(() => null) : null;

  host.replaceChildren(
    h('div', { className: 'task-header' },
      h('h2', {}, escalation.message),
      h('span', { className: `badge big reason-${escalation.reason}` }, t.reason[escalation.reason] ?? escalation.reason),
      h('span', { className: 'muted' }, t.state[escalation.state] ?? escalation.state)),
    escalation.resolution
      ? h('p', { className: 'resolved', 'data-resolution': escalation.resolution },
        `${t.resolved(t.resolution[escalation.resolution] ?? escalation.resolution)}（`, personName(escalation.resolvedBy, lookup, ''),
        ` ${formatChinaTime(escalation.resolvedAt)}）`)
      : '',
    extendedUntil(escalation),
    h('dl', { className: 'facts' },
      h('dt', {}, t.caseKey), h('dd', { 'data-testid': 'escalation-case' }, caseLine(escalation)),
      origin && h('dt', {}, t.origin), origin && h('dd', {}, origin.name ?? origin.elementId ?? origin.taskKey),
      origin && h('dt', {}, t.officer), origin && h('dd', { 'data-testid': 'escalation-officer' }, personName(origin.assignee, lookup, zh.inbox.unassigned)),
      origin && h('dt', {}, t.due), origin && h('dd', {}, formatChinaTime(origin.dueDate))),
    escalation.positions?.length ? h('div', { 'data-testid': 'positions' },
      h('h3', {}, t.positions),
      h('div', { className: 'positions' }, ...escalation.positions.map((p) =>
        h('div', { className: 'position' }, h('strong', {}, p.party ?? t.party), h('p', {}, typeof p.opinion === 'string' ? p.opinion : JSON.stringify(p.opinion ?? ''))))))
      : '',
    open ? h('div', { className: 'actions' },
      h('fieldset', {}, h('legend', {}, t.reassign), assignee.element, reassignReason,
        h('button', { type: 'button', 'data-action': 'reassign', onclick: () => {
          const username = assignee.value();
          if (!username) { status.error(zh.people.pick); return; }
          const reason = needReason(reassignReason);
          if (reason) void run(() => work.reassign(escalation.escalationKey, username, reason));
        } }, t.reassign)),
      h('fieldset', {}, h('legend', {}, t.extend), h('label', {}, `${t.workingDays} `, days), extendReason,
        h('button', { type: 'button', 'data-action': 'extend', onclick: () => {
          const reason = needReason(extendReason);
          // An extension moves a statutory period: asked once more, and the server refuses one beyond the legal maximum.
          if (reason && confirm(t.confirmExtend(Number(days.value), reason))) void run(() => work.extend(escalation.escalationKey, reason, Number(days.value)));
        } }, t.extend)),
      h('fieldset', { className: 'decide' }, h('legend', {}, t.decide), decision, decisionForm,
        taskForm?.schema ? '' : h('button', { type: 'button', className: 'primary', 'data-action': 'decide', onclick: () => {
          const text = needReason(decision);
          if (text) void run(() => work.decide(escalation.escalationKey, text));
        } }, t.decide)))
      : '',
    status.element);

  if (!taskForm?.schema) return () => {};
  // The decision task's form: its own checks in the browser, the server's per field; the text above is the decision.
  return renderTaskForm(decisionForm, taskForm, true, (variables) => {
    const text = needReason(decision);
    if (!text) return Promise.reject(new ApiError(400, '', t.reasonRequired, 'decision'));
    return work.decide(escalation.escalationKey, text, variables).then((resolved) => {
      status.success(t.resolved(t.resolution[resolved.resolution ?? ''] ?? resolved.resolution ?? ''));
      onResolved(resolved);
    });
  }, () => {}, t.decide);
}
