import { zh } from '../../i18n/zh';

/** What the designer shows as the open diagram's title: the process name (its id when it has none), then the version or
 *  草稿; the id stays in the tooltip. The browser tab reads the same name. */
export function showDiagramTitle(element: HTMLElement, process: { id: string | null; name: string | null }, version: number | null): void {
  const name = process.name ?? process.id;
  if (!name) {
    element.textContent = zh.designer.untitled;
    element.title = '';
    document.title = `${zh.designer.documentTitle(zh.designer.untitled)} · ${zh.appName}`;
    return;
  }
  element.textContent = `${name} · ${version ? zh.designer.version(version) : zh.designer.drafts}`;
  element.title = process.id ?? '';
  document.title = `${zh.designer.documentTitle(name)} · ${zh.appName}`;
}
