import { expect, it } from 'vitest';
import { discretionStatisticsPage } from './discretion-page';

const count = { key: 'price-unmarked', decisions: 3, within: 1, above: 2, below: 0, notApplicable: 0, deviationsReasoned: 1 };
const answer = {
  from: null, to: null, total: { ...count, key: null }, byViolation: [count], byUnit: [{ ...count, key: 'U' }],
  byViolationAndUnit: [{ ...count, violation: 'price-unmarked', unit: 'U' }],
};
const list = { bucket: 'above', items: [], total: 0, hidden: 2, page: 1, pageSize: 20 };

it('draws the route cells, and a clicked count asks the route for its cases', async () => {
  const asked: string[] = [];
  const api = { get: async (path: string) => { asked.push(path); return path.includes('/cases') ? list : answer; }, decisionDefinitions: async () => [] };
  const container = document.createElement('div');
  await discretionStatisticsPage(container, { api: api as never, session: { user: { roles: ['head'], username: 'h' } } as never, navigate: () => {} });

  const cell = container.querySelector('[data-testid=by-violation-and-unit] td[data-violation=price-unmarked][data-unit=U]');
  expect(cell?.textContent).toBe('3');
  const above = container.querySelector<HTMLAnchorElement>('[data-testid=by-unit] tr[data-key=U] [data-field=above] a');
  expect(above?.dataset.bucket).toBe('above');
  above!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(asked.at(-1)).toBe('/api/statistics/discretion/cases?bucket=above&organisation=U&page=1&pageSize=20');
  expect(container.querySelector('[data-testid=discretion-cases-hidden]')?.textContent).toContain('2');
});
