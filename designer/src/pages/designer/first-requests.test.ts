import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../api/api-client';
import { startDesignerRequests, takeDesignerRequests } from './first-requests';

/** An API client counting the designer's first requests. */
function countingApi() {
  const asked: string[] = [];
  const api = {
    elementTemplates: () => { asked.push('templates'); return Promise.resolve([]); },
    forms: () => { asked.push('forms'); return Promise.resolve([]); },
    processDefinitions: () => { asked.push('definitions'); return Promise.reject(new Error('offline')); },
  } as unknown as ApiClient;
  return { api, asked };
}

describe('designer first requests', () => {
  it('hands the page the requests the router started, once', async () => {
    const { api, asked } = countingApi();
    startDesignerRequests(api);
    expect(asked).toEqual(['templates', 'forms', 'definitions']);

    const taken = takeDesignerRequests(api);
    expect(asked).toHaveLength(3);
    await expect(taken.definitions).rejects.toThrow('offline');

    takeDesignerRequests(api);
    expect(asked).toHaveLength(6);
  });

  it('asks anew for another API client (a new sign-in)', () => {
    const first = countingApi();
    const second = countingApi();
    startDesignerRequests(first.api);
    takeDesignerRequests(second.api);
    expect(second.asked).toEqual(['templates', 'forms', 'definitions']);
  });
});
