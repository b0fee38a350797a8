import { describe, expect, it } from 'vitest';
import type { InstanceHistoryEntry } from '../../api/work-types';
import { historyLines } from './history-entries';

const at = '2026-12-07T02:00:00Z';
const names = new Map([['review', '法制审核'], ['major', '是否重大']]);

describe('historyLines', () => {
  it('shows a variable written twice in one step once, with its whole value', () => {
    const long = '当事人'.repeat(100);
    const history: InstanceHistoryEntry[] = [
      { event: 'VARIABLE_SET', at, name: 'opinion', value: long, scopeKey: '7' },
      { event: 'VARIABLE_SET', at, name: 'opinion', value: long, scopeKey: '1' },
      { event: 'VARIABLE_SET', at, name: 'amount', value: 1 },
    ];
    const lines = historyLines(history, names);
    expect(lines.map((l) => l.subject)).toEqual(['opinion', 'amount']);
    expect(lines[0].value).toBe(long);
    expect(lines[0].label).toBe('变量变更');
  });

  it('keeps two different values of one variable in one step', () => {
    const lines = historyLines([
      { event: 'VARIABLE_SET', at, name: 'n', value: 1 }, { event: 'VARIABLE_SET', at, name: 'n', value: 2 },
    ], names);
    expect(lines).toHaveLength(2);
  });

  it('names elements and labels events in Chinese, leaving sequence flows out', () => {
    const lines = historyLines([
      { event: 'ACTIVATED', at, elementId: 'review', elementType: 'userTask' },
      { event: 'COMPLETED', at, elementId: 'f1', elementType: 'SEQUENCE_FLOW' },
      { event: 'INCIDENT_CREATED', at, elementId: 'major', elementType: 'exclusiveGateway' },
      { event: 'VARIABLE_SET', at, name: 'amount', value: 3000, by: 'admin', reason: '录入错误' },
    ], names);
    expect(lines.map((l) => `${l.label}：${l.subject}`)).toEqual(['开始：法制审核', '出现故障：是否重大', '变量变更：amount']);
    expect(lines[2]).toMatchObject({ value: '3000', by: 'admin', reason: '录入错误' });
  });
});
