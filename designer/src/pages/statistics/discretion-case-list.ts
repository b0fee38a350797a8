import { ApiError } from '../../api/api-error';
import type { ApiClient } from '../../api/api-client';
import { zhStatistics as t } from '../../i18n/zh-statistics';
import { h, StatusLine } from '../../ui/dom';
import { renderPager } from '../../ui/pager';
import {
  caseLink, casesQuery, type CountSelection, type DiscretionCase, type DiscretionCaseList, formatRange, formatYuan,
} from './discretion-cases';
import { type DiscretionFilter, rowLabel } from './discretion-statistics';

const pageSize = 20;

export interface CaseListContext {
  api: ApiClient;
  roles: readonly string[];
  violationNames: ReadonlyMap<string, string>;
  unitNames: ReadonlyMap<string, string>;
  navigate(path: string): void;
}

/** The cases behind one count (GET /api/statistics/discretion/cases): a page at a time, each with a link on to the case;
 *  the cases of units the caller may not see are only counted. */
export async function renderCaseList(host: HTMLElement, context: CaseListContext, filter: DiscretionFilter, selection: CountSelection,
  scope: string): Promise<void> {
  const status = new StatusLine();
  const rows = h('tbody', {});
  const pager = h('div', { className: 'pager' });
  const hidden = h('p', { className: 'muted', 'data-testid': 'discretion-cases-hidden' });
  const request = { ...filter };
  host.replaceChildren(h('section', { 'data-testid': 'discretion-cases', 'data-bucket': selection.bucket },
    h('h2', {}, t.casesTitle(t.buckets[selection.bucket] ?? selection.bucket, scope),
      ' ', h('button', { type: 'button', 'data-action': 'close-cases', onclick: () => host.replaceChildren() }, t.close)),
    status.element,
    h('table', { className: 'grid' }, h('thead', {}, h('tr', {}, ...t.caseColumns.map((c) => h('th', {}, c)))), rows),
    hidden, pager));
  host.scrollIntoView?.({ block: 'nearest' });

  const load = async (page: number) => {
    try {
      const list = await context.api.get<DiscretionCaseList>(`/api/statistics/discretion/cases${casesQuery(request, selection, page, pageSize)}`);
      rows.replaceChildren(...list.items.map((item) => line(item, context)));
      if (list.items.length === 0) rows.append(h('tr', {}, h('td', { colspan: t.caseColumns.length, className: 'muted' }, t.noCases)));
      hidden.textContent = list.hidden > 0 ? t.hidden(list.hidden) : '';
      renderPager(pager, list.page, list.total, list.pageSize, (n) => void load(n));
      status.clear();
    } catch (e) {
      status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  };
  await load(1);
}

function line(item: DiscretionCase, context: CaseListContext): HTMLTableRowElement {
  const target = caseLink(item.processInstanceKey, context.roles);
  const deviation = item.position === 'above' || item.position === 'below';
  return h('tr', { 'data-instance-key': item.processInstanceKey, 'data-position': item.position },
    h('td', { 'data-field': 'caseNumber' }, item.caseNumber ?? '—'),
    h('td', { 'data-field': 'party' }, item.partyName ?? '—'),
    h('td', {}, rowLabel(item.organisationId, context.unitNames, t.noUnit)),
    h('td', {}, rowLabel(item.violationType, context.violationNames, t.noViolation)),
    h('td', { className: 'number' }, formatRange(item.minFine, item.maxFine)),
    h('td', { className: 'number', 'data-field': 'fine' }, formatYuan(item.fine)),
    h('td', {}, t.legend[item.position] ?? item.position),
    h('td', {}, deviation ? (item.reasoned ? t.reasoned : t.notReasoned) : '—'),
    h('td', {}, item.decidedOn ?? '—'),
    h('td', {}, h('a', { href: target, 'data-action': 'open-case', onclick: (e: Event) => { e.preventDefault(); context.navigate(target); } }, t.open)));
}
