import type { TaskAttachment } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h } from '../../ui/dom';

const zeebe = 'http://camunda.org/schema/zeebe/1.0';

/** One required item of a task's `evidence` header: its alternative kinds, and whether an uploaded evidence item has one. */
export interface EvidenceItemStatus {
  kinds: string[];
  present: boolean;
}

/** The `evidence` task header of an element (音像记录事项清单, e.g. `video|audio, photo`): each item as its alternative
 *  kinds, in the header's order; none when the element has no such header. The server checks the same list at completion. */
export function requiredEvidence(xml: string, elementId: string): string[][] {
  if (!xml) return [];
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const element = Array.from(doc.getElementsByTagName('*')).find((e) => e.getAttribute('id') === elementId);
  const header = element && Array.from(element.getElementsByTagNameNS(zeebe, 'header'))
    .find((e) => e.getAttribute('key') === 'evidence');
  return (header?.getAttribute('value') ?? '').split(',')
    .map((item) => item.split('|').map((kind) => kind.trim()).filter(Boolean))
    .filter((kinds) => kinds.length > 0);
}

/** Which required items the task's uploaded evidence items satisfy (any of an item's kinds will do). */
export function evidenceStatus(required: string[][], attachments: TaskAttachment[]): EvidenceItemStatus[] {
  const present = new Set<string>(attachments.flatMap((a) => (a.evidence ? [a.evidence.kind] : [])));
  return required.map((kinds) => ({ kinds, present: kinds.some((kind) => present.has(kind)) }));
}

/** The required items as a checklist above the evidence upload; nothing for a task that requires none. */
export function renderRequiredEvidence(host: HTMLElement, required: string[][], attachments: TaskAttachment[]): void {
  if (required.length === 0) {
    host.replaceChildren();
    return;
  }
  const t = zh.inbox;
  host.replaceChildren(h('div', { className: 'required-evidence', 'data-testid': 'required-evidence' },
    h('strong', {}, t.requiredEvidence),
    h('ul', {}, ...evidenceStatus(required, attachments).map((item) => h('li', {
      'data-evidence-item': item.kinds.join('|'), 'data-present': String(item.present),
      className: item.present ? 'present' : 'missing',
    }, `${item.kinds.map((kind) => t.evidenceKinds[kind] ?? kind).join(t.evidenceOr)}：${item.present ? t.evidencePresent : t.evidenceMissing}`)))));
}
