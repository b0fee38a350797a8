import { lazyEditorClass, type CodeEditorClass } from './lazy-editor';

/** Loads @bpmn-io/feel-editor (the FEEL language, its built-ins' documentation, linting and completion). */
export const loadFeelEditor = (): Promise<CodeEditorClass> =>
  import('@bpmn-io/feel-editor').then((m) => m.default as unknown as CodeEditorClass);

/** Stands in for @bpmn-io/feel-editor inside @bpmn-io/properties-panel (a build alias, see vite.config.ts): the panel's
 *  FEEL fields load the editor when the first one is shown, not with the designer's first view. */
const FeelEditor = lazyEditorClass(loadFeelEditor);
export default FeelEditor;
