import { modelerTranslations } from './modeler-translations';

/** bpmn-js' translate contract: look the template up, then fill {placeholders}. Unknown texts pass through. */
export function translate(template: string, replacements: Record<string, unknown> = {}, table: Record<string, string> = modelerTranslations): string {
  const text = table[template] ?? template;
  return text.replace(/{([^}]+)}/g, (whole, key: string) => (key in replacements ? String(replacements[key]) : whole));
}

/** The module that replaces bpmn-js' (and the properties panel's) translate service. */
export const ChineseTranslateModule = {
  translate: ['value', translate],
};
