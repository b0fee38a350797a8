import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import type { ValidationResult } from '../../../api/types';
import { serverProblems } from './server-problems';

const files = [{ name: 'p.bpmn', content: '<x/>' }];
const problem = { elementId: 'gw', message: '排他网关缺少默认流', line: 3, resourceName: 'p.bpmn', elementType: 'exclusiveGateway' };
const report = (errors: ValidationResult['errors']) => ({ validationReport: async () => ({ valid: errors.length === 0, processes: [], errors }) });

describe('serverProblems', () => {
  it('is empty when the validator accepts the model', async () => {
    expect(await serverProblems(report([]), files)).toEqual([]);
  });

  it('is the problems the validator reports', async () => {
    expect(await serverProblems(report([problem]), files)).toEqual([problem]);
  });

  it('is one unplaced problem when the upload is refused without naming an element', async () => {
    const api = { validationReport: async () => { throw new ApiError(400, '请求无效', '请以 multipart/form-data 上传文件'); } };
    expect(await serverProblems(api, files)).toEqual([{ elementId: null, message: '请以 multipart/form-data 上传文件', line: null, resourceName: null, elementType: null }]);
  });

  it('is null when the request failed for a reason that says nothing about the model', async () => {
    expect(await serverProblems({ validationReport: async () => { throw new ApiError(503, '不可用', ''); } }, files)).toBeNull();
    expect(await serverProblems({ validationReport: async () => { throw new TypeError('Failed to fetch'); } }, files)).toBeNull();
  });
});
