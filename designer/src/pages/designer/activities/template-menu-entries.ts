import { zh } from '../../../i18n/zh';
import { categoryLabels, categoryOf } from './activity-categories';
import { categoryIconSvg } from './category-icons';
import type { ElementTemplates } from './template-services';

/** Popup menu entries (diagram-js) that apply one of our templates to an element: every template applicable to it
 * except the one it already has, with its category's icon, grouped under 执法活动. */
export function templateMenuEntries(elementTemplates: ElementTemplates, element: unknown): Record<string, unknown> {
  const applied = elementTemplates.get(element)?.id;
  const entries: Record<string, unknown> = {};
  for (const template of elementTemplates.getLatest(element)) {
    if (template.id === applied) continue;
    const category = categoryOf(template);
    entries[`bpm-template.${template.id}`] = {
      label: template.name,
      description: categoryLabels[category],
      search: `${template.name} ${categoryLabels[category]} ${template.id}`,
      imageHtml: categoryIconSvg(category, 18),
      group: { id: 'bpm-activities', name: zh.designer.activities },
      action: () => elementTemplates.applyTemplate(element, template),
    };
  }
  return entries;
}
