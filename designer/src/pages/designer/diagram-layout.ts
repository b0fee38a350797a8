const DiNamespace = 'http://www.omg.org/spec/BPMN/20100524/DI';

/** Whether a BPMN document lacks diagram interchange (no shapes), e.g. a hand-written workflow file: it then needs an
 * automatic layout before the modeler can show it. */
export function needsLayout(xml: string): boolean {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return false;
  return document.getElementsByTagNameNS(DiNamespace, 'BPMNShape').length === 0;
}

/** The document with a generated layout when it has none; otherwise unchanged. */
export async function withLayout(xml: string): Promise<{ xml: string; laidOut: boolean }> {
  if (!needsLayout(xml)) return { xml, laidOut: false };
  const { layoutProcess } = await import('bpmn-auto-layout');
  return { xml: await layoutProcess(xml), laidOut: true };
}
