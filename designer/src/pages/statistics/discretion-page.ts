import { ApiError } from '../../api/api-error';
import { queryString } from '../../api/query-string';
import type { Page } from '../../app/page';
import { zhStatistics as t } from '../../i18n/zh-statistics';
import { h, StatusLine } from '../../ui/dom';
import {
  barWidths, deviationShare, type DiscretionCount, type DiscretionFilter, type DiscretionStatistics, formatShare, keyValue,
  pickRows, rowLabel, segments, sumRows,
} from './discretion-statistics';

const columns = ['decisions', 'within', 'above', 'below', 'notApplicable'] as const;

/** 统计 → 裁量基准执行情况: the discretion statistics (GET /api/statistics/discretion) per violation and per unit, for a period;
 *  unit and violation narrow the rows shown. Reviewers, heads, supervisors and the admin (the server checks). */
export const discretionStatisticsPage: Page = async (container, context) => {
  const status = new StatusLine();
  const filter: DiscretionFilter = { from: '', to: '', unit: '', violation: '' };
  const violationNames = new Map<string, string>();
  let answer: DiscretionStatistics | null = null;

  const dateInput = (name: 'from' | 'to', label: string) =>
    h('label', {}, `${label} `, h('input', { name, type: 'date', 'aria-label': label }));
  const unitSelect = h('select', { name: 'unit', 'aria-label': t.unit }, h('option', { value: '' }, t.all));
  const violationSelect = h('select', { name: 'violation', 'aria-label': t.violation }, h('option', { value: '' }, t.all));
  const form = h('form', { className: 'toolbar', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); void load(); } },
    dateInput('from', t.from), dateInput('to', t.to),
    h('label', {}, `${t.unit} `, unitSelect), h('label', {}, `${t.violation} `, violationSelect),
    h('button', { type: 'submit', className: 'primary' }, t.search));
  unitSelect.addEventListener('change', () => { filter.unit = unitSelect.value; draw(); });
  violationSelect.addEventListener('change', () => { filter.violation = violationSelect.value; draw(); });
  const results = h('div', { 'data-testid': 'discretion-statistics' });

  container.replaceChildren(h('section', { className: 'statistics-page' },
    h('p', { className: 'muted breadcrumb' }, `${t.section} › ${t.discretionTitle}`),
    h('h1', {}, t.discretionTitle), h('p', { className: 'muted' }, t.subtitle), form, status.element, results));

  // Benchmark names are published rules every person reads; without them the table shows the decision ids.
  try {
    for (const d of await context.api.decisionDefinitions()) if (!violationNames.has(d.decisionId)) violationNames.set(d.decisionId, d.name);
  } catch { /* names are a convenience */ }
  await load();

  async function load(): Promise<void> {
    const data = new FormData(form);
    filter.from = String(data.get('from') ?? '');
    filter.to = String(data.get('to') ?? '');
    try {
      answer = await context.api.get<DiscretionStatistics>(`/api/statistics/discretion${queryString({ from: filter.from, to: filter.to })}`);
      fillOptions(unitSelect, answer.byUnit, new Map(), t.noUnit, filter.unit);
      fillOptions(violationSelect, answer.byViolation, violationNames, t.noViolation, filter.violation);
      filter.unit = unitSelect.value;
      filter.violation = violationSelect.value;
      status.clear();
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
      table('by-violation', t.byViolation, pickRows(answer.byViolation, filter.violation), violationNames, t.noViolation),
      table('by-unit', t.byUnit, pickRows(answer.byUnit, filter.unit), new Map(), t.noUnit),
      legend(), h('p', { className: 'muted' }, t.notApplicableHint));
  }
};

function fillOptions(select: HTMLSelectElement, rows: DiscretionCount[], names: ReadonlyMap<string, string>, none: string, chosen: string): void {
  const values = rows.map((row) => keyValue(row.key));
  select.replaceChildren(h('option', { value: '' }, t.all),
    ...rows.map((row) => h('option', { value: keyValue(row.key) }, rowLabel(row.key, names, none))));
  select.value = values.includes(chosen) ? chosen : '';
}

function table(id: string, title: string, rows: DiscretionCount[], names: ReadonlyMap<string, string>, none: string): HTMLElement {
  const widest = Math.max(0, ...rows.map((row) => row.decisions));
  const line = (count: DiscretionCount, label: string, total = false) => h('tr', total ? { 'data-total': 'true' } : { 'data-key': keyValue(count.key) },
    h(total ? 'th' : 'td', {}, label),
    ...columns.map((column) => h('td', { className: 'number', 'data-field': column }, String(count[column]))),
    h('td', { className: 'number', 'data-field': 'deviationShare' }, formatShare(deviationShare(count), t.noShare)),
    h('td', { className: 'number', 'data-field': 'deviationsReasoned' }, `${count.deviationsReasoned}/${count.above + count.below}`),
    h('td', {}, total ? '' : bar(count, widest)));
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
