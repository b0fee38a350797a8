import { categoryBadge } from './category-badge';
import type { DiagramShape } from './template-services';
import { TemplatedRenderer } from './templated-renderer';

const taskTypes = new Set(['bpmn:ServiceTask', 'bpmn:SendTask']);

/** Draws a service or send task bound to one of our element templates as a task with its category's icon (instead of
 * the gear every activity had) and, when the element has no name, the template's Chinese name as its label. The icon
 * group carries data-category and data-template for tests and styling. */
export class ActivityRenderer extends TemplatedRenderer {
  canRender(element: DiagramShape): boolean {
    return taskTypes.has(element.type) && this.templateOf(element) !== null;
  }

  drawShape(parentGfx: SVGElement, element: DiagramShape): SVGElement {
    const template = this.templateOf(element)!;
    const shape = this.bpmnRenderer.handlers['bpmn:Task'](parentGfx, element);
    const group = categoryBadge(template, 'translate(6 6) scale(0.75)');
    if (!element.businessObject.name) {
      const label = this.textRenderer.createText(template.name, { box: element, align: 'center-middle', padding: 5 });
      label.classList.add('djs-label', 'bpm-activity-label');
      group.append(label);
    }
    parentGfx.append(group);
    return shape;
  }
}
