import { fitViewbox, type Box } from './fit-viewbox';

interface ViewCanvas {
  viewbox(): { inner: Box; outer: { width: number; height: number } };
  viewbox(box: Box): unknown;
  getContainer(): HTMLElement;
}
interface ShapeRegistry {
  get(id: string): { x?: number; y?: number; width?: number; height?: number } | undefined;
}

/** Fits the diagram into the part of the canvas the palette leaves free, never below a readable zoom; with focus ids
 *  (the active elements) a diagram too large to fit is scrolled to the first of them that is drawn. */
export function fitToView(canvas: ViewCanvas, registry: ShapeRegistry, focusIds: readonly string[] = []): void {
  const { inner, outer } = canvas.viewbox();
  if (outer.width === 0 || outer.height === 0 || inner.width === 0) return;
  const container = canvas.getContainer();
  const palette = container.querySelector('.djs-palette');
  const left = palette ? palette.getBoundingClientRect().right - container.getBoundingClientRect().left : 0;
  const focus = focusIds.map((id) => registry.get(id)).find((e) => e?.width !== undefined);
  const box = fitViewbox(inner, outer, { left: Math.max(0, left), top: 0, right: 0, bottom: 0 },
    focus ? { x: focus.x ?? 0, y: focus.y ?? 0, width: focus.width ?? 0, height: focus.height ?? 0 } : null);
  canvas.viewbox({ x: box.x, y: box.y, width: box.width, height: box.height });
}
