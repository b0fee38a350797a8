import { describe, expect, it, vi } from 'vitest';
import { mayLeave } from '../../../app/leave-guard';
import type { UnsavedChoice } from '../../../ui/unsaved-changes-dialog';
import { UnsavedChanges } from './unsaved-changes';

class Events {
  readonly handlers = new Set<(event: { trigger?: string }) => void>();
  on(_: string, callback: (event: { trigger?: string }) => void): void { this.handlers.add(callback); }
  off(_: string, callback: (event: { trigger?: string }) => void): void { this.handlers.delete(callback); }
  fire(trigger: string): void { this.handlers.forEach((h) => h({ trigger })); }
}

function setup(choice: UnsavedChoice) {
  const events = new Events();
  const ask = vi.fn(async () => choice);
  const save = vi.fn(async () => {});
  return { events, ask, save, unsaved: new UnsavedChanges(events, ask, save) };
}

describe('UnsavedChanges', () => {
  it('leaves without asking when nothing was edited (opening a diagram is no edit)', async () => {
    const { events, ask, unsaved } = setup('cancel');
    events.fire('clear');
    expect(await unsaved.confirmLeave()).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    unsaved.dispose();
  });

  it('stays when the person cancels, keeping the changes', async () => {
    const { events, save, unsaved } = setup('cancel');
    events.fire('execute');
    expect(await unsaved.confirmLeave()).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(unsaved.hasChanges).toBe(true);
    unsaved.dispose();
  });

  it('saves first when the person chooses 保存, then leaves', async () => {
    const { events, save, unsaved } = setup('save');
    events.fire('execute');
    expect(await unsaved.confirmLeave()).toBe(true);
    expect(save).toHaveBeenCalledOnce();
    unsaved.dispose();
  });

  it('leaves without saving when the person chooses 放弃', async () => {
    const { events, save, unsaved } = setup('discard');
    events.fire('execute');
    expect(await unsaved.confirmLeave()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    unsaved.dispose();
  });

  it('guards router navigation and the tab closing while edits are unsaved, and stops when disposed', async () => {
    const { events, ask, unsaved } = setup('cancel');
    events.fire('execute');
    expect(await mayLeave()).toBe(false);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    unsaved.dispose();
    expect(await mayLeave()).toBe(true);
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    expect(ask).toHaveBeenCalledOnce();
  });

  it('asks nothing after a save', async () => {
    const { events, ask, unsaved } = setup('cancel');
    events.fire('execute');
    unsaved.markSaved();
    expect(await unsaved.confirmLeave()).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    unsaved.dispose();
  });
});
