import { describe, expect, it } from 'vitest';
import { evidenceFields } from './evidence-fields';

describe('evidenceFields', () => {
  it('sends nothing for a plain file', () => {
    expect(evidenceFields('', 'DSJ-1', '2026-12-06T09:30', '金水区')).toEqual({});
  });

  it('sends the kind, trimmed texts and the typed time as Beijing time with its offset', () => {
    expect(evidenceFields('video', ' DSJ-1 ', '2026-12-06T09:30', ' 金水区花园路 ')).toEqual({
      evidenceKind: 'video', device: 'DSJ-1', place: '金水区花园路', capturedAt: '2026-12-06T09:30:00+08:00',
    });
  });

  it('keeps seconds and leaves an empty time empty for the server to refuse', () => {
    expect(evidenceFields('photo', 'C-2', '2026-12-06T09:30:15', 'x').capturedAt).toBe('2026-12-06T09:30:15+08:00');
    expect(evidenceFields('photo', 'C-2', '', 'x').capturedAt).toBe('');
  });
});
