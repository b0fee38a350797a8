import { describe, expect, it } from 'vitest';
import { ApiClient } from './api-client';
import { ApiError, toApiError } from './api-error';

const problem = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('toApiError', () => {
  it('maps a rejected deployment to its element problems', () => {
    const error = toApiError(400, 'application/problem+json', JSON.stringify({
      title: 'Deployment rejected', detail: 'The deployment is invalid: 1 problem(s).',
      errors: [{ elementId: 'task_1', message: "no activity is registered for task type 'x'", line: 7, resourceName: 'a.bpmn', elementType: 'serviceTask' }],
    }));
    expect(error.status).toBe(400);
    expect(error.problems).toEqual([{ elementId: 'task_1', message: "no activity is registered for task type 'x'", line: 7, resourceName: 'a.bpmn', elementType: 'serviceTask' }]);
  });

  it('names the field of a bad request in the message', () => {
    const error = toApiError(400, 'application/problem+json', JSON.stringify({ title: 'Invalid request', detail: 'must be 1 or more', field: 'version' }));
    expect(error.field).toBe('version');
    expect(error.userMessage).toBe('字段 version：must be 1 or more');
  });

  it('names the field as the page labels it when the page knows the field', () => {
    const error = toApiError(409, 'application/problem+json', JSON.stringify({ detail: '期限「decision」依法最多可延长 10 日', field: 'days' }));
    expect(error.messageNaming({ days: '延长天数' })).toBe('字段 延长天数：期限「decision」依法最多可延长 10 日');
    expect(error.messageNaming({ reason: '理由' })).toBe('字段 days：期限「decision」依法最多可延长 10 日');
  });

  it('falls back to a Chinese message by status when the body says nothing', () => {
    expect(toApiError(403, null, '').userMessage).toBe('没有权限执行该操作');
    expect(toApiError(500, 'text/html', '<html>').userMessage).toBe('服务器出错，请稍后重试');
    expect(toApiError(404, 'application/json', '{broken').userMessage).toBe('请求的内容不存在');
  });

  it('keeps only well-formed problems', () => {
    const error = toApiError(400, 'application/json', JSON.stringify({ errors: [{ message: 'ok' }, { elementId: 'x' }, 7] }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ elementId: null, message: 'ok' });
  });
});

describe('ApiClient', () => {
  it('sends the bearer token and reads JSON', async () => {
    let seen: Headers | undefined;
    const api = new ApiClient(async (_url, init) => {
      seen = new Headers(init?.headers);
      return new Response(JSON.stringify({ items: [{ bpmnProcessId: 'p', version: 2 }] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    api.setToken('abc');
    const definitions = await api.processDefinitions('p');
    expect(seen?.get('Authorization')).toBe('Bearer abc');
    expect(definitions[0].version).toBe(2);
  });

  it('asks a supervisor for the reason of reading another agency\'s case once, then sends it with every read of that case', async () => {
    const sent: (string | null)[] = [];
    const api = new ApiClient(async (url, init) => {
      const reason = new Headers(init?.headers).get('X-Bpm-Access-Reason');
      sent.push(`${String(url)} ${reason ?? '-'}`);
      return reason
        ? new Response(JSON.stringify({ processInstanceKey: '42' }), { status: 200, headers: { 'Content-Type': 'application/json' } })
        : problem(403, { detail: '须说明调阅理由', rule: 'access-reason' });
    });
    const asked: string[] = [];
    api.setAccessReasonProvider(async (detail) => { asked.push(detail); return '案卷评查'; });

    await api.get('/api/process-instances/42');
    await api.get('/api/process-instances/42/history');

    expect(asked).toEqual(['须说明调阅理由']);
    expect(sent).toEqual([
      '/api/process-instances/42 -',
      `/api/process-instances/42 ${encodeURIComponent('案卷评查')}`,
      `/api/process-instances/42/history ${encodeURIComponent('案卷评查')}`,
    ]);
  });

  it('keeps the refusal when the person gives no reason', async () => {
    const api = new ApiClient(async () => problem(403, { detail: '须说明调阅理由', rule: 'access-reason' }));
    api.setAccessReasonProvider(async () => null);
    const failure = await api.get('/api/user-tasks/7').catch((e: unknown) => e);
    expect((failure as ApiError).rule).toBe('access-reason');
  });

  it('throws an ApiError with the problems of a rejected validation', async () => {
    const api = new ApiClient(async () => problem(400, { title: 'Deployment rejected', detail: 'invalid', errors: [{ elementId: 'a', message: 'bad', line: 1 }] }));
    const failure = await api.validate([{ name: 'p.bpmn', content: '<x/>' }]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problems.map((p) => p.elementId)).toEqual(['a']);
  });

  it('tells the app when the token is no longer accepted', async () => {
    let signedOut = false;
    const api = new ApiClient(async () => problem(401, { title: 'Unauthorized' }), () => { signedOut = true; });
    await expect(api.me()).rejects.toBeInstanceOf(ApiError);
    expect(signedOut).toBe(true);
  });

  it('turns a network failure into status 0', async () => {
    const api = new ApiClient(async () => { throw new TypeError('offline'); });
    const failure = (await api.forms().catch((e: unknown) => e)) as ApiError;
    expect(failure.status).toBe(0);
    expect(failure.userMessage).toBe('无法连接服务器');
  });
});
