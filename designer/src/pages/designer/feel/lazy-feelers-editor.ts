import { lazyEditorClass, type CodeEditorClass } from './lazy-editor';

/** Loads @bpmn-io/feelers-editor (FEEL templates: markdown, HTML and FEEL inside `{{ }}`). */
export const loadFeelersEditor = (): Promise<CodeEditorClass> =>
  import('@bpmn-io/feelers-editor').then((m) => m.FeelersEditor as unknown as CodeEditorClass);

/** Stands in for @bpmn-io/feelers-editor inside @bpmn-io/properties-panel (a build alias, see vite.config.ts). */
export const FeelersEditor = lazyEditorClass(loadFeelersEditor);
