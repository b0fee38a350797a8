import { describe, expect, it } from 'vitest';
import { byCategory, type StartableProcess } from './start-api';

const process = (id: string, category: string | null): StartableProcess =>
  ({ processDefinitionKey: id, bpmnProcessId: id, version: 1, name: id, category, startFormId: null });

describe('byCategory', () => {
  it('groups by category in order and puts processes without one under the fallback', () => {
    const groups = byCategory([process('a', '行政处罚'), process('b', null), process('c', '行政处罚')], '其他');
    expect([...groups.keys()]).toEqual(['行政处罚', '其他']);
    expect(groups.get('行政处罚')!.map((p) => p.bpmnProcessId)).toEqual(['a', 'c']);
    expect(groups.get('其他')!.map((p) => p.bpmnProcessId)).toEqual(['b']);
  });
});
