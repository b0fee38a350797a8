import type { DeploymentProblem } from '../../api/types';

const Marker = 'bpm-invalid';
const OverlayType = 'bpm-problems';

interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
}
interface Overlays {
  add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void;
  remove(filter: { type: string }): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}
interface Services {
  get(name: 'canvas'): Canvas;
  get(name: 'overlays'): Overlays;
  get(name: 'elementRegistry'): ElementRegistry;
}

/** Server validation problems drawn on the diagram: a red marker and the messages beside each offending element. */
export class ValidationMarkers {
  private marked: string[] = [];

  constructor(private readonly modeler: Services) {}

  /** Shows the problems; returns those that name no element on this diagram (to list elsewhere). */
  show(problems: readonly DeploymentProblem[]): DeploymentProblem[] {
    this.clear();
    const canvas = this.modeler.get('canvas');
    const overlays = this.modeler.get('overlays');
    const registry = this.modeler.get('elementRegistry');
    const unplaced: DeploymentProblem[] = [];
    const byElement = new Map<string, DeploymentProblem[]>();
    for (const problem of problems) {
      if (problem.elementId && registry.get(problem.elementId)) {
        byElement.set(problem.elementId, [...(byElement.get(problem.elementId) ?? []), problem]);
      } else {
        unplaced.push(problem);
      }
    }
    for (const [id, list] of byElement) {
      canvas.addMarker(id, Marker);
      this.marked.push(id);
      const html = document.createElement('div');
      html.className = 'bpm-problem-overlay';
      html.dataset.elementId = id;
      html.textContent = list.map((p) => p.message).join('\n');
      overlays.add(id, OverlayType, { position: { bottom: -6, left: 0 }, html });
    }
    return unplaced;
  }

  clear(): void {
    const canvas = this.modeler.get('canvas');
    for (const id of this.marked) {
      try {
        canvas.removeMarker(id, Marker);
      } catch {
        // The element was deleted since.
      }
    }
    this.marked = [];
    this.modeler.get('overlays').remove({ type: OverlayType });
  }
}
