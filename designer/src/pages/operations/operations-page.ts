import { ApiError } from '../../api/api-error';
import { WorkApi } from '../../api/work-api';
import type { InstanceSummary } from '../../api/work-types';
import type { Page } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { renderPager } from '../../ui/pager';
import { formatChinaTime } from '../inbox/deadline-badge';
import { renderInstance } from './instance-view';
import { renderStatistics } from './statistics-view';

const t = zh.operations;

/** 流程监控: instances searchable by process (part of its name or id, searched by the server), state and business key;
 *  `/operations/<instanceKey>` opens one. */
export const operationsPage: Page = async (container, context) => {
  const work = new WorkApi(context.api);
  const status = new StatusLine();
  const filter = { process: '', state: '', businessKey: '', page: 1 };
  const rows = h('tbody', {});
  const pager = h('div', { className: 'pager' });
  let closeInstance: (() => void) | undefined;

  const process = h('input', { name: 'process', placeholder: t.process, 'aria-label': t.process, size: 18 });
  const businessKey = h('input', { name: 'businessKey', placeholder: t.businessKey, 'aria-label': t.businessKey, size: 16 });
  const state = h('select', { name: 'state', 'aria-label': t.state }, ...Object.entries(t.states).map(([value, label]) => h('option', { value }, label)));
  const search = () => {
    Object.assign(filter, { process: process.value.trim(), businessKey: businessKey.value.trim(), state: state.value, page: 1 });
    void load();
  };
  const list = h('section', { className: 'op-list' },
    h('form', { className: 'toolbar', onsubmit: (e: Event) => { e.preventDefault(); search(); } },
      process, state, businessKey, h('button', { type: 'submit', className: 'primary' }, t.search),
      h('button', { type: 'button', 'data-action': 'open-statistics', onclick: () => void showStatistics() }, t.openStatistics)),
    status.element,
    h('table', { className: 'grid', 'data-testid': 'instance-list' },
      h('thead', {}, h('tr', {}, ...['#', t.processName, t.businessKey, t.state, t.started].map((x) => h('th', {}, x)))), rows),
    pager);
  const detail = h('section', { className: 'op-detail' });

  function row(instance: InstanceSummary): HTMLTableRowElement {
    const open = () => void show(instance.processInstanceKey);
    return h('tr', { tabindex: 0, 'data-instance-key': instance.processInstanceKey, onclick: open,
      onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') open(); } },
    h('td', {}, instance.processInstanceKey),
    h('td', { title: instance.bpmnProcessId }, `${instance.processName || instance.bpmnProcessId} v${instance.version}`),
    h('td', {}, instance.businessKey ?? '—'),
    h('td', {}, t.states[instance.state] ?? instance.state, instance.hasIncident ? h('span', { className: 'badge deadline-overdue' }, t.incident) : ''),
    h('td', {}, formatChinaTime(instance.startedAt)));
  }

  async function load(): Promise<void> {
    try {
      const page = await work.instances(filter);
      rows.replaceChildren(...page.items.map(row));
      if (page.items.length === 0) rows.append(h('tr', {}, h('td', { colspan: 5, className: 'muted' }, t.empty)));
      renderPager(pager, filter.page, page.total, page.pageSize, (n) => { filter.page = n; void load(); });
      status.clear();
    } catch (e) {
      status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  async function show(instanceKey: string): Promise<void> {
    closeInstance?.();
    if (location.pathname !== `/operations/${instanceKey}`) history.pushState(null, '', `/operations/${instanceKey}`);
    container.replaceChildren(detail);
    closeInstance = await renderInstance(detail, work, instanceKey, () => context.navigate('/operations'));
  }

  async function showStatistics(): Promise<void> {
    closeInstance?.();
    if (location.pathname !== '/operations/statistics') history.pushState(null, '', '/operations/statistics');
    container.replaceChildren(detail);
    closeInstance = await renderStatistics(detail, context.api, work, () => context.navigate('/operations'));
  }

  const direct = /^\/operations\/(\d+)$/.exec(location.pathname);
  if (direct) await show(direct[1]);
  else if (location.pathname === '/operations/statistics') await showStatistics();
  else {
    container.replaceChildren(list);
    await load();
  }
  return () => closeInstance?.();
};
