import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { serverProblems } from './server-problems';

const files = [{ name: 'p.bpmn', content: '<x/>' }];
const problem = { elementId: 'gw', message: '排他网关缺少默认流', line: 3, resourceName: 'p.bpmn', elementType: 'exclusiveGateway' };

describe('serverProblems', () => {
  it('is empty when the validator accepts the model', async () => {
    expect(await serverProblems({ validate: async () => ({}) as never }, files)).toEqual([]);
  });

  it('is the problems the validator names', async () => {
    const api = { validate: async () => { throw new ApiError(400, '校验失败', '', null, [problem]); } };
    expect(await serverProblems(api, files)).toEqual([problem]);
  });

  it('is one unplaced problem when the model is refused without naming an element', async () => {
    const api = { validate: async () => { throw new ApiError(400, '校验失败', '文件不是有效的 BPMN'); } };
    expect(await serverProblems(api, files)).toEqual([{ elementId: null, message: '文件不是有效的 BPMN', line: null, resourceName: null, elementType: null }]);
  });

  it('is null when the request failed for a reason that says nothing about the model', async () => {
    expect(await serverProblems({ validate: async () => { throw new ApiError(503, '不可用', ''); } }, files)).toBeNull();
    expect(await serverProblems({ validate: async () => { throw new TypeError('Failed to fetch'); } }, files)).toBeNull();
  });
});
