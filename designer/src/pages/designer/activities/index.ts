import { ActivityRenderer } from './activity-renderer';
import { MessageEventRenderer } from './message-event-renderer';
import { TemplateChooserModule } from './template-chooser';
import { TemplatePaletteModule } from './template-palette';
import { TemplateReplaceMenuModule } from './template-replace-menu';

/** Our enforcement activities in the modeler: category icons and labels on the canvas (activities and message catch
 * events), palette entries, the replace menu and the properties panel's template chooser. Needs the element-templates plugin's `elementTemplates`. */
export const ActivitiesModule = {
  __depends__: [TemplatePaletteModule, TemplateReplaceMenuModule, TemplateChooserModule],
  __init__: ['bpmActivityRenderer', 'bpmMessageEventRenderer'],
  bpmActivityRenderer: ['type', ActivityRenderer],
  bpmMessageEventRenderer: ['type', MessageEventRenderer],
};
