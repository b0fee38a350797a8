import { queryString } from '../../api/query-string';
import { type DiscretionFilter, keyValue } from './discretion-statistics';

/** The counts a case list opens (GET /api/statistics/discretion/cases?bucket=…): the count fields of a row, plus
 *  deviations (above + below). */
export type Bucket = 'decisions' | 'within' | 'above' | 'below' | 'notApplicable' | 'deviations' | 'deviationsReasoned';

export const buckets: readonly Bucket[] = ['decisions', 'within', 'above', 'below', 'notApplicable', 'deviations', 'deviationsReasoned'];

export interface CountFields {
  decisions: number;
  within: number;
  above: number;
  below: number;
  notApplicable: number;
  deviationsReasoned: number;
}

/** One cell of the unit × violation table (the route's byViolationAndUnit). */
export interface DiscretionCell extends CountFields {
  violation: string | null;
  unit: string | null;
}

/** One case of a count's list. Amounts in yuan; decidedOn is the decision's Beijing date (yyyy-MM-dd). */
export interface DiscretionCase {
  processInstanceKey: string;
  caseNumber: string | null;
  partyName: string | null;
  procedure: string;
  organisationId: string | null;
  violationType: string | null;
  minFine: number | null;
  maxFine: number | null;
  fine: number | null;
  position: 'within' | 'above' | 'below' | 'notApplicable';
  reasoned: boolean;
  decidedOn: string | null;
}

/** A page of a count's cases: total = the ones the caller may see, hidden = counted but of units the caller may not see. */
export interface DiscretionCaseList {
  bucket: Bucket;
  items: DiscretionCase[];
  total: number;
  hidden: number;
  page: number;
  pageSize: number;
}

/** Which count was clicked: the bucket and, for a row or a cell, its violation and its own unit (null: none; undefined:
 *  not narrowed). */
export interface CountSelection {
  bucket: Bucket;
  violation?: string | null;
  organisation?: string | null;
}

/** The value a bucket shows in a row. */
export function bucketCount(count: CountFields, bucket: Bucket): number {
  return bucket === 'deviations' ? count.above + count.below : count[bucket];
}

/** The case list's query: the page's filters (period, unit with the units below, violation), the clicked count's bucket,
 *  and the row's violation and exact unit; a null key is sent as '-' (none). */
export function casesQuery(filter: DiscretionFilter, selection: CountSelection, page: number, pageSize: number): string {
  return queryString({
    bucket: selection.bucket, from: filter.from, to: filter.to, unit: filter.unit,
    violation: selection.violation === undefined ? filter.violation : keyValue(selection.violation),
    organisation: selection.organisation === undefined ? '' : keyValue(selection.organisation),
    page: String(page), pageSize: String(pageSize),
  });
}

/** The unit × violation table: rows violations and columns units, or the other way round (pivot); keys in the order the
 *  route gives its cells (ordinal, null first), each cell found by its pair. */
export interface CrossTable {
  rows: (string | null)[];
  columns: (string | null)[];
  cell(row: string | null, column: string | null): DiscretionCell | undefined;
  /** The (violation, unit) of a table position, whichever way it is pivoted. */
  pair(row: string | null, column: string | null): { violation: string | null; unit: string | null };
}

export function crossTable(cells: DiscretionCell[], pivot: boolean): CrossTable {
  const distinct = (keys: (string | null)[]) => [...new Set(keys)];
  const violations = distinct(cells.map((c) => c.violation));
  const units = distinct(cells.map((c) => c.unit));
  const index = new Map(cells.map((c) => [`${keyValue(c.violation)}\u0000${keyValue(c.unit)}`, c]));
  const pair = (row: string | null, column: string | null) => pivot ? { violation: column, unit: row } : { violation: row, unit: column };
  return {
    rows: pivot ? units : violations,
    columns: pivot ? violations : units,
    pair,
    cell: (row, column) => {
      const { violation, unit } = pair(row, column);
      return index.get(`${keyValue(violation)}\u0000${keyValue(unit)}`);
    },
  };
}

/** Where a listed case opens: 流程监控 for the admin (the only role with that page), else the statistics page's own case
 *  view, which shows what the case routes let the role read. */
export function caseLink(processInstanceKey: string, roles: readonly string[]): string {
  return roles.includes('admin') ? `/operations/${processInstanceKey}` : `/statistics/discretion/case/${processInstanceKey}`;
}

/** The case key of the statistics page's case view path, or null. */
export function caseKeyOf(path: string): string | null {
  return /^\/statistics\/discretion\/case\/(\d+)$/.exec(path)?.[1] ?? null;
}

/** An amount in yuan as people read it (1,500 元), '—' for none. */
export function formatYuan(amount: number | null): string {
  return amount === null ? '—' : `${amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
}

/** The recommended range (0–1,500 元), '—' without one. */
export function formatRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return '—';
  const part = (n: number | null) => n === null ? '' : n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  return `${part(min)}–${part(max)} 元`;
}
