import type { DeploymentProblem } from '../../../api/types';

interface EventBus {
  on(event: string, callback: () => void): void;
  off(event: string, callback: () => void): void;
}

/** Asks the server's deployment validator (the same check that refuses 部署), returns its problems, or null when the
 *  answer is not a verdict on the model (offline, signed out): the problems shown stay as they were. */
export type ProblemSource = () => Promise<DeploymentProblem[] | null>;

/** How long drawing must pause before the model is checked: a burst of edits (a drag, typing a name) is one check. */
export const LintDelayMs = 350;

/** Live lint while drawing: every change of the model (the command stack) schedules one debounced server validation,
 *  and only the answer to the latest check is shown (an earlier, slower answer describes an older model). */
export class LiveValidation {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly onChange = () => this.schedule();

  constructor(private readonly events: EventBus, private readonly check: ProblemSource,
    private readonly show: (problems: DeploymentProblem[]) => void, private readonly delayMs = LintDelayMs) {
    events.on('commandStack.changed', this.onChange);
  }

  /** Checks after the delay; a later call restarts the wait. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.delayMs);
  }

  /** Checks now (a model was opened). */
  async run(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const problems = await this.check();
    if (problems !== null && generation === this.generation) this.show(problems);
  }

  /** A newer result arrived another way (an explicit 校验 or 部署): pending checks are dropped. */
  supersede(): void {
    clearTimeout(this.timer);
    this.generation++;
  }

  dispose(): void {
    this.supersede();
    this.events.off('commandStack.changed', this.onChange);
  }
}
