import type { CategorizedTemplate } from './activity-categories';

/** An element template as the bpmn-js element-templates plugin holds it. */
export interface ElementTemplate extends CategorizedTemplate {
  version?: number;
  icon?: { contents: string };
  appliesTo?: string[];
}

/** The plugin's `elementTemplates` service (cloud flavour), as far as the studio uses it. */
export interface ElementTemplates {
  /** The template applied to an element (its zeebe:modelerTemplate and version), if known. */
  get(element: unknown): ElementTemplate | null;
  /** The latest version of every template, or of those applicable to an element. */
  getLatest(element?: unknown): ElementTemplate[];
  createElement(template: ElementTemplate): unknown;
  applyTemplate(element: unknown, template: ElementTemplate): unknown;
}

export interface EventBus {
  on(event: string, callback: (event: { element?: unknown }) => void): void;
  on(event: string, priority: number, callback: (event: { element?: unknown }) => void): void;
}

/** A diagram element (shape) as diagram-js passes it around. */
export interface DiagramShape {
  id: string;
  type: string;
  width: number;
  height: number;
  x: number;
  y: number;
  businessObject: { name?: string; eventDefinitions?: { $type: string }[]; get(name: string): unknown };
}

/** bpmn-js' own renderer, whose per-type handlers ours draw the plain shape with. */
export interface BpmnRenderer {
  handlers: Record<string, (parent: SVGElement, element: DiagramShape, attrs?: object) => SVGElement>;
  getShapePath(element: DiagramShape): string;
}

/** diagram-js' text renderer (the diagram's font and line breaking). */
export interface TextRenderer {
  createText(text: string, options: { box: { width: number; height: number }; align: string; padding: number }): SVGElement;
}
