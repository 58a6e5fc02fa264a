/**
 * Confluence's storage format spells ADF attribute and parameter keys in kebab-case
 * (`extensionKey` → `extension-key`, `guestParams` → `guest-params`). A key that would not
 * come back unchanged (e.g. one that already holds a `-`) is written verbatim and flagged.
 */
export function kebabKey(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function camelKey(key: string): string {
  return key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export function storageKey(key: string): { key: string; verbatim: boolean } {
  const kebab = kebabKey(key);
  return camelKey(kebab) === key ? { key: kebab, verbatim: false } : { key, verbatim: true };
}
