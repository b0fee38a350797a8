import { zh } from '../../i18n/zh';

/** The process the title names: its id and name as the model holds them now. */
export interface TitledProcess {
  id: string | null;
  name: string | null;
}

/** What the designer shows as the open diagram's title: the process name (its id when it has none), then the version or
 *  草稿, and 未保存 while there are unsaved edits; the id stays in the tooltip. The browser tab reads the same name, with
 *  a leading ● while unsaved. */
export function showDiagramTitle(element: HTMLElement, process: TitledProcess, version: number | null, unsaved = false): void {
  const name = process.name ?? process.id ?? zh.designer.untitled;
  const parts = [name];
  if (process.name ?? process.id) parts.push(version ? zh.designer.version(version) : zh.designer.drafts);
  if (unsaved) parts.push(zh.designer.unsavedMarker);
  element.textContent = parts.join(' · ');
  element.title = process.id ?? '';
  element.classList.toggle('unsaved', unsaved);
  document.title = `${unsaved ? '● ' : ''}${zh.designer.documentTitle(name)} · ${zh.appName}`;
}

interface ModdleProcess {
  $type: string;
  id?: string;
  name?: string;
  isExecutable?: boolean;
}

/** The process of the modeler's current definitions the title names: the first executable process, else the first one
 *  (as `processIdOf` picks it from the XML), read live so a name typed in the properties panel shows at once. */
export function titledProcessOf(definitions: { rootElements?: ModdleProcess[] } | undefined): TitledProcess {
  const processes = (definitions?.rootElements ?? []).filter((root) => root.$type === 'bpmn:Process');
  const main = processes.find((p) => p.isExecutable) ?? processes[0];
  return { id: main?.id ?? null, name: main?.name?.trim() || null };
}
