/** Named points of a page's first load as User Timing marks (`bpm:<name>`), read by the studio benchmark's breakdown
 *  (tests/Bpm.Benchmarks, `--studio`). A mark costs microseconds; nothing else reads them. */
export function markLoad(name: string): void {
  performance.mark?.(`bpm:${name}`);
}
