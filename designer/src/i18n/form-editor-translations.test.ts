import { describe, expect, it } from 'vitest';
import { translateTree } from './dom-translation';
import { formEditorPatterns, formEditorTranslations } from './form-editor-translations';

describe('form editor translation', () => {
  it('translates palette entries and their tooltips, panel labels and the viewer messages the preview shows', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <button class="fjs-palette-field" title="Create an Image view element"><span>Image view</span></button>
      <button class="fjs-palette-field" title="Create a Text field element"><span>Text field</span></button>
      <input placeholder="Search components">
      <label>Field label</label><span>Field must have maximum length of 20.</span><span>Field is required.</span>
      <span class="canvas">Expression for 'f17'</span>`;
    translateTree(root, formEditorTranslations, formEditorPatterns);
    expect(root.querySelectorAll('button')[0].title).toBe('新建图片');
    expect(root.querySelectorAll('button')[1].textContent).toBe('文本框');
    expect(root.querySelector('input')!.placeholder).toBe('搜索组件');
    expect(root.textContent!.replace(/\s+/g, ' ').trim()).toBe('图片 文本框 字段标签长度不能超过 20 个字符。此项为必填项。 表达式「f17」');
  });
});
