import { describe, expect, it } from 'vitest';
import { rememberReturnPath, takeReturnPath } from './session';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => { items.delete(key); },
    setItem: (key, value) => { items.set(key, value); },
  };
}

describe('return path after sign-in', () => {
  it('gives back the deep link once', () => {
    const storage = memoryStorage();
    rememberReturnPath('/inbox/255421627541336067?tab=case', storage);
    expect(takeReturnPath(storage)).toBe('/inbox/255421627541336067?tab=case');
    expect(takeReturnPath(storage)).toBeNull();
  });

  it('refuses anything that is not a path of this site', () => {
    const storage = memoryStorage();
    rememberReturnPath('//evil.example/x', storage);
    expect(takeReturnPath(storage)).toBeNull();
    rememberReturnPath('https://evil.example/', storage);
    expect(takeReturnPath(storage)).toBeNull();
  });
});
