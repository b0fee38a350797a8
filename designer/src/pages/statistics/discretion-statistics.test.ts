import { describe, expect, it } from 'vitest';
import { barWidths, deviationShare, type DiscretionCount, formatShare, rowLabel, sumRows } from './discretion-statistics';

const count = (key: string | null, within: number, above: number, below: number, notApplicable: number, reasoned = 0): DiscretionCount => ({
  key, decisions: within + above + below + notApplicable, within, above, below, notApplicable, deviationsReasoned: reasoned,
});

const byViolation = [count(null, 0, 0, 0, 2), count('price-unmarked', 1, 1, 1, 1, 1), count('food-expired', 3, 0, 1, 0, 1)];

describe('discretion statistics view', () => {
  it('sums the rows shown into the total line', () => {
    expect(sumRows(byViolation)).toEqual({ key: null, decisions: 10, within: 4, above: 1, below: 2, notApplicable: 3, deviationsReasoned: 2 });
    expect(sumRows([]).decisions).toBe(0);
  });

  it('counts the deviations among the decisions that had a range, leaving the not applicable ones out', () => {
    expect(deviationShare(byViolation[1])).toBeCloseTo(2 / 3);
    expect(deviationShare(byViolation[2])).toBeCloseTo(1 / 4);
    expect(deviationShare(byViolation[0])).toBeNull();
    expect(formatShare(2 / 3, '—')).toBe('66.7%');
    expect(formatShare(0, '—')).toBe('0.0%');
    expect(formatShare(null, '—')).toBe('—');
  });

  it('draws bars relative to the row with most decisions', () => {
    expect(barWidths(byViolation[2], 4)).toEqual({ within: 75, above: 0, below: 25, notApplicable: 0 });
    expect(barWidths(byViolation[0], 4)).toEqual({ within: 0, above: 0, below: 0, notApplicable: 50 });
    expect(barWidths(count('x', 0, 0, 0, 0), 0)).toEqual({ within: 0, above: 0, below: 0, notApplicable: 0 });
  });

  it('names a row by its benchmark when known, by its key otherwise, and says when none was chosen', () => {
    const names = new Map([['food-expired', '销售超过保质期的食品']]);
    expect(rowLabel('food-expired', names, '未选择违法行为')).toBe('销售超过保质期的食品');
    expect(rowLabel('price-unmarked', names, '未选择违法行为')).toBe('price-unmarked');
    expect(rowLabel(null, names, '未选择违法行为')).toBe('未选择违法行为');
  });
});
