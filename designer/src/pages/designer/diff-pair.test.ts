import { describe, expect, it } from 'vitest';
import { defaultDiffPair } from './diff-pair';

describe('defaultDiffPair', () => {
  it('is null for a process with one version: there is nothing to compare', () => {
    expect(defaultDiffPair([1], 1)).toBeNull();
    expect(defaultDiffPair([], null)).toBeNull();
  });

  it('compares the selected version with the one before it', () => {
    expect(defaultDiffPair([1, 2, 3], 3)).toEqual({ from: 2, to: 3 });
    expect(defaultDiffPair([3, 1, 2], 2)).toEqual({ from: 1, to: 2 });
  });

  it('compares the first version with the next one, never with itself', () => {
    expect(defaultDiffPair([1, 2], 1)).toEqual({ from: 1, to: 2 });
  });

  it('takes the latest version when none (a draft) is selected', () => {
    expect(defaultDiffPair([1, 2, 4], null)).toEqual({ from: 2, to: 4 });
  });
});
