import type { InboxFilter } from '../../api/work-api';
import { WorkApi } from '../../api/work-api';
import type { UserTask } from '../../api/work-types';
import { ApiError } from '../../api/api-error';
import type { Page } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { renderPager } from '../../ui/pager';
import { personName } from '../../ui/person-name';
import { deadlineBadge, formatChinaTime } from './deadline-badge';
import { caseLine } from './case-line';
import { openTask } from './task-view';

/** 我的待办: the caller's tasks and their groups' tasks with the deadline state up front; a task opens beside the list
 *  (`/inbox/<taskKey>` opens it directly). */
export const inboxPage: Page = async (container, context) => {
  const work = new WorkApi(context.api);
  const status = new StatusLine();
  // Heads mostly work what waits for their groups (督办, 集体讨论), so they land there.
  const headOnly = context.session.user.roles.includes('head') && !context.session.user.roles.includes('officer');
  const filter: InboxFilter = { scope: headOnly ? 'groups' : 'mine', sort: 'dueDate', overdue: false, processInstanceKey: '', page: 1 };
  const rows = h('tbody', {});
  const pager = h('div', { className: 'pager' });
  const detail = h('section', { className: 'work-detail', 'data-testid': 'task-detail' }, h('p', { className: 'muted' }, zh.inbox.pick));
  let closeTask: (() => void) | undefined;

  const select = (name: string, options: Record<string, string>, value: string, change: (v: string) => void) =>
    h('select', { name, 'aria-label': name, onchange: (e: Event) => change((e.target as HTMLSelectElement).value) },
      ...Object.entries(options).map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  const caseInput = h('input', { name: 'case', placeholder: zh.inbox.caseFilter, size: 18 });
  caseInput.addEventListener('change', () => { filter.processInstanceKey = caseInput.value.trim(); filter.page = 1; void load(); });
  const overdue = h('input', { type: 'checkbox', name: 'overdue' });
  overdue.addEventListener('change', () => { filter.overdue = overdue.checked; filter.page = 1; void load(); });

  container.replaceChildren(h('div', { className: 'work' },
    h('section', { className: 'work-list' },
      h('div', { className: 'toolbar' },
        select('scope', zh.inbox.scope, filter.scope, (v) => { filter.scope = v as InboxFilter['scope']; filter.page = 1; void load(); }),
        select('sort', zh.inbox.sort, filter.sort, (v) => { filter.sort = v as InboxFilter['sort']; void load(); }),
        h('label', {}, overdue, zh.inbox.overdueOnly),
        caseInput,
        h('button', { type: 'button', onclick: () => void load() }, zh.inbox.refresh)),
      status.element,
      h('table', { className: 'grid', 'data-testid': 'task-list' },
        h('thead', {}, h('tr', {}, ...[zh.inbox.task, zh.inbox.caseColumn, zh.inbox.due, '', zh.inbox.priority, zh.inbox.assignee].map((t) => h('th', {}, t)))),
        rows),
      pager),
    detail));

  function row(task: UserTask): HTMLTableRowElement {
    const badge = deadlineBadge(task.deadline);
    const open = () => void show(task.userTaskKey);
    return h('tr', {
      tabindex: 0, 'data-task-key': task.userTaskKey, 'data-element-id': task.elementId,
      onclick: open, onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') open(); },
    },
    h('td', {}, task.name ?? task.elementId),
    h('td', { className: 'muted', 'data-field': 'case' }, caseLine(task)),
    h('td', {}, formatChinaTime(task.dueDate)),
    h('td', {}, h('span', { className: `badge deadline-${badge.kind}`, 'data-deadline': badge.kind }, badge.label)),
    h('td', {}, String(task.priority)),
    h('td', {}, personName(task.assignee, (u) => work.person(u), zh.inbox.unassigned)));
  }

  // Only the answer to the latest request is drawn: an earlier one arriving late (the scope changed, then the case filter)
  // would otherwise replace the newer list, and the row someone had just focused or clicked with it.
  let latest = 0;
  async function load(): Promise<void> {
    const request = ++latest;
    try {
      const page = await work.inbox(filter);
      if (request !== latest) return;
      rows.replaceChildren(...page.items.map(row));
      if (page.items.length === 0) rows.append(h('tr', {}, h('td', { colspan: 6, className: 'muted' }, zh.inbox.empty)));
      renderPager(pager, filter.page, page.total, page.pageSize, (n) => { filter.page = n; void load(); });
      status.clear();
    } catch (e) {
      if (request === latest) status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  async function show(taskKey: string): Promise<void> {
    closeTask?.();
    for (const r of rows.querySelectorAll('tr')) r.classList.toggle('selected', r.dataset.taskKey === taskKey);
    if (location.pathname !== `/inbox/${taskKey}`) history.replaceState(null, '', `/inbox/${taskKey}`);
    const roles = context.session.user.roles;
    closeTask = await openTask(detail, work, context.session.user.username, taskKey, () => void load(), roles.includes('head') || roles.includes('admin'));
  }

  await load();
  const direct = /^\/inbox\/(\d+)$/.exec(location.pathname);
  if (direct) await show(direct[1]);
  return () => closeTask?.();
};
