import { modelerTranslations } from './modeler-translations';

const normalisedTables = new WeakMap<Record<string, string>, Map<string, string>>();

// The properties panel's header names element types from their class name ("Timer Intermediate Catch Event",
// "Escalation Boundary Event (Non Interrupting)"): matched against the menu spellings ignoring case and hyphens.
const normalise = (text: string) => text.toLowerCase().replace(/-/g, ' ');

function lookUp(template: string, table: Record<string, string>): string | undefined {
  if (template in table) return table[template];
  let normalised = normalisedTables.get(table);
  if (!normalised) {
    normalised = new Map(Object.entries(table).map(([english, chinese]) => [normalise(english), chinese]));
    normalisedTables.set(table, normalised);
  }
  return normalised.get(normalise(template));
}

/** bpmn-js' translate contract: look the template up, then fill {placeholders}. Unknown texts pass through. */
export function translate(template: string, replacements: Record<string, unknown> = {}, table: Record<string, string> = modelerTranslations): string {
  const text = lookUp(template, table) ?? template;
  return text.replace(/{([^}]+)}/g, (whole, key: string) => (key in replacements ? String(replacements[key]) : whole));
}

/** The module that replaces bpmn-js' (and the properties panel's) translate service. */
export const ChineseTranslateModule = {
  translate: ['value', translate],
};
