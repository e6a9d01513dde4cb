/**
 * Keeps the standalone console's API key in sessionStorage: it survives a reload but not the
 * closing of the tab, and is never written to localStorage or a cookie.
 */
const storageKey = 'relais.apiKey';

export const apiKeyStore = {
  get(): string | null {
    return sessionStorage.getItem(storageKey);
  },
  set(key: string): void {
    sessionStorage.setItem(storageKey, key);
  },
  clear(): void {
    sessionStorage.removeItem(storageKey);
  },
};
