/** Resolves once the browser has painted the next frame: work that can wait (a check, a worker) starts after what the
 *  user asked for is on screen, instead of delaying it. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
