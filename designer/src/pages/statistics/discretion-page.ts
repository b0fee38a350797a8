import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { queryString } from '../../api/query-string';
import { WorkApi } from '../../api/work-api';
import type { Page } from '../../app/page';
import { zhStatistics as t } from '../../i18n/zh-statistics';
import { h, StatusLine } from '../../ui/dom';
import { caseKeyOf, type CountSelection } from './discretion-cases';
import { renderCaseList } from './discretion-case-list';
import { type CrossTableChoice, renderCrossTable } from './discretion-cross-table';
import {
  barWidths, deviationShare, type DiscretionCount, type DiscretionFilter, type DiscretionStatistics, formatShare, keyValue,
  rowLabel, segments, sumRows,
} from './discretion-statistics';

const columns = ['decisions', 'within', 'above', 'below', 'notApplicable'] as const;

type Open = (selection: CountSelection, scope: string) => void;

/** 统计 → 裁量基准执行情况: the discretion statistics (GET /api/statistics/discretion) per violation, per unit and unit ×
 *  violation, for a period, a unit (with the units below it) and a violation, all filtered by the route; every count opens
 *  the cases it counted. `/statistics/discretion/case/<key>` shows one case to the roles without 流程监控. Reviewers, heads,
 *  supervisors and the admin (the server checks). */
