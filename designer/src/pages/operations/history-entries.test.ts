import { describe, expect, it } from 'vitest';
import { historyLines } from './history-entries';

const at = '2026-12-07T02:00:00Z';
const names = new Map([['review', '法制审核'], ['major', '是否重大']]);

describe('historyLines', () => {
  it('shows every variable entry the engine journalled, each with its whole value', () => {
    const long = '当事人'.repeat(100);
    const lines = historyLines([
      { event: 'VARIABLE_SET', at, name: 'opinion', value: long, scopeKey: '1' },
      { event: 'VARIABLE_SET', at, name: 'n', value: 1 }, { event: 'VARIABLE_SET', at, name: 'n', value: 2 },
    ], names);
    expect(lines.map((l) => `${l.subject}=${l.value}`)).toEqual([`opinion=${long}`, 'n=1', 'n=2']);
    expect(lines[0].label).toBe('变量变更');
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
