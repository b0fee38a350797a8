import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeploymentProblem } from '../../../api/types';
import { LiveValidation } from './live-validation';

class Events {
  readonly handlers = new Map<string, Set<() => void>>();
  on(event: string, callback: () => void): void {
    this.handlers.set(event, (this.handlers.get(event) ?? new Set()).add(callback));
  }
  off(event: string, callback: () => void): void {
    this.handlers.get(event)?.delete(callback);
  }
  fire(event: string): void {
    this.handlers.get(event)?.forEach((h) => h());
  }
}

const problem = (message: string): DeploymentProblem => ({ elementId: 'a', message, line: null, resourceName: null, elementType: null });

describe('LiveValidation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once after a burst of changes, when drawing pauses', async () => {
    const events = new Events();
    const check = vi.fn(async () => [problem('缺少出口')]);
    const shown: DeploymentProblem[][] = [];
    new LiveValidation(events, check, (p) => shown.push(p), 300);
    events.fire('commandStack.changed');
    await vi.advanceTimersByTimeAsync(200);
    events.fire('commandStack.changed');
    await vi.advanceTimersByTimeAsync(200);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(check).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([[problem('缺少出口')]]);
  });

  it('shows only the answer to the latest check', async () => {
    const events = new Events();
    const answers: ((p: DeploymentProblem[]) => void)[] = [];
    const check = () => new Promise<DeploymentProblem[]>((resolve) => answers.push(resolve));
    const shown: DeploymentProblem[][] = [];
    const lint = new LiveValidation(events, check, (p) => shown.push(p), 300);
    const first = lint.run();
    const second = lint.run();
    answers[1]([]);
    answers[0]([problem('旧模型的问题')]);
    await Promise.all([first, second]);
    expect(shown).toEqual([[]]);
  });

  it('keeps what is shown when the check says nothing about the model', async () => {
    const shown: DeploymentProblem[][] = [];
    const lint = new LiveValidation(new Events(), async () => null, (p) => shown.push(p));
    await lint.run();
    expect(shown).toEqual([]);
  });

  it('stops listening when disposed, and drops a pending check', async () => {
    const events = new Events();
    const check = vi.fn(async () => []);
    const lint = new LiveValidation(events, check, () => {}, 300);
    events.fire('commandStack.changed');
    lint.dispose();
    events.fire('commandStack.changed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(check).not.toHaveBeenCalled();
  });
});
