import { describe, expect, it } from 'vitest';
import { keepTranslated, translateTree } from './dom-translation';

const table = { 'Toggle section': '展开/收起分组', 'Select a template': '选择模板' };

describe('translating rendered texts', () => {
  it('translates known texts, tooltips and counted list titles, and leaves the rest', () => {
    const root = document.createElement('div');
    root.innerHTML = '<button title="Toggle section">x</button><span> Select a template </span><span>order-items</span>'
      + '<button title="List contains 3 items"></button>';
    translateTree(root, table);
    expect(root.querySelector('button')!.getAttribute('title')).toBe('展开/收起分组');
    expect(root.querySelectorAll('span')[0].textContent).toBe(' 选择模板 ');
    expect(root.querySelectorAll('span')[1].textContent).toBe('order-items');
    expect(root.querySelectorAll('button')[1].getAttribute('title')).toBe('列表包含 3 项');
  });

  it('keeps translating what is added or changed later without rewriting unchanged texts, until stopped', async () => {
    const root = document.createElement('div');
    const stop = keepTranslated(root, table);
    const added = document.createElement('button');
    added.title = 'Toggle section';
    root.append(added);
    await Promise.resolve();
    expect(added.title).toBe('展开/收起分组');
    added.title = 'Select a template';
    await Promise.resolve();
    expect(added.title).toBe('选择模板');
    const id = document.createElement('span');
    id.textContent = 'ID';
    root.append(id);
    await Promise.resolve();
    const records: MutationRecord[] = [];
    const watcher = new MutationObserver((r) => records.push(...r));
    watcher.observe(id, { characterData: true, subtree: true });
    translateTree(id, { ID: 'ID' });
    await Promise.resolve();
    expect(records).toEqual([]);
    watcher.disconnect();
    stop();
    added.title = 'Toggle section';
    await Promise.resolve();
    expect(added.title).toBe('Toggle section');
  });
});
