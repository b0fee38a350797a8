import { categoryLabels, categoryOf } from './activity-categories';
import { categoryColors, categoryPath } from './category-icons';
import type { ElementTemplate } from './template-services';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** The canvas mark of an element bound to one of our templates: a group carrying data-category and data-template (for
 * tests and styling), a tooltip 类别：模板名 and the category's outline, placed by `iconTransform`. */
export function categoryBadge(template: ElementTemplate, iconTransform: string): SVGGElement {
  const category = categoryOf(template);
  const group = document.createElementNS(svgNamespace, 'g');
  group.setAttribute('class', 'bpm-activity');
  group.setAttribute('data-category', category);
  group.setAttribute('data-template', template.id);
  const title = document.createElementNS(svgNamespace, 'title');
  title.textContent = `${categoryLabels[category]}：${template.name}`;
  const icon = document.createElementNS(svgNamespace, 'path');
  icon.setAttribute('d', categoryPath(category));
  icon.setAttribute('transform', iconTransform);
  icon.setAttribute('style', `fill: none; stroke: ${categoryColors[category]}; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round`);
  group.append(title, icon);
  return group;
}
