import type { TaskForm } from '../../api/work-types';
import { WorkApi } from '../../api/work-api';
import { ApiError } from '../../api/api-error';
import type { Page } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { renderTaskForm } from '../inbox/task-form';
import { byCategory, StartApi, type StartableProcess, type StartedCase } from './start-api';
import { namedUsers, startedCaseLines } from './started-case';

/** 发起案件: the processes the caller may start, by category; one opens its start form, and a started case opens its first
 *  task when that task is the caller's. The server checks the starter rules and the form again. */
export const startPage: Page = async (container, context) => {
  const start = new StartApi(context.api);
  const work = new WorkApi(context.api);
  const status = new StatusLine();
  const list = h('nav', { className: 'start-list', 'data-testid': 'startable-processes' });
  const detail = h('section', { className: 'work-detail', 'data-testid': 'start-detail' }, h('p', { className: 'muted' }, zh.start.pick));
  let closeForm: (() => void) | undefined;
  container.replaceChildren(h('div', { className: 'work' }, h('section', { className: 'work-list' }, h('h1', {}, zh.start.title), status.element, list), detail));

  try {
    const processes = await start.startable();
    if (processes.length === 0) list.append(h('p', { className: 'muted' }, zh.start.none));
    for (const [category, members] of byCategory(processes, zh.start.otherCategory)) {
      list.append(h('section', { 'data-category': category }, h('h2', {}, category), h('ul', {}, ...members.map((p) =>
        h('li', {}, h('button', { type: 'button', className: 'link-button', 'data-process': p.bpmnProcessId, onclick: () => void open(p) }, p.name))))));
    }
  } catch (e) {
    status.error(e instanceof ApiError ? e.userMessage : String(e));
  }

  async function open(process: StartableProcess): Promise<void> {
    closeForm?.();
    const host = h('div', {});
    detail.replaceChildren(h('h2', {}, process.name), h('p', { className: 'muted' }, zh.start.version(process.version)), host);
    let form: TaskForm | null = null;
    if (process.startFormId) {
      try {
        const startForm = await start.startForm(process.processDefinitionKey);
        form = { userTaskKey: '', formId: startForm.formId, version: startForm.version, schema: startForm.schema, values: {} };
      } catch (e) {
        status.error(e instanceof ApiError ? e.userMessage : String(e));
        return;
      }
    }
    let started: StartedCase = { processInstanceKey: '', caseNumber: null };
    closeForm = await renderTaskForm(host, form, true, async (variables) => { started = await start.start(process, variables); },
      () => void opened(process, started).catch((e: unknown) => status.error(e instanceof ApiError ? e.userMessage : String(e))), zh.start.submit,
      zh.start.startedShort, zh.start.noForm);
  }

  async function opened(process: StartableProcess, { processInstanceKey, caseNumber }: StartedCase): Promise<void> {
    const own = await start.firstOwnTask(processInstanceKey, context.session.user.username);
    if (own) {
      context.navigate(`/inbox/${own}`);
      return;
    }
    const tasks = await start.openTasks(processInstanceKey);
    const people = await Promise.all(namedUsers(tasks).map((username) => work.person(username)));
    const names = new Map(people.filter((p) => p !== null).map((p) => [p.username, p.displayName]));
    const lines = startedCaseLines(process.name, caseNumber ?? tasks.find((task) => task.case?.caseNumber)?.case?.caseNumber ?? null, tasks, names);
    detail.replaceChildren(h('section', { className: 'success', 'data-started': processInstanceKey, 'data-testid': 'started-case' },
      h('h2', {}, lines.title), h('p', { 'data-testid': 'started-case-number' }, lines.caseNumber),
      ...lines.next.map((line) => h('p', { 'data-testid': 'started-next' }, line))));
  }

  return () => closeForm?.();
};
