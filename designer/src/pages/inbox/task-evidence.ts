import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import type { TaskAttachment, TaskComment } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { formatChinaTime } from './deadline-badge';
import { evidenceFields } from './evidence-fields';
import { formatFileSize } from './file-size';
import { saveDownload } from '../../ui/download';
import { personName } from '../../ui/person-name';

/** Comments and evidence of a task: add a comment, upload a file (the server's SHA-256 is shown so it can be checked).
 *  `onUploaded` hears of each file stored (the required-evidence checklist follows it). */
export function renderEvidence(host: HTMLElement, work: WorkApi, taskKey: string, comments: TaskComment[], attachments: TaskAttachment[],
  onUploaded: (attachment: TaskAttachment) => void = () => {}): void {
  const status = new StatusLine();
  const commentList = h('ul', { className: 'entries', 'data-testid': 'comments' });
  const attachmentList = h('ul', { className: 'entries', 'data-testid': 'attachments' });
  const commentText = h('textarea', { name: 'comment', rows: 2, placeholder: zh.inbox.commentPlaceholder, 'aria-label': zh.inbox.addComment });
  const fileInput = h('input', { type: 'file', name: 'evidence', 'aria-label': zh.inbox.upload });
  const kind = h('select', { name: 'evidenceKind', 'aria-label': zh.inbox.evidenceKind },
    ...Object.entries(zh.inbox.evidenceKinds).map(([value, label]) => h('option', { value }, label)));
  const device = h('input', { name: 'device', placeholder: zh.inbox.evidenceDevice, 'aria-label': zh.inbox.evidenceDevice });
  const capturedAt = h('input', { type: 'datetime-local', name: 'capturedAt', 'aria-label': zh.inbox.evidenceCapturedAt });
  const place = h('input', { name: 'place', placeholder: zh.inbox.evidencePlace, 'aria-label': zh.inbox.evidencePlace });

  const showComment = (c: TaskComment) => commentList.append(
    h('li', {}, h('div', { className: 'muted' }, personName(c.author, (u) => work.person(u)), ` · ${formatChinaTime(c.createdAt)}`), h('div', {}, c.text)));
  const showAttachment = (a: TaskAttachment) => attachmentList.append(
    h('li', { 'data-sha256': a.sha256 },
      h('div', {}, h('button', { type: 'button', className: 'link-button', 'data-action': 'download-attachment',
        onclick: () => void work.attachmentContent(taskKey, a.attachmentKey).then((blob) => saveDownload(blob, a.name)).catch(fail) }, a.name),
        h('span', { 'data-field': 'size' }, `（${formatFileSize(a.size)}）`)),
      h('div', { className: 'muted hash' }, `${zh.inbox.hash}：${a.sha256}`),
      a.evidence ? h('div', { className: 'muted', 'data-evidence-kind': a.evidence.kind },
        [zh.inbox.evidenceKinds[a.evidence.kind], a.evidence.device, formatChinaTime(a.evidence.capturedAt), a.evidence.place, a.evidence.officer]
          .filter(Boolean).join(' · ')) : '',
      h('div', { className: 'muted' }, `${a.uploadedBy} · ${formatChinaTime(a.uploadedAt)}`)));
  comments.forEach(showComment);
  attachments.forEach(showAttachment);

  const fail = (e: unknown) => status.error(e instanceof ApiError ? e.userMessage : String(e));
  const addComment = async () => {
    const text = commentText.value.trim();
    if (!text) return;
    try {
      showComment(await work.addComment(taskKey, text));
      commentText.value = '';
    } catch (e) { fail(e); }
  };
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      const attachment = await work.attach(taskKey, file, evidenceFields(kind.value, device.value, capturedAt.value, place.value));
      showAttachment(attachment);
      onUploaded(attachment);
      status.success(zh.inbox.uploaded(attachment.name));
      fileInput.value = '';
    } catch (e) { fail(e); }
  });

  host.replaceChildren(
    h('h3', {}, zh.inbox.comments), commentList,
    h('div', { className: 'inline-form' }, commentText,
      h('button', { type: 'button', 'data-action': 'add-comment', onclick: () => void addComment() }, zh.inbox.addComment)),
    h('h3', {}, zh.inbox.attachments), attachmentList,
    h('div', { className: 'inline-form' }, kind, device, capturedAt, place),
    h('label', { className: 'upload' }, `${zh.inbox.upload}：`, fileInput),
    status.element);
}
