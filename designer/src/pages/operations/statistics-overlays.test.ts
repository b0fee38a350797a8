import { describe, expect, it } from 'vitest';
import { planStatisticsOverlays } from './statistics-overlays';

const onDiagram = (...ids: string[]) => (id: string) => ids.includes(id);

describe('statistics overlays', () => {
  it('puts a badge per non-zero count on the element and colours incidents over waiting instances', () => {
    const plan = planStatisticsOverlays([
      { elementId: 'review', active: 2, incidents: 0, completed: 5 },
      { elementId: 'send', active: 1, incidents: 3, completed: 0 },
      { elementId: 'start', active: 0, incidents: 0, completed: 8 },
    ], onDiagram('review', 'send', 'start'));

    expect(plan.overlays.map((o) => [o.elementId, o.marker, o.badges.map((b) => `${b.kind}=${b.count}`)])).toEqual([
      ['review', 'op-active', ['active=2', 'completed=5']],
      ['send', 'op-incident', ['active=1', 'incidents=3']],
      ['start', null, ['completed=8']],
    ]);
    expect(plan.totals).toEqual({ active: 3, incidents: 3 });
    expect(plan.missing).toEqual([]);
  });

  it('keeps counts of elements the diagram lacks apart and still totals them', () => {
    const gone = { elementId: 'oldTask', active: 4, incidents: 1, completed: 0 };
    const plan = planStatisticsOverlays([gone, { elementId: 'review', active: 1, incidents: 0, completed: 0 }], onDiagram('review'));

    expect(plan.overlays.map((o) => o.elementId)).toEqual(['review']);
    expect(plan.missing).toEqual([gone]);
    expect(plan.totals).toEqual({ active: 5, incidents: 1 });
  });

  it('places each kind at its own corner so the numbers do not cover each other', () => {
    const [overlay] = planStatisticsOverlays([{ elementId: 'a', active: 1, incidents: 1, completed: 1 }], onDiagram('a')).overlays;
    const places = overlay.badges.map((b) => JSON.stringify(b.position));
    expect(new Set(places).size).toBe(3);
  });

  it('leaves elements with only zero counts out', () => {
    expect(planStatisticsOverlays([{ elementId: 'a', active: 0, incidents: 0, completed: 0 }], onDiagram('a')).overlays).toEqual([]);
  });
});
