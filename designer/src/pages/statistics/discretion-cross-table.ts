import { zhStatistics as t } from '../../i18n/zh-statistics';
import { h } from '../../ui/dom';
import { type Bucket, bucketCount, buckets, type CountSelection, crossTable, type DiscretionCell } from './discretion-cases';
import { keyValue, rowLabel } from './discretion-statistics';

export interface CrossTableChoice {
  measure: Bucket;
  pivot: boolean;
}

/** 执法单位 × 违法行为: the route's cells (counted in SQL under the page's filters), one count per cell for the chosen measure,
 *  rows violations and columns units or pivoted; each count opens its cases. */
export function renderCrossTable(cells: DiscretionCell[], choice: CrossTableChoice, violationNames: ReadonlyMap<string, string>,
  unitNames: ReadonlyMap<string, string>,
  redraw: () => void, open: (selection: CountSelection, scope: string) => void): HTMLElement {
  const table = crossTable(cells, choice.pivot);
  const label = (key: string | null, violation: boolean) => violation ? rowLabel(key, violationNames, t.noViolation) : rowLabel(key, unitNames, t.noUnit);
  const measure = h('select', { name: 'measure', 'aria-label': t.measure },
    ...buckets.map((b) => h('option', { value: b, selected: b === choice.measure }, t.buckets[b] ?? b)));
  measure.addEventListener('change', () => { choice.measure = measure.value as Bucket; redraw(); });
  const cellOf = (row: string | null, column: string | null) => {
    const cell = table.cell(row, column);
    const value = cell ? bucketCount(cell, choice.measure) : 0;
    const { violation, unit } = table.pair(row, column);
    const attributes = { className: 'number', 'data-violation': keyValue(violation), 'data-unit': keyValue(unit) };
    if (value === 0) return h('td', attributes, '0');
    return h('td', attributes, h('a', {
      href: '#', 'data-bucket': choice.measure,
      onclick: (e: Event) => {
        e.preventDefault();
        open({ bucket: choice.measure, violation, organisation: unit }, `${label(unit, false)} · ${label(violation, true)} · `);
      },
    }, String(value)));
  };
  return h('section', { 'data-testid': 'by-violation-and-unit' },
    h('h2', {}, t.crossTitle),
    h('div', { className: 'toolbar' }, h('label', {}, `${t.measure} `, measure),
      h('button', { type: 'button', 'data-action': 'pivot', onclick: () => { choice.pivot = !choice.pivot; redraw(); } }, t.pivot)),
    h('table', { className: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, choice.pivot ? t.crossCorner.units : t.crossCorner.violations),
        ...table.columns.map((column) => h('th', { 'data-key': keyValue(column) }, label(column, choice.pivot))))),
      h('tbody', {}, ...table.rows.map((row) => h('tr', { 'data-key': keyValue(row) },
        h('th', {}, label(row, !choice.pivot)), ...table.columns.map((column) => cellOf(row, column)))))));
}
