import { describe, expect, it } from 'vitest';
import { lazyEditorClass, type CodeEditor, type CodeEditorOptions } from './lazy-editor';

/** A recording editor standing for @bpmn-io/feel-editor. */
function recordingEditor() {
  const created: { options: CodeEditorOptions; calls: string[] }[] = [];
  class Recording implements CodeEditor {
    readonly calls: string[] = [];
    constructor(options: CodeEditorOptions) {
      created.push({ options: { ...options }, calls: this.calls });
    }
    setValue(value: string) { this.calls.push(`setValue ${value}`); }
    focus(position?: number) { this.calls.push(`focus ${position}`); }
    getSelection() { return { ranges: [{ from: 1, to: 2 }], mainIndex: 0 }; }
    on(event: string) { this.calls.push(`on ${event}`); }
    off(event: string) { this.calls.push(`off ${event}`); }
    setVariables() { this.calls.push('setVariables'); }
  }
  let release!: () => void;
  const loaded = new Promise<void>((resolve) => { release = resolve; });
  let loads = 0;
  const Lazy = lazyEditorClass(async () => { loads++; await loaded; return Recording; });
  return { Lazy, created, release, loads: () => loads };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazy FEEL editor', () => {
  it('creates the real editor once its module is loaded, with the latest options, and replays the waiting calls', async () => {
    const { Lazy, created, release, loads } = recordingEditor();
    const container = document.body.appendChild(document.createElement('div'));
    const editor = new Lazy({ container, value: 'a', placeholder: 'old' });
    editor.setValue('a > 1');
    editor.setPlaceholder?.('new');
    editor.setVariables?.([{ name: 'x' }]);
    editor.focus(3);
    expect(editor.getSelection().ranges[0]).toEqual({ from: 5, to: 5 });
    expect(created).toHaveLength(0);

    release();
    await flush();
    expect(created).toHaveLength(1);
    expect(created[0].options).toMatchObject({ container, value: 'a > 1', placeholder: 'new', variables: [{ name: 'x' }] });
    expect(created[0].calls).toEqual(['focus 3']);

    editor.setValue('b');
    expect(created[0].calls).toEqual(['focus 3', 'setValue b']);
    expect(editor.getSelection().ranges[0]).toEqual({ from: 1, to: 2 });
    new Lazy({ container });
    await flush();
    expect(loads()).toBe(1);
  });

  it('creates nothing when the field was closed before the module arrived', async () => {
    const { Lazy, created, release } = recordingEditor();
    const container = document.body.appendChild(document.createElement('div'));
    new Lazy({ container });
    container.remove();
    release();
    await flush();
    expect(created).toHaveLength(0);
  });
});
