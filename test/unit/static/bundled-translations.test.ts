/**
 * An app's bundled words (static/<app>/src/locales/) in the viewer's locale, with the fallback the
 * bridge applies to the manifest's files: the locale, its fallback list, then English.
 */
import { loadBundledLookup } from '../../../static/common/i18n/bundled-translations';

const files: Record<string, unknown> = {
  'en-US': { panel: { title: 'Nonconformity', only: 'English only' } },
  'de-DE': { panel: { title: 'Nichtkonformität' } },
};
/** What the app's `import(\`./locales/${locale}.json\`)` gives: the file as a JSON module. */
const loaded: string[] = [];
const load = (locale: string): Promise<unknown> => {
  loaded.push(locale);
  return locale in files
    ? Promise.resolve({ default: files[locale] })
    : Promise.reject(new Error(`no file for ${locale}`));
};

beforeEach(() => loaded.splice(0));

describe("an app's bundled translations", () => {
  it('gives a German viewer the German words, and English for a key German lacks', async () => {
    const t = await loadBundledLookup(load, 'de-DE');
    expect(t('panel.title')).toBe('Nichtkonformität');
    expect(t('panel.only')).toBe('English only');
    expect(t('panel.none')).toBeNull();
  });

  it('loads only the English file for an English viewer', async () => {
    const t = await loadBundledLookup(load, 'en-US');
    expect(t('panel.title')).toBe('Nonconformity');
    expect(loaded).toEqual(['en-US']);
  });

  it('falls back to English for a locale the app has no file for', async () => {
    const t = await loadBundledLookup(load, 'fr-FR');
    expect(t('panel.title')).toBe('Nonconformity');
    expect(loaded).toEqual(['en-US']);
  });

  it('refuses a file that is not translations', async () => {
    const broken = (): Promise<unknown> => Promise.resolve({ default: { panel: 3 } });
    await expect(loadBundledLookup(broken, 'en-US')).rejects.toThrow();
  });
});
