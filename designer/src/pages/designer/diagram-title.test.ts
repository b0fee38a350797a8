import { describe, expect, it } from 'vitest';
import { showDiagramTitle, titledProcessOf } from './diagram-title';

const process = (p: { id?: string; name?: string; isExecutable?: boolean }) => ({ $type: 'bpmn:Process', ...p });

describe('titledProcessOf', () => {
  it('names the executable process, not a library process before it, nor a collaboration', () => {
    const definitions = { rootElements: [{ $type: 'bpmn:Collaboration', id: 'c', name: '协作' }, process({ id: 'lib', name: '库' }),
      process({ id: 'main', name: '简易程序处罚', isExecutable: true })] };
    expect(titledProcessOf(definitions)).toEqual({ id: 'main', name: '简易程序处罚' });
  });

  it('has no name when the process has none or only spaces (the title then shows its id)', () => {
    expect(titledProcessOf({ rootElements: [process({ id: 'main', isExecutable: true })] }).name).toBeNull();
    expect(titledProcessOf({ rootElements: [process({ id: 'main', name: '  ', isExecutable: true })] }).name).toBeNull();
  });
});

describe('showDiagramTitle', () => {
  it('adds 未保存 to the title and ● to the browser tab only while there are unsaved edits', () => {
    const element = document.createElement('span');
    showDiagramTitle(element, { id: 'p', name: '行政许可' }, 3, true);
    expect(element.textContent).toBe('行政许可 · 版本 3 · 未保存');
    expect(document.title.startsWith('● 行政许可')).toBe(true);
    showDiagramTitle(element, { id: 'p', name: '行政许可' }, 3, false);
    expect(element.textContent).toBe('行政许可 · 版本 3');
    expect(document.title.startsWith('行政许可')).toBe(true);
    expect(element.title).toBe('p');
  });

  it('reads 未命名流程 when the model names no process at all', () => {
    const element = document.createElement('span');
    showDiagramTitle(element, { id: null, name: null }, null);
    expect(element.textContent).toBe('未命名流程');
  });
});
