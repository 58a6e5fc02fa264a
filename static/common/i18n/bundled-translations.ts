import { TranslationsGetter, Translator } from '@forge/i18n';
import type { ForgeSupportedLocaleCode } from '@forge/i18n';
import { z } from 'zod';
import { APP_LOCALES, LOCALE_FALLBACK } from './locale-rules';

/**
 * An app's own words, bundled with its code (Forge docs manifest-reference/translations:
 * "translations handled directly in your app's frontend code … have no size restrictions since
 * they're bundled with your app code"): the app's `src/locales/<locale>.json`, loaded for a locale
 * by a dynamic import in its main.tsx, so a viewer downloads only the locales they read.
 */
export type AppLocales = (locale: string) => Promise<unknown>;

interface Content {
  [key: string]: string | Content;
}
const contentSchema: z.ZodType<Content> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), contentSchema])),
);
/** A JSON module as the bundler gives it: its value as `default`. */
const jsonModuleSchema = z.looseObject({ default: contentSchema });

/** A key's text in the viewer's locale, null when no locale in the lookup order has it. */
export type BundledLookup = (key: string) => string | null;

/**
 * The app's bundled words for a locale, looked up as the bridge looks up the manifest's (Forge's
 * own `Translator`): the locale, its fallback list, then the default locale.
 */
export async function loadBundledLookup(
  load: AppLocales,
  locale: ForgeSupportedLocaleCode,
): Promise<BundledLookup> {
  const getter = new TranslationsGetter({
    getI18nInfoConfig: () =>
      Promise.resolve({ locales: [...APP_LOCALES], fallback: LOCALE_FALLBACK }),
    getTranslationResource: async (code) => jsonModuleSchema.parse(await load(code)).default,
  });
  const translator = new Translator(locale, getter);
  await translator.init();
  return (key) => translator.translate(key);
}
