import { describe, expect, it } from 'vitest';
import { ApiClient } from './api-client';
import { queryString } from './query-string';
import { WorkApi, type InboxFilter } from './work-api';

function recording(): { api: WorkApi; calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const client = new ApiClient(async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return new Response(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 20 }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  client.setToken('t');
  return { api: new WorkApi(client), calls };
}

const inbox: InboxFilter = { scope: 'mine', sort: 'dueDate', overdue: false, processInstanceKey: '', page: 1 };

describe('query string', () => {
  it('leaves out unset values and encodes the rest', () => {
    expect(queryString({ a: '', b: null, c: undefined, d: false, q: '张 三', page: 2, overdue: true })).toBe('?q=%E5%BC%A0+%E4%B8%89&page=2&overdue=true');
    expect(queryString({ a: '' })).toBe('');
  });
});

describe('work api', () => {
  it('asks the inbox for my tasks, my groups\' tasks, or every open task I may see', async () => {
    const { api, calls } = recording();
    await api.inbox(inbox);
    await api.inbox({ ...inbox, scope: 'groups', page: 3 });
    await api.inbox({ ...inbox, scope: 'all', overdue: true, processInstanceKey: '42', sort: 'priority' });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/user-tasks?assignedToMe=true&sort=dueDate&page=1&pageSize=20',
      '/api/user-tasks?candidateForMe=true&sort=dueDate&page=3&pageSize=20',
      '/api/user-tasks?overdue=true&processInstanceKey=42&sort=priority&page=1&pageSize=20',
    ]);
  });

  it('reads public disclosures without the bearer token', async () => {
    const { api, calls } = recording();
    await api.disclosures({ agency: '', category: 'Penalty', from: '2026-01-01', to: '', q: '食品', page: 1 });
    expect(calls[0].url).toBe('/api/public/disclosures?category=Penalty&from=2026-01-01&q=%E9%A3%9F%E5%93%81&page=1');
    expect(new Headers(calls[0].init.headers).has('Authorization')).toBe(false);
  });

  it('sends an extension with its reason and working days', async () => {
    const { api, calls } = recording();
    await api.extend('7', '当事人申请延期', 5);
    expect(calls[0].url).toBe('/api/escalations/7/extension');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ reason: '当事人申请延期', workingDays: 5 });
  });

  it('hands a delegated task back with the delegate\'s values, takes it back without, and gives a task back with DELETE', async () => {
    const { api, calls } = recording();
    await api.resolve('9', { opinion: '已核对' });
    await api.resolve('9');
    await api.unclaim('9');
    expect(calls.map((c) => [c.init.method, c.url, c.init.body ?? null])).toEqual([
      ['POST', '/api/user-tasks/9/resolution', JSON.stringify({ variables: { opinion: '已核对' } })],
      ['POST', '/api/user-tasks/9/resolution', null],
      ['DELETE', '/api/user-tasks/9/assignee', null],
    ]);
  });

  it('searches people by a role typed by its Chinese name, and by anything else as text', async () => {
    const { api, calls } = recording();
    await api.people({ q: '负责人' });
    await api.people({ q: ' 执法人员 ' });
    await api.people({ q: '执法稽查处' });
    expect(calls.map((c) => c.url)).toEqual(['/api/people?role=head', '/api/people?role=officer', `/api/people?q=${encodeURIComponent('执法稽查处')}`]);
  });

  it('searches people, reads and writes case comments, and marks notifications read', async () => {
    const { api, calls } = recording();
    await api.people({ q: '王强' });
    await api.caseComments('5');
    await api.addCaseComment('5', '同意');
    await api.notifications(true);
    await api.markRead('11');
    expect(calls.map((c) => c.url)).toEqual([
      '/api/people?q=%E7%8E%8B%E5%BC%BA', '/api/process-instances/5/comments', '/api/process-instances/5/comments',
      '/api/me/notifications?unread=true', '/api/me/notifications/11/read',
    ]);
    expect(JSON.parse(String(calls[2].init.body))).toEqual({ text: '同意' });
  });

  it('finds a person by exact username once per page, and null for someone it cannot find', async () => {
    const calls: string[] = [];
    const client = new ApiClient(async (input) => {
      calls.push(String(input));
      const items = [
        { username: 'lina2', displayName: '李娜二', organisationId: null, organisationName: null, roles: [] },
        { username: 'lina', displayName: '李娜', organisationId: 'u', organisationName: '执法检查处', roles: ['officer'] },
      ];
      return new Response(JSON.stringify({ items }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    client.setToken('t');
    const api = new WorkApi(client);
    expect((await api.person('lina'))?.displayName).toBe('李娜');
    expect((await api.person('lina'))?.displayName).toBe('李娜');
    expect(await api.person('nobody')).toBeNull();
    expect(calls).toEqual(['/api/people?q=lina', '/api/people?q=nobody']);
  });
});
