import { ApiError } from '../../api/api-error';
import { WorkApi } from '../../api/work-api';
import type { Escalation } from '../../api/work-types';
import type { Page } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { personName } from '../../ui/person-name';
import { caseLine } from '../inbox/case-line';
import { formatChinaTime } from '../inbox/deadline-badge';
import { renderEscalation } from './escalation-view';

const t = zh.escalations;

/** 督办与争议: overdue and escalated tasks and disputes for heads; reassign, extend with a reason, or decide. */
export const escalationsPage: Page = async (container, context) => {
  const work = new WorkApi(context.api);
  const status = new StatusLine();
  const rows = h('tbody', {});
  const detail = h('section', { className: 'work-detail', 'data-testid': 'escalation-detail' }, h('p', { className: 'muted' }, t.pick));
  let state = 'OPEN';
  let selected: string | null = null;
  let shown: Escalation[] = [];
  let closeDetail: (() => void) | undefined;

  const stateSelect = h('select', { name: 'state', 'aria-label': t.stateFilter, onchange: (e: Event) => { state = (e.target as HTMLSelectElement).value; void load(); } },
    ...Object.entries(t.state).map(([value, label]) => h('option', { value }, label)));
  container.replaceChildren(h('div', { className: 'work' },
    h('section', { className: 'work-list' },
      h('div', { className: 'toolbar' }, stateSelect, h('button', { type: 'button', onclick: () => void load() }, zh.inbox.refresh)),
      status.element,
      h('table', { className: 'grid', 'data-testid': 'escalation-list' },
        h('thead', {}, h('tr', {}, ...[t.reasonLabel, t.origin, t.officer, t.due, t.caseKey].map((x) => h('th', {}, x)))),
        rows)),
    detail));

  function row(escalation: Escalation): HTMLTableRowElement {
    const open = () => void show(escalation);
    return h('tr', {
      tabindex: 0, 'data-escalation-key': escalation.escalationKey, 'data-reason': escalation.reason,
      className: escalation.escalationKey === selected ? 'selected' : '',
      onclick: open, onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') open(); },
    },
    h('td', {}, h('span', { className: `badge reason-${escalation.reason}` }, t.reason[escalation.reason] ?? escalation.reason)),
    h('td', {}, escalation.origin?.name ?? escalation.message),
    h('td', {}, personName(escalation.origin?.assignee, (u) => work.person(u))),
    h('td', {}, formatChinaTime(escalation.origin?.dueDate)),
    h('td', { className: 'muted', 'data-testid': 'escalation-case' }, caseLine(escalation)));
  }

  async function show(escalation: Escalation): Promise<void> {
    selected = escalation.escalationKey;
    for (const r of rows.querySelectorAll('tr')) r.classList.toggle('selected', r.dataset.escalationKey === selected);
    closeDetail?.();
    closeDetail = await renderEscalation(detail, work, escalation, (resolved) => {
      void load().then(async () => {
        closeDetail?.();
        closeDetail = await renderEscalation(detail, work, resolved, () => {});
      });
    });
  }

  async function load(): Promise<void> {
    try {
      shown = (await work.escalations(state, 1)).items;
      rows.replaceChildren(...shown.map(row));
      if (shown.length === 0) rows.append(h('tr', {}, h('td', { colspan: 5, className: 'muted' }, t.empty)));
      status.clear();
    } catch (e) {
      status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  await load();
  return () => closeDetail?.();
};
