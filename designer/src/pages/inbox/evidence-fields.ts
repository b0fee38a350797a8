/** The upload's evidence form fields (音像记录): none for a plain file; else the kind, device, place and the capture time,
 *  which the officer types as Beijing time (datetime-local, no zone) and the server needs as ISO 8601 with its offset. */
export function evidenceFields(kind: string, device: string, capturedAt: string, place: string): Record<string, string> {
  if (kind === '') return {};
  const seconds = capturedAt.length === 16 ? `${capturedAt}:00` : capturedAt;
  return { evidenceKind: kind, device: device.trim(), place: place.trim(), capturedAt: capturedAt ? `${seconds}+08:00` : '' };
}
