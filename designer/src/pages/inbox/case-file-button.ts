import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import { zh } from '../../i18n/zh';
import { h, type StatusLine } from '../../ui/dom';

/** 下载电子卷宗: fetches the case file ZIP with the caller's token and saves it. The server decides who may (403 otherwise). */
export function caseFileButton(work: WorkApi, instanceKey: string, status: StatusLine): HTMLButtonElement {
  const download = async () => {
    try {
      const url = URL.createObjectURL(await work.caseFile(instanceKey));
      const link = h('a', { href: url });
      link.download = `电子卷宗-${instanceKey}.zip`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      status.success(zh.inbox.caseFileDownloaded);
    } catch (e) { status.error(e instanceof ApiError ? e.userMessage : String(e)); }
  };
  return h('button', { type: 'button', 'data-action': 'download-case-file', onclick: () => void download() }, zh.inbox.caseFile);
}
