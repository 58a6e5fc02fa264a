/**
 * The manifest's `translations` as Forge deploys and serves them (manifest-reference/translations):
 * what `forge deploy` refuses, and the `__LOCALES__` files @forge/bridge's i18n reads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TranslationsGetter, Translator } from '@forge/i18n';
import type { ForgeSupportedLocaleCode } from '@forge/i18n';
import { localeBundleFile } from '../../../../emulator/forge-host/i18n/locale-bundle';
import { loadTranslations } from '../../../../emulator/forge-host/i18n/manifest-translations';

function appWith(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-i18n-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(
      path.join(dir, name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
  return dir;
}

const resources = [
  { key: 'en-US', path: 'locales/en-US.json' },
  { key: 'de-DE', path: 'locales/de-DE.json' },
] as const;
const files = {
  'locales/en-US.json': { page: { title: 'My page' }, greeting: 'Hello', only: 'English only' },
  'locales/de-DE.json': { 'page.title': 'Meine Seite', greeting: 'Hallo' },
};

describe('the manifest translations', () => {
  it('refuses a fallback locale that has no resource', () => {
    const root = appWith(files);
    expect(() =>
      loadTranslations(root, { resources: [...resources], fallback: { default: 'fr-FR' } }, {}),
    ).toThrow(/fr-FR, which translations.resources does not define/);
  });

  it("refuses a default locale file without a key a module's title names", () => {
    const root = appWith(files);
    const modules = { 'jira:globalPage': [{ key: 'p', title: { i18n: 'missing.key' } }] };
    expect(() =>
      loadTranslations(
        root,
        { resources: [...resources], fallback: { default: 'en-US' } },
        modules,
      ),
    ).toThrow(/'missing.key' is missing in the default locale en-US/);
  });

  it('refuses translation files over 100 KB together', () => {
    const root = appWith({ ...files, 'locales/de-DE.json': { big: 'x'.repeat(101 * 1024) } });
    expect(() =>
      loadTranslations(root, { resources: [...resources], fallback: { default: 'en-US' } }, {}),
    ).toThrow(/Forge allows 100 KB/);
  });

  it("serves __LOCALES__ so that @forge/i18n's own lookup falls back key by key", async () => {
    const root = appWith(files);
    const translations = loadTranslations(
      root,
      { resources: [...resources], fallback: { default: 'en-US' } },
      { 'jira:globalPage': [{ key: 'p', title: { i18n: 'page.title' } }] },
    );
    const info = localeBundleFile(translations, ['__LOCALES__', 'i18n-info.json']) as {
      config: never;
      translations: Record<string, Record<string, string>>;
    };
    expect(info.translations['page.title']).toEqual({ 'en-US': 'My page', 'de-DE': 'Meine Seite' });
    expect(localeBundleFile(translations, ['__LOCALES__', 'fr-FR.json'])).toBeUndefined();
    expect(localeBundleFile(translations, ['index.html'])).toBeUndefined();
    const getter = new TranslationsGetter({
      getI18nInfoConfig: () => Promise.resolve(info.config),
      getTranslationResource: (locale: ForgeSupportedLocaleCode) =>
        Promise.resolve(localeBundleFile(translations, ['__LOCALES__', `${locale}.json`]) as never),
    });
    const german = new Translator('de-DE', getter);
    await german.init();
    expect(german.translate('page.title')).toBe('Meine Seite');
    expect(german.translate('only')).toBe('English only');
    const french = new Translator('fr-FR', getter);
    await french.init();
    expect(french.translate('greeting')).toBe('Hello');
  });
});
