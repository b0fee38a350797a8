import { categoryBadge } from './category-badge';
import type { DiagramShape } from './template-services';
import { TemplatedRenderer } from './templated-renderer';

const catchEventTypes = new Set(['bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent', 'bpmn:StartEvent']);

/** The icon (24×24 outline) scaled to 18 px, centred in the 36 px event circle where the envelope was. */
const iconInCircle = (element: DiagramShape) => `translate(${element.width / 2 - 9} ${element.height / 2 - 9}) scale(0.75)`;

/** Width of the label drawn under an unnamed event (bpmn-js' external labels are 90 px wide too). */
const labelWidth = 90;

/** Draws a message catch event (intermediate, boundary or start) bound to one of our element templates like the
 * activities: bpmn-js' circles with the template category's icon instead of the stock envelope and, when the event has
 * no name, the template's Chinese name under it (an unnamed event has no external label of its own). */
export class MessageEventRenderer extends TemplatedRenderer {
  canRender(element: DiagramShape): boolean {
    return catchEventTypes.has(element.type) && isMessageEvent(element) && this.templateOf(element) !== null;
  }

  drawShape(parentGfx: SVGElement, element: DiagramShape): SVGElement {
    const template = this.templateOf(element)!;
    const shape = this.bpmnRenderer.handlers[element.type](parentGfx, element, { renderIcon: false });
    const group = categoryBadge(template, iconInCircle(element));
    if (!element.businessObject.name) {
      const label = this.textRenderer.createText(template.name,
        { box: { width: labelWidth, height: 30 }, align: 'center-top', padding: 0 });
      label.classList.add('djs-label', 'bpm-activity-label');
      label.setAttribute('transform', `translate(${(element.width - labelWidth) / 2} ${element.height + 6})`);
      group.append(label);
    }
    parentGfx.append(group);
    return shape;
  }
}

function isMessageEvent(element: DiagramShape): boolean {
  return (element.businessObject.eventDefinitions ?? []).some((definition) => definition.$type === 'bpmn:MessageEventDefinition');
}
