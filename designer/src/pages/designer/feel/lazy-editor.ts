/** What the properties panel calls on a FEEL (or FEEL template) editor: @bpmn-io/feel-editor's and
 *  @bpmn-io/feelers-editor's public methods. */
export interface CodeEditor {
  setValue(value: string): void;
  focus(position?: number): void;
  getSelection(): { ranges: readonly { from: number; to: number }[]; mainIndex: number };
  on(event: string, callback: (event: unknown) => void): void;
  off(event: string, callback?: (event: unknown) => void): void;
  setVariables?(variables: unknown): void;
  setEngines?(engines: unknown): void;
  setPlaceholder?(placeholder: string): void;
}

export interface CodeEditorOptions {
  container: HTMLElement;
  value?: string;
  [option: string]: unknown;
}

export type CodeEditorClass = new (options: CodeEditorOptions) => CodeEditor;

/** A class with the editor's API whose instances create the real editor, into the same container with the latest
 *  options, once `load` has fetched its module (the first instance starts the fetch; later ones reuse it). Until then,
 *  values, variables, engines and placeholders are kept as options and other calls wait for the real editor. An
 *  instance whose container left the document before the module arrived (its entry was closed) creates nothing. */
export function lazyEditorClass(load: () => Promise<CodeEditorClass>): CodeEditorClass {
  let loading: Promise<CodeEditorClass> | null = null;
  return class LazyCodeEditor implements CodeEditor {
    private real: CodeEditor | null = null;
    private readonly waiting: ((editor: CodeEditor) => void)[] = [];
    private readonly options: CodeEditorOptions;

    constructor(options: CodeEditorOptions) {
      this.options = { ...options };
      loading ??= load();
      void loading.then((Real) => {
        if (!this.options.container.isConnected) return;
        this.real = new Real(this.options);
        for (const call of this.waiting.splice(0)) call(this.real);
      });
    }

    setValue(value: string): void {
      if (this.real) this.real.setValue(value);
      else this.options.value = value;
    }

    focus(position?: number): void {
      this.whenReal((editor) => editor.focus(position));
    }

    getSelection(): ReturnType<CodeEditor['getSelection']> {
      if (this.real) return this.real.getSelection();
      const end = this.options.value?.length ?? 0;
      return { ranges: [{ from: end, to: end }], mainIndex: 0 };
    }

    on(event: string, callback: (event: unknown) => void): void {
      this.whenReal((editor) => editor.on(event, callback));
    }

    off(event: string, callback?: (event: unknown) => void): void {
      this.whenReal((editor) => editor.off(event, callback));
    }

    setVariables(variables: unknown): void {
      this.setOption('variables', variables, (editor) => editor.setVariables?.(variables));
    }

    setEngines(engines: unknown): void {
      this.setOption('engines', engines, (editor) => editor.setEngines?.(engines));
    }

    setPlaceholder(placeholder: string): void {
      this.setOption('placeholder', placeholder, (editor) => editor.setPlaceholder?.(placeholder));
    }

    private setOption(name: string, value: unknown, forward: (editor: CodeEditor) => void): void {
      if (this.real) forward(this.real);
      else this.options[name] = value;
    }

    private whenReal(call: (editor: CodeEditor) => void): void {
      if (this.real) call(this.real);
      else this.waiting.push(call);
    }
  };
}
