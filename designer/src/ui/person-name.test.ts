import { describe, expect, it } from 'vitest';
import type { PersonChoice } from '../api/work-types';
import { personName } from './person-name';

const zhangwei: PersonChoice = { username: 'zhangwei', displayName: '张伟', organisationId: '410100-SCJGJ-ZFJCC', organisationName: '执法检查处', roles: ['officer'] };
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('person name', () => {
  it('names a person by the Chinese name, with the unit and the username after it as secondary text', async () => {
    const element = personName('zhangwei', async (u) => (u === 'zhangwei' ? zhangwei : null));
    await settled();
    expect(element.textContent).toBe('张伟（执法检查处 · zhangwei）');
    expect(element.firstChild?.textContent).toBe('张伟');
    expect(element.querySelector('.person-secondary')?.textContent).toBe('（执法检查处 · zhangwei）');
    expect(element.title).toBe('zhangwei');
  });

  it('keeps the username for someone the directory does not know, and the empty text for nobody', async () => {
    const unknown = personName('system:demo-seed', async () => null);
    await settled();
    expect(unknown.textContent).toBe('system:demo-seed');
    expect(personName(null, async () => zhangwei, '未分配').textContent).toBe('未分配');
  });
});
