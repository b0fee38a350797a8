import { describe, expect, it } from 'vitest';
import { deadlineBadge, formatChinaTime } from './deadline-badge';

describe('deadline badge', () => {
  it('maps each deadline state to its colour and Chinese label', () => {
    const due = { dueDate: '2026-05-01T09:00:00Z', warningAt: '2026-04-30T09:00:00Z' };
    expect(deadlineBadge({ ...due, state: 'overdue' })).toEqual({ kind: 'overdue', label: '已逾期' });
    expect(deadlineBadge({ ...due, state: 'warning' })).toEqual({ kind: 'warning', label: '即将到期' });
    expect(deadlineBadge({ ...due, state: 'onTime' })).toEqual({ kind: 'on-time', label: '正常' });
    expect(deadlineBadge(null).kind).toBe('none');
  });

  it('shows instants in China time', () => {
    expect(formatChinaTime('2026-05-01T16:30:00Z')).toBe('2026-05-02 00:30');
    expect(formatChinaTime(null)).toBe('—');
  });
});
