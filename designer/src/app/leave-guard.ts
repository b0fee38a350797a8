/** Asks whether the current page may be left (unsaved work); resolves true to go on, false to stay. */
export type LeaveGuard = () => Promise<boolean>;

let current: LeaveGuard | null = null;

/** Installs the page's guard; the returned function removes it (the page's teardown calls it). */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

/** Whether the router may leave the current page: asks its guard, if it has one. */
export function mayLeave(): Promise<boolean> {
  return current ? current() : Promise.resolve(true);
}
