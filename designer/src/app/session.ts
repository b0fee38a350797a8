import type { Me } from '../api/types';

const StorageKey = 'bpm.session';

/** The signed-in user and their bearer token, kept in sessionStorage so a reload keeps the session. */
export interface Session {
  token: string;
  user: Me;
}

export function loadSession(storage: Storage = sessionStorage): Session | null {
  const raw = storage.getItem(StorageKey);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Session;
    return parsed.token && parsed.user ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session, storage: Storage = sessionStorage): void {
  storage.setItem(StorageKey, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(StorageKey);
}

const ReturnKey = 'bpm.returnTo';

/** Where to go after signing in: the address that was opened without a session. */
export function rememberReturnPath(path: string, storage: Storage = sessionStorage): void {
  storage.setItem(ReturnKey, path);
}

export function takeReturnPath(storage: Storage = sessionStorage): string | null {
  const path = storage.getItem(ReturnKey);
  storage.removeItem(ReturnKey);
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
}
