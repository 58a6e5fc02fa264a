import { i18n } from '@forge/bridge';
import type { Translator } from './translator';
import { translatorOf } from './translator';

/**
 * Loads the translations for the viewer's locale through the bridge (`i18n.createTranslationFunction`,
 * Forge docs apis-reference/ui-api-bridge/i18n): the locale from the Forge context, the manifest's
 * fallback rules applied key by key. A key no locale has comes back as the key itself, as Forge does.
 */
export async function loadTranslator(locale: string, timeZone?: string): Promise<Translator> {
  const translate = await i18n.createTranslationFunction();
  return translatorOf((key) => translate(key), locale, timeZone);
}
