import { dmnTranslations } from './dmn-translations';
import { translate } from './translate';

/** The module that replaces dmn-js' translate service (decision table, DRD and literal expression editors). */
export const ChineseDmnTranslateModule = {
  translate: ['value', (template: string, replacements: Record<string, unknown> = {}) => translate(template, replacements, dmnTranslations)],
};
