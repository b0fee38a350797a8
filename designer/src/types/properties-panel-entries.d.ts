// The properties panel pieces the form picker builds on (no type declarations ship with them).
declare module 'bpmn-js-properties-panel' {
  /** A diagram service inside a properties panel component (a Preact hook). */
  export function useService(name: string): unknown;
}
declare module '@bpmn-io/properties-panel' {
  export function SelectEntry(props: {
    element: unknown;
    id: string;
    label: string;
    getValue(element: unknown): string;
    setValue(value: string): void;
    getOptions(element: unknown): { value: string; label: string; disabled?: boolean }[];
  }): unknown;
  export function isSelectEntryEdited(node: HTMLElement): boolean;
  /** A line of read-only text in a group. */
  export function DescriptionEntry(props: { element: unknown; forId: string; value: string }): unknown;
}
