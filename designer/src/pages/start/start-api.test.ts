import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/api-client';
import { byCategory, StartApi, type StartableProcess } from './start-api';

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

describe('firstOwnTask', () => {
  /** A server whose open tasks of the case are `open`, and whose candidateForMe answer is `candidate`. */
  function server(open: { userTaskKey: string; assignee: string | null }[], candidate: string[]): { start: StartApi; urls: string[] } {
    const urls: string[] = [];
    const client = new ApiClient(async (input) => {
      const url = String(input);
      urls.push(url);
      const items = url.includes('candidateForMe=true') ? candidate.map((userTaskKey) => ({ userTaskKey, assignee: null })) : open;
      return new Response(JSON.stringify({ items }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    client.setToken('t');
    return { start: new StartApi(client), urls };
  }

  it('opens the task assigned to the starter', async () => {
    const { start } = server([{ userTaskKey: '1', assignee: 'lina' }, { userTaskKey: '2', assignee: 'zhangwei' }], []);
    expect(await start.firstOwnTask('9', 'zhangwei')).toBe('2');
  });

  it('opens a group task the starter may claim, such as 案源登记', async () => {
    const { start, urls } = server([{ userTaskKey: '3', assignee: null }], ['3']);
    expect(await start.firstOwnTask('9', 'zhangwei')).toBe('3');
    expect(urls.at(-1)).toContain('processInstanceKey=9&candidateForMe=true');
  });

  it('opens nothing when the next step is someone else\'s', async () => {
    expect(await server([{ userTaskKey: '4', assignee: null }], []).start.firstOwnTask('9', 'zhangwei')).toBeNull();
    const assignedElsewhere = server([{ userTaskKey: '5', assignee: 'lina' }], ['5']);
    expect(await assignedElsewhere.start.firstOwnTask('9', 'zhangwei')).toBeNull();
    expect(assignedElsewhere.urls).toHaveLength(1);
  });
});

describe('start', () => {
  function answering(body: unknown): StartApi {
    const client = new ApiClient(async () => new Response(JSON.stringify(body), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    client.setToken('t');
    return new StartApi(client);
  }

  it('keeps the case number the start answer carries, for a starter who sees none of the case tasks', async () => {
    const started = await answering({ processInstanceKey: '9', caseNumber: '金市监罚〔2026〕17号' }).start(process('p', null), {});
    expect(started).toEqual({ processInstanceKey: '9', caseNumber: '金市监罚〔2026〕17号' });
  });

  it('has no case number when none was issued yet', async () => {
    expect((await answering({ processInstanceKey: '9' }).start(process('p', null), {})).caseNumber).toBeNull();
  });
});
