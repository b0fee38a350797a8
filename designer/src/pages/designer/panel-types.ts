// The properties panel shapes the designer's own panel groups build on (bpmn-js-properties-panel ships no types).

/** A group of the properties panel: its entries are Preact components. */
export interface PanelGroup {
  id: string;
  label: string;
  entries: { id: string; component: unknown }[];
}

/** The properties panel service, to which a provider adds, moves or replaces groups for the selected element. */
export interface PanelProviders<E> {
  registerProvider(priority: number, provider: { getGroups(element: E): (groups: PanelGroup[]) => PanelGroup[] }): void;
}
