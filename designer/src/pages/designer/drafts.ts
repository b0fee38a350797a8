// 保存草稿: drafts live in this browser's localStorage (the server has no draft store); deploying makes a version.

const Prefix = 'bpm.draft.';

export interface Draft {
  /** The process id (or a name for a diagram without one). */
  key: string;
  xml: string;
  savedAt: string;
}

export function saveDraft(key: string, xml: string, now: Date = new Date(), storage: Storage = localStorage): Draft {
  const draft = { key, xml, savedAt: now.toISOString() };
  storage.setItem(Prefix + key, JSON.stringify(draft));
  return draft;
}

export function loadDraft(key: string, storage: Storage = localStorage): Draft | null {
  const raw = storage.getItem(Prefix + key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Draft;
  } catch {
    return null;
  }
}

export function listDrafts(storage: Storage = localStorage): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i);
    if (!name?.startsWith(Prefix)) continue;
    const draft = loadDraft(name.slice(Prefix.length), storage);
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function deleteDraft(key: string, storage: Storage = localStorage): void {
  storage.removeItem(Prefix + key);
}
