import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('file size', () => {
  it('gives bytes exactly below 1 KB, then KB and MB with one decimal', () => {
    expect(formatFileSize(0)).toBe('0 字节');
    expect(formatFileSize(1023)).toBe('1023 字节');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(200 * 1024 * 1024)).toBe('200.0 MB');
  });
});
