import { i18n } from '@forge/bridge';
import { ensureLocale } from '@forge/i18n';
import type { AppLocales } from './bundled-translations';
import { loadBundledLookup } from './bundled-translations';
import { LOCALE_FALLBACK } from './locale-rules';
import type { Translator } from './translator';
import { translatorOf } from './translator';

/**
 * The viewer's translations: a key is looked up in the words bundled with the app (`appLocales`,
 * its screens' own namespace), then in the manifest's translation files through the bridge
 * (`i18n.createTranslationFunction`, Forge docs apis-reference/ui-api-bridge/i18n: `common.*`,
 * what several apps share), both in the locale of the Forge context with the manifest's fallback
 * rules (a locale Forge does not support, as `ensureLocale` maps it, else the default). A key
 * neither has comes back as the key itself, as Forge's `t` does.
 */
export async function loadTranslator(
  locale: string,
  timeZone?: string,
  appLocales?: AppLocales,
): Promise<Translator> {
  const forgeLocale = ensureLocale(locale) ?? LOCALE_FALLBACK.default;
  const [bundled, manifest] = await Promise.all([
    appLocales ? loadBundledLookup(appLocales, forgeLocale) : () => null,
    i18n.createTranslationFunction(forgeLocale),
  ]);
  return translatorOf((key) => bundled(key) ?? manifest(key), locale, timeZone);
}
