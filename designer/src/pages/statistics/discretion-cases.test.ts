import { describe, expect, it } from 'vitest';
import {
  bucketCount, caseKeyOf, caseLink, casesQuery, crossTable, type DiscretionCell, formatRange, formatYuan,
} from './discretion-cases';

const cell = (violation: string | null, unit: string | null, within: number, above: number, below = 0, reasoned = 0): DiscretionCell => ({
  violation, unit, decisions: within + above + below, within, above, below, notApplicable: 0, deviationsReasoned: reasoned,
});

const cells = [cell(null, 'A', 1, 0), cell('food-expired', 'A', 2, 1, 0, 1), cell('food-expired', 'B', 0, 0, 3, 2), cell('price-unmarked', 'B', 4, 0)];

describe('discretion case lists', () => {
  it('reads each bucket from a row, deviations as above plus below', () => {
    const row = cells[1];
    expect(bucketCount(row, 'decisions')).toBe(3);
    expect(bucketCount(row, 'above')).toBe(1);
    expect(bucketCount(cells[2], 'deviations')).toBe(3);
    expect(bucketCount(cells[2], 'deviationsReasoned')).toBe(2);
  });

  it('asks the route for the clicked count under the page filters, a row narrowing the violation and its exact unit', () => {
    const filter = { from: '2026-12-01', to: '2026-12-07', unit: '410100-SCJGJ', violation: '' };
    expect(casesQuery(filter, { bucket: 'above' }, 1, 20))
      .toBe('?bucket=above&from=2026-12-01&to=2026-12-07&unit=410100-SCJGJ&page=1&pageSize=20');
    expect(casesQuery(filter, { bucket: 'deviations', violation: 'food-expired', organisation: '410100-SCJGJ-ZFJCC' }, 2, 20))
      .toBe('?bucket=deviations&from=2026-12-01&to=2026-12-07&unit=410100-SCJGJ&violation=food-expired&organisation=410100-SCJGJ-ZFJCC&page=2&pageSize=20');
    // A row without a violation or a unit is asked for as '-' (none), not as "any".
    expect(casesQuery({ ...filter, unit: '' }, { bucket: 'decisions', violation: null, organisation: null }, 1, 20))
      .toBe('?bucket=decisions&from=2026-12-01&to=2026-12-07&violation=-&organisation=-&page=1&pageSize=20');
    // The total line keeps the page's own violation filter.
    expect(casesQuery({ ...filter, violation: 'price-unmarked' }, { bucket: 'within' }, 1, 20)).toContain('violation=price-unmarked');
  });

  it('crosses violations and units from the route cells, and pivots them', () => {
    const table = crossTable(cells, false);
    expect(table.rows).toEqual([null, 'food-expired', 'price-unmarked']);
    expect(table.columns).toEqual(['A', 'B']);
    expect(table.cell('food-expired', 'B')?.decisions).toBe(3);
    expect(table.cell('price-unmarked', 'A')).toBeUndefined();
    expect(table.pair('food-expired', 'B')).toEqual({ violation: 'food-expired', unit: 'B' });

    const pivoted = crossTable(cells, true);
    expect(pivoted.rows).toEqual(['A', 'B']);
    expect(pivoted.columns).toEqual([null, 'food-expired', 'price-unmarked']);
    expect(pivoted.cell('B', 'food-expired')?.below).toBe(3);
    expect(pivoted.cell('A', null)?.within).toBe(1);
    expect(pivoted.pair('B', 'food-expired')).toEqual({ violation: 'food-expired', unit: 'B' });
  });

  it('opens a case in 流程监控 for the admin and in the statistics case view for the other roles', () => {
    expect(caseLink('42', ['admin'])).toBe('/operations/42');
    expect(caseLink('42', ['supervisor'])).toBe('/statistics/discretion/case/42');
    expect(caseKeyOf('/statistics/discretion/case/42')).toBe('42');
    expect(caseKeyOf('/statistics/discretion')).toBeNull();
    expect(caseKeyOf('/statistics/discretion/case/x')).toBeNull();
  });

  it('writes amounts and ranges in yuan', () => {
    expect(formatYuan(2500)).toBe('2,500 元');
    expect(formatYuan(null)).toBe('—');
    expect(formatRange(0, 1500)).toBe('0–1,500 元');
    expect(formatRange(null, null)).toBe('—');
  });
});
