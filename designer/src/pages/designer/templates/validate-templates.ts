import { validateZeebe } from '@bpmn-io/element-templates-validator';

/** A template refused by the check, and why. */
export interface TemplateProblem {
  templateId: string | null;
  message: string;
}

/** The verdict on a template list: the positions of the templates to drop and the problems to report. */
export interface TemplateVerdict {
  invalid: number[];
  problems: TemplateProblem[];
}

interface Template {
  id?: string;
  version?: number;
  $schema?: string;
}

/** Checks the templates as bpmn-js-element-templates does when it loads them: a `$schema`, an id and version used
 *  once, and the Camunda 8 element template JSON schema (`@bpmn-io/element-templates-validator`, the plugin's own
 *  validator). The plugin's module needs a document, so the worker (template-validation.worker.ts) runs these checks. */
export function validateTemplates(templates: readonly Template[]): TemplateVerdict {
  const invalid: number[] = [];
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  templates.forEach((template, index) => {
    const messages = problemsOf(template, seen);
    if (messages.length === 0) return;
    invalid.push(index);
    problems.push(...messages.map((message) => ({ templateId: template.id ?? null, message })));
  });
  return { invalid, problems };
}

function problemsOf(template: Template, seen: Set<string>): string[] {
  if (!template.$schema) return ['missing $schema attribute.'];
  const key = `${template.id}@${template.version ?? '_'}`;
  if (seen.has(key)) return [`template id <${template.id}> and version <${template.version ?? '_'}> already used`];
  const { valid, errors } = validateZeebe(template);
  if (!valid) return (errors ?? []).map((error) => `${error.dataPath ?? error.instancePath ?? ''} ${error.message}`.trim());
  seen.add(key);
  return [];
}
