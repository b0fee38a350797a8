import type { CountFields, DiscretionCell } from './discretion-cases';

/** GET /api/statistics/discretion: penalty decisions against their discretion benchmark (docs/decisions.md). */
export interface DiscretionCount extends CountFields {
  /** The violation (its benchmark's decision id) or the unit (organisation id); null: none chosen / unknown. */
  key: string | null;
}

export interface DiscretionStatistics {
  from: string | null;
  to: string | null;
  total: DiscretionCount;
  byViolation: DiscretionCount[];
  byUnit: DiscretionCount[];
  /** The unit × violation cells (pairs with decisions only). */
  byViolationAndUnit: DiscretionCell[];
  /** The registry name of each unit counted, by id. */
  unitNames?: Record<string, string>;
}

/** The page's choice, all sent to the route: the period, the unit (with the units below it) and the violation ('' = all,
 *  '-' = none). */
export interface DiscretionFilter {
  from: string;
  to: string;
  unit: string;
  violation: string;
}

/** A row's key as a filter value: a null key (no violation chosen, unknown unit) is '-'. */
export function keyValue(key: string | null): string {
  return key ?? '-';
}

/** The sum of rows, as the table's total line of what is shown. */
export function sumRows(rows: DiscretionCount[]): DiscretionCount {
  const total: DiscretionCount = { key: null, decisions: 0, within: 0, above: 0, below: 0, notApplicable: 0, deviationsReasoned: 0 };
  for (const row of rows) {
    total.decisions += row.decisions;
    total.within += row.within;
    total.above += row.above;
    total.below += row.below;
    total.notApplicable += row.notApplicable;
    total.deviationsReasoned += row.deviationsReasoned;
  }
  return total;
}

/** Deviations (above + below) among the decisions that had a range to compare with; null when none had. */
export function deviationShare(count: DiscretionCount): number | null {
  const compared = count.within + count.above + count.below;
  return compared === 0 ? null : (count.above + count.below) / compared;
}

/** A share as a percentage with one decimal (12.5%), or the placeholder for none. */
export function formatShare(share: number | null, none: string): string {
  return share === null ? none : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export type Segment = 'within' | 'above' | 'below' | 'notApplicable';

export const segments: readonly Segment[] = ['within', 'above', 'below', 'notApplicable'];

/** The bar of one row: each segment's width in percent of the widest row's decisions, so bars compare across rows. */
export function barWidths(count: DiscretionCount, widest: number): Record<Segment, number> {
  const scale = widest > 0 ? 100 / widest : 0;
  return {
    within: count.within * scale, above: count.above * scale, below: count.below * scale, notApplicable: count.notApplicable * scale,
  };
}

/** The label of a row: the violation's benchmark name or the unit's name when known, else the key itself. */
export function rowLabel(key: string | null, names: ReadonlyMap<string, string>, none: string): string {
  return key === null ? none : names.get(key) ?? key;
}
