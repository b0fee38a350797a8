import { afterPaint } from '../view/after-paint';
import type { TemplateVerdict } from './validate-templates';

interface ElementTemplates {
  set(templates: unknown[]): void;
}
interface EventBus {
  on(event: string, callback: () => void): void;
  fire(event: string, payload: unknown): void;
}
type Template = { id?: string };
/** Runs the check and answers its verdict (a worker in the browser; injectable for tests). */
export type TemplateCheck = (templates: Template[]) => Promise<TemplateVerdict>;

/** Checks the templates in a worker thread, started once the modeler's first view is painted. */
export const checkInWorker: TemplateCheck = (templates) => afterPaint().then(() => new Promise((resolve, reject) => {
  const worker = new Worker(new URL('./template-validation.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<TemplateVerdict>) => {
    worker.terminate();
    resolve(event.data);
  };
  worker.onerror = (event) => {
    worker.terminate();
    reject(new Error(event.message));
  };
  worker.postMessage(templates);
}));

/** Replaces the element-templates plugin's loader, which validates every template against the plugin's JSON schema
 *  before the modeler is usable (the largest part of the designer's first load): the server's templates are used at
 *  once, the same validation runs in a worker, and a template it refuses is then dropped and reported as the plugin
 *  would (`elementTemplates.errors`, and on the console). */
export class DeferredValidationLoader {
  static $inject = ['config.elementTemplates', 'eventBus', 'elementTemplates'];

  constructor(private readonly templates: Template[] | undefined, private readonly eventBus: EventBus,
    private readonly elementTemplates: ElementTemplates, private readonly check: TemplateCheck = checkInWorker) {
    eventBus.on('diagram.init', () => this.reload());
  }

  reload(): void {
    if (this.templates) void this.setTemplates(this.templates);
  }

  async setTemplates(templates: Template[]): Promise<void> {
    this.elementTemplates.set(templates);
    let verdict: TemplateVerdict;
    try {
      verdict = await this.check(templates);
    } catch (e) {
      console.error(`element templates not checked: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (verdict.problems.length === 0 && verdict.invalid.length === 0) return;
    const invalid = new Set(verdict.invalid);
    this.elementTemplates.set(templates.filter((_, index) => !invalid.has(index)));
    const errors = verdict.problems.map((problem) => new Error(`template ${problem.templateId ?? '?'}: ${problem.message}`));
    for (const error of errors) console.error(error.message);
    this.eventBus.fire('elementTemplates.errors', { errors });
  }
}

/** Registered after the element-templates module, so this loader is the one the modeler uses. */
export const DeferredTemplateValidationModule = {
  __init__: ['elementTemplatesLoader'],
  elementTemplatesLoader: ['type', DeferredValidationLoader],
};
