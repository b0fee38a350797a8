/** A rectangle in diagram coordinates (or pixels for the viewport's insets). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels of the viewport covered by something drawn over the canvas (the palette on the left). */
export interface Insets {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Below this scale a task's name is unreadable: the diagram is scrolled instead of shrunk further. */
export const MinReadableZoom = 0.7;
/** Small diagrams are not blown up beyond their natural size. */
export const MaxFitZoom = 1;
const Margin = 24;

/** The viewbox (diagram coordinates) that shows the diagram as large as fits the free part of the viewport, centred,
 *  at no less than the minimum readable zoom. When it does not fit at that zoom, the view starts at the focus (an
 *  active element: centred) or else at the diagram's top-left corner, where a process starts. */
export function fitViewbox(diagram: Box, viewport: { width: number; height: number }, insets: Insets,
  focus: Box | null = null, minZoom = MinReadableZoom): Box & { scale: number } {
  const freeWidth = Math.max(1, viewport.width - insets.left - insets.right - 2 * Margin);
  const freeHeight = Math.max(1, viewport.height - insets.top - insets.bottom - 2 * Margin);
  const fitting = Math.min(freeWidth / Math.max(1, diagram.width), freeHeight / Math.max(1, diagram.height), MaxFitZoom);
  const scale = Math.max(fitting, minZoom);
  const width = viewport.width / scale;
  const height = viewport.height / scale;
  const left = (insets.left + Margin) / scale;
  const top = (insets.top + Margin) / scale;
  if (fitting >= minZoom) {
    // Centre the diagram in the free area.
    const x = diagram.x - left - (freeWidth / scale - diagram.width) / 2;
    const y = diagram.y - top - (freeHeight / scale - diagram.height) / 2;
    return { x, y, width, height, scale };
  }
  if (focus) {
    const x = focus.x + focus.width / 2 - left - freeWidth / scale / 2;
    const y = focus.y + focus.height / 2 - top - freeHeight / scale / 2;
    return { x, y, width, height, scale };
  }
  return { x: diagram.x - left, y: diagram.y - top, width, height, scale };
}
