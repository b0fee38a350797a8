import { setLeaveGuard } from '../../../app/leave-guard';
import type { UnsavedChoice } from '../../../ui/unsaved-changes-dialog';

interface EventBus {
  on(event: string, callback: (event: { trigger?: string }) => void): void;
  off(event: string, callback: (event: { trigger?: string }) => void): void;
}

/** Unsaved work in the modeler is never dropped silently: opening another diagram, router navigation and closing or
 *  reloading the tab ask first (保存 / 放弃 / 取消; the browser's own question for beforeunload, the only one allowed there). */
export class UnsavedChanges {
  private dirty = false;
  private readonly onChange = (event: { trigger?: string }) => {
    // Importing a diagram clears the command stack: that is not an edit.
    if (event.trigger !== 'clear') this.dirty = true;
  };
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };
  private readonly removeGuard: () => void;

  constructor(private readonly events: EventBus, private readonly ask: () => Promise<UnsavedChoice>,
    private readonly save: () => Promise<void>) {
    events.on('commandStack.changed', this.onChange);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.removeGuard = setLeaveGuard(() => this.confirmLeave());
  }

  get hasChanges(): boolean {
    return this.dirty;
  }

  /** The diagram now matches what is stored (opened, saved as a draft, deployed). */
  markSaved(): void {
    this.dirty = false;
  }

  /** Whether the current diagram may be left: true at once without changes, else as the person decides (saving first). */
  async confirmLeave(): Promise<boolean> {
    if (!this.dirty) return true;
    const choice = await this.ask();
    if (choice === 'cancel') return false;
    if (choice === 'save') await this.save();
    this.dirty = false;
    return true;
  }

  dispose(): void {
    this.events.off('commandStack.changed', this.onChange);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.removeGuard();
  }
}