export const discretionStatisticsPage: Page = async (container, context) => {
  const caseKey = caseKeyOf(location.pathname);
  if (caseKey) return showCase(container, caseKey, context.api, () => context.navigate('/statistics/discretion'));

  const status = new StatusLine();
  const filter: DiscretionFilter = { from: '', to: '', unit: '', violation: '' };
  const cross: CrossTableChoice = { measure: 'decisions', pivot: false };
  const violationNames = new Map<string, string>();
  const unitNames = new Map<string, string>();
  let answer: DiscretionStatistics | null = null;
  let latest = 0;

  const dateInput = (name: 'from' | 'to', label: string) =>
    h('label', {}, `${label} `, h('input', { name, type: 'date', 'aria-label': label }));
  const unitSelect = h('select', { name: 'unit', 'aria-label': t.unit }, h('option', { value: '' }, t.all));
  const violationSelect = h('select', { name: 'violation', 'aria-label': t.violation }, h('option', { value: '' }, t.all));
  const form = h('form', { className: 'toolbar', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); void load(); } },
    dateInput('from', t.from), dateInput('to', t.to),
    h('label', {}, `${t.unit} `, unitSelect), h('label', {}, `${t.violation} `, violationSelect),
    h('button', { type: 'submit', className: 'primary' }, t.search));
  unitSelect.addEventListener('change', () => void load());
  violationSelect.addEventListener('change', () => void load());
  const results = h('div', { 'data-testid': 'discretion-statistics' });
  const cases = h('div', { className: 'discretion-cases' });

  container.replaceChildren(h('section', { className: 'statistics-page' },
    h('p', { className: 'muted breadcrumb' }, `${t.section} › ${t.discretionTitle}`),
    h('h1', {}, t.discretionTitle), h('p', { className: 'muted' }, t.subtitle), form, status.element, results, cases));

  const open: Open = (selection, scope) => void renderCaseList(cases,
    { api: context.api, roles: context.session.user.roles, violationNames, unitNames, navigate: context.navigate }, filter, selection, scope);

  // Benchmark names are published rules every person reads; without them the table shows the decision ids.
  try {
    for (const d of await context.api.decisionDefinitions()) if (!violationNames.has(d.decisionId)) violationNames.set(d.decisionId, d.name);
  } catch { /* names are a convenience */ }
  await load();

  async function load(): Promise<void> {
    // Only the answer to the latest request is drawn: an earlier one arriving late would reset the choices.
    const request = ++latest;
    const data = new FormData(form);
    filter.from = String(data.get('from') ?? '');
    filter.to = String(data.get('to') ?? '');
    filter.unit = unitSelect.value;
    filter.violation = violationSelect.value;
    const statistics = (query: Partial<DiscretionFilter>) =>
      context.api.get<DiscretionStatistics>(`/api/statistics/discretion${queryString(query)}`);
    try {
      // The choices come from the period's answer; the tables from the route filtered by unit and violation.
      const period = await statistics({ from: filter.from, to: filter.to });
      const filtered = filter.unit === '' && filter.violation === '' ? period : await statistics(filter);
      if (request !== latest) return;
      for (const [id, name] of Object.entries({ ...period.unitNames, ...filtered.unitNames })) unitNames.set(id, name);
      fillOptions(unitSelect, period.byUnit, unitNames, t.noUnit, filter.unit);
      fillOptions(violationSelect, period.byViolation, violationNames, t.noViolation, filter.violation);
      answer = filtered;
      results.dataset.query = queryString({ ...filter });
      status.clear();
      cases.replaceChildren();
      draw();
    } catch (e) {
      status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  function draw(): void {
    if (!answer) return;
    if (answer.total.decisions === 0) {
      results.replaceChildren(h('p', { className: 'muted', 'data-testid': 'discretion-empty' }, t.empty));
      return;
    }
    results.replaceChildren(
      h('p', { className: 'muted' }, t.countHint),
      table('by-violation', t.byViolation, answer.byViolation, violationNames, t.noViolation, 'violation', open),
      table('by-unit', t.byUnit, answer.byUnit, unitNames, t.noUnit, 'organisation', open),
      renderCrossTable(answer.byViolationAndUnit, cross, violationNames, unitNames, draw, open),
      legend(), h('p', { className: 'muted' }, t.notApplicableHint));
  }
};

async function showCase(container: HTMLElement, key: string, api: ApiClient, back: () => void): Promise<() => void> {
  const status = new StatusLine();
  const host = h('section', { className: 'op-detail', 'data-testid': 'discretion-case' });
  container.replaceChildren(h('p', { className: 'muted breadcrumb' }, `${t.section} › ${t.discretionTitle} › ${key}`), status.element, host);
  const work = new WorkApi(api);
  try {
    // One read first: a supervisor reading another agency's case is asked the reason once, and the view's parallel reads
    // carry it.
    await work.instance(key);
  } catch (e) {
    status.error(e instanceof ApiError ? e.userMessage : String(e));
    host.append(h('button', { type: 'button', onclick: back }, t.backToStatistics));
    return () => {};
  }
  const { renderInstance } = await import('../operations/instance-view');
  return renderInstance(host, work, key, back);
}

function fillOptions(select: HTMLSelectElement, rows: DiscretionCount[], names: ReadonlyMap<string, string>, none: string, chosen: string): void {
  const values = rows.map((row) => keyValue(row.key));
  select.replaceChildren(h('option', { value: '' }, t.all),
    ...rows.map((row) => h('option', { value: keyValue(row.key) }, rowLabel(row.key, names, none))));
  select.value = values.includes(chosen) ? chosen : '';
}

function table(id: string, title: string, rows: DiscretionCount[], names: ReadonlyMap<string, string>, none: string,
  by: 'violation' | 'organisation', open: Open): HTMLElement {
  const widest = Math.max(0, ...rows.map((row) => row.decisions));
  const line = (count: DiscretionCount, label: string, total = false) => {
    const narrow = total ? {} : { [by]: count.key };
    const link = (bucket: CountSelection['bucket'], value: number) => value === 0 ? '0' : h('a', {
      href: '#', 'data-bucket': bucket,
      onclick: (e: Event) => { e.preventDefault(); open({ bucket, ...narrow }, total ? '' : `${label} · `); },
    }, String(value));
    return h('tr', total ? { 'data-total': 'true' } : { 'data-key': keyValue(count.key) },
      h(total ? 'th' : 'td', {}, label),
      ...columns.map((column) => h('td', { className: 'number', 'data-field': column }, link(column, count[column]))),
      h('td', { className: 'number', 'data-field': 'deviationShare' }, formatShare(deviationShare(count), t.noShare)),
      h('td', { className: 'number', 'data-field': 'deviationsReasoned' },
        link('deviationsReasoned', count.deviationsReasoned), '/', link('deviations', count.above + count.below)),
      h('td', {}, total ? '' : bar(count, widest)));
  };
  return h('section', { 'data-testid': id },
    h('h2', {}, title),
    h('table', { className: 'grid' },
      h('thead', {}, h('tr', {}, ...[t.columns.name, ...columns.map((c) => t.columns[c]), t.columns.deviationShare, t.columns.reasoned, t.columns.bar]
        .map((text) => h('th', {}, text)))),
      h('tbody', {}, ...rows.map((row) => line(row, rowLabel(row.key, names, none))), line(sumRows(rows), t.total, true))));
}

function bar(count: DiscretionCount, widest: number): HTMLElement {
  const widths = barWidths(count, widest);
  return h('div', { className: 'discretion-bar', role: 'img', 'aria-label': segments.map((s) => `${t.legend[s]} ${count[s]}`).join('，') },
    ...segments.filter((s) => count[s] > 0).map((s) => {
      const part = h('span', { className: `segment ${s}`, 'data-segment': s, title: `${t.legend[s]}：${count[s]}` });
      part.style.width = `${widths[s]}%`;
      return part;
    }));
}

function legend(): HTMLElement {
  return h('p', { className: 'discretion-legend' },
    ...segments.map((s) => h('span', {}, h('span', { className: `segment ${s}` }), t.legend[s])));
}
