import { ActivityRenderer } from './activity-renderer';
import { TemplateChooserModule } from './template-chooser';
import { TemplatePaletteModule } from './template-palette';
import { TemplateReplaceMenuModule } from './template-replace-menu';

/** Our enforcement activities in the modeler: category icons and labels on the canvas, palette entries, the replace
 * menu and the properties panel's template chooser. Needs the element-templates plugin's `elementTemplates`. */
export const ActivitiesModule = {
  __depends__: [TemplatePaletteModule, TemplateReplaceMenuModule, TemplateChooserModule],
  __init__: ['bpmActivityRenderer'],
  bpmActivityRenderer: ['type', ActivityRenderer],
};
