// The bpmn.io packages below ship JavaScript without type declarations; the studio uses them through these minimal shapes.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown;
  export const BpmnPropertiesProviderModule: unknown;
  export const ZeebePropertiesProviderModule: unknown;
}
declare module 'bpmn-js-element-templates' {
  export const CloudElementTemplatesPropertiesProviderModule: unknown;
  /** The plugin's template validator (JSON schema, element types, duplicate ids); errors name their template. */
  export class CloudElementTemplatesValidator {
    constructor(moddle: unknown);
    addAll(templates: unknown[]): this;
    getValidTemplates(): unknown[];
    getErrors(): (Error & { template?: { id?: string } })[];
  }
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const module: unknown;
  export default module;
}
declare module 'bpmn-auto-layout' {
  export function layoutProcess(xml: string): Promise<string>;
}
declare module 'dmn-js/lib/Modeler' {
  /** One view of the open DMN file: the requirements graph, or a decision's table or literal expression. */
  export interface DmnView {
    type: 'drd' | 'decisionTable' | 'literalExpression' | string;
    element: { id: string; name?: string };
  }
  export default class DmnModeler {
    constructor(options: {
      container: HTMLElement;
      drd?: { additionalModules?: unknown[] };
      decisionTable?: { additionalModules?: unknown[] };
      literalExpression?: { additionalModules?: unknown[] };
    });
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    saveXML(options?: { format?: boolean }): Promise<{ xml: string }>;
    getViews(): DmnView[];
    getActiveView(): DmnView | undefined;
    open(view: DmnView): Promise<unknown>;
    on(event: 'views.changed', callback: (event: { views: DmnView[]; activeView: DmnView }) => void): void;
    destroy(): void;
  }
}
declare module 'bpmn-moddle' {
  /** The BPMN meta-model with extension packages (e.g. zeebe), as the template validator reads element types from it. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
  }
}
declare module '@bpmn-io/element-templates-validator' {
  export function getSchemaVersion(): string;
  export function getSchemaPackage(): string;
  export function getZeebeSchemaVersion(): string;
  export function getZeebeSchemaPackage(): string;
  /** Validates one template against the Camunda 8 element template JSON schema. */
  export function validateZeebe(template: unknown): {
    valid: boolean;
    errors?: { message: string; dataPath?: string; instancePath?: string }[];
  };
}
declare module '@bpmn-io/feel-editor' {
  const FeelEditor: unknown;
  export default FeelEditor;
}
