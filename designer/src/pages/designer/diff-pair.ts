/** The two versions 版本对比 opens with: the selected version against the one before it, or, for the first version,
 *  against the one after it; null when there are not two different versions to compare. */
export function defaultDiffPair(versions: readonly number[], selected: number | null): { from: number; to: number } | null {
  const sorted = [...new Set(versions)].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  const to = selected !== null && sorted.includes(selected) ? selected : sorted[sorted.length - 1];
  const older = sorted.filter((v) => v < to).pop();
  if (older !== undefined) return { from: older, to };
  return { from: to, to: sorted.find((v) => v > to)! };
}
