import { I18N_BUNDLE_FOLDER_NAME, I18N_INFO_FILE_NAME, getTranslationValue } from '@forge/i18n';
import type { ForgeSupportedLocaleCode } from '@forge/i18n';
import type { AppTranslations } from './manifest-translations';

/**
 * What Forge bundles next to every Custom UI resource from the manifest's `translations`, and
 * `@forge/bridge`'s `i18n` reads relative to the frame: `./__LOCALES__/i18n-info.json` (the
 * locales, the fallback rules and the module properties' values) and `./__LOCALES__/<locale>.json`.
 * Answers `undefined` for a path that is not one of them (a 404, as for any missing asset).
 */
export function localeBundleFile(
  translations: AppTranslations | undefined,
  segments: readonly string[],
): unknown {
  if (!translations || segments.length !== 2 || segments[0] !== I18N_BUNDLE_FOLDER_NAME)
    return undefined;
  const name = segments[1] ?? '';
  if (name === I18N_INFO_FILE_NAME) {
    return {
      translations: Object.fromEntries(
        translations.moduleKeys.map((key) => [key, moduleValues(translations, key)]),
      ),
      config: { locales: translations.locales, fallback: translations.fallback },
    };
  }
  const locale = translations.locales.find((l) => name === `${l}.json`);
  return locale ? translations.content.get(locale) : undefined;
}

function moduleValues(translations: AppTranslations, key: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const locale of translations.locales) {
    const lookup = { [locale]: translations.content.get(locale) ?? {} };
    const value = getTranslationValue(lookup, key, locale as ForgeSupportedLocaleCode);
    if (value !== null) values[locale] = value;
  }
  return values;
}
