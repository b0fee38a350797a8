import { describe, expect, it, vi } from 'vitest';
import type { TemplateVerdict } from './validate-templates';
import { DeferredValidationLoader } from './deferred-template-validation';

function setUp(verdict: Promise<TemplateVerdict>) {
  const listeners: Record<string, () => void> = {};
  const eventBus = { on: (event: string, callback: () => void) => { listeners[event] = callback; }, fire: vi.fn() };
  const sets: unknown[][] = [];
  const elementTemplates = { set: (templates: unknown[]) => { sets.push(templates); } };
  const templates = [{ id: 'a' }, { id: 'b' }];
  const loader = new DeferredValidationLoader(templates, eventBus, elementTemplates, () => verdict);
  return { listeners, eventBus, sets, templates, loader };
}

describe('DeferredValidationLoader', () => {
  it('uses the templates as soon as the diagram starts, before the check has answered', () => {
    const { listeners, sets, templates } = setUp(new Promise(() => undefined));

    listeners['diagram.init']();

    expect(sets).toEqual([templates]);
  });

  it('drops and reports the templates the check refuses', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { loader, sets, eventBus, templates } = setUp(Promise.resolve({ invalid: [1], problems: [{ templateId: 'b', message: 'kaputt' }] }));

    await loader.setTemplates(templates);

    expect(sets).toEqual([templates, [{ id: 'a' }]]);
    expect(eventBus.fire).toHaveBeenCalledWith('elementTemplates.errors', { errors: [new Error('template b: kaputt')] });
    expect(error).toHaveBeenCalledWith('template b: kaputt');
    error.mockRestore();
  });

  it('keeps the templates as they are when the check finds nothing', async () => {
    const { loader, sets, eventBus, templates } = setUp(Promise.resolve({ invalid: [], problems: [] }));

    await loader.setTemplates(templates);

    expect(sets).toEqual([templates]);
    expect(eventBus.fire).not.toHaveBeenCalled();
  });
});
