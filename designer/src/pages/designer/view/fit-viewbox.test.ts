import { describe, expect, it } from 'vitest';
import { fitViewbox, MinReadableZoom } from './fit-viewbox';

const viewport = { width: 1000, height: 600 };
const palette = { left: 60, top: 0, right: 0, bottom: 0 };

describe('fitViewbox', () => {
  it('keeps a small diagram at its natural size, centred in the area right of the palette', () => {
    const box = fitViewbox({ x: 100, y: 100, width: 400, height: 200 }, viewport, palette);
    expect(box.scale).toBe(1);
    // The free area runs from 60 + 24 to 1000 - 24 pixels: its centre is at 530, the diagram's centre at 300.
    expect(-box.x + 300).toBeCloseTo(530);
    expect(box.width).toBe(1000);
  });

  it('shrinks a wider diagram to fit, never drawing it under the palette', () => {
    const box = fitViewbox({ x: 0, y: 0, width: 1100, height: 300 }, viewport, palette);
    expect(box.scale).toBeCloseTo((1000 - 60 - 48) / 1100);
    const diagramLeftOnScreen = (0 - box.x) * box.scale;
    expect(diagramLeftOnScreen).toBeGreaterThanOrEqual(60);
  });

  it('does not shrink a large diagram below the readable zoom; it starts at its top-left corner instead', () => {
    const box = fitViewbox({ x: 150, y: 80, width: 6000, height: 3000 }, viewport, palette);
    expect(box.scale).toBe(MinReadableZoom);
    expect((150 - box.x) * box.scale).toBeCloseTo(60 + 24);
    expect((80 - box.y) * box.scale).toBeCloseTo(24);
  });

  it('centres the focus element of a large diagram in the free area', () => {
    const focus = { x: 4000, y: 2000, width: 100, height: 80 };
    const box = fitViewbox({ x: 0, y: 0, width: 6000, height: 3000 }, viewport, palette, focus);
    const centreX = (4050 - box.x) * box.scale;
    const centreY = (2040 - box.y) * box.scale;
    expect(centreX).toBeCloseTo(60 + 24 + (1000 - 60 - 48) / 2);
    expect(centreY).toBeCloseTo(300);
    expect(100 * box.scale).toBeGreaterThanOrEqual(70);
  });
});
