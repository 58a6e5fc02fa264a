import type { ForgeSupportedLocaleCode } from '@forge/i18n';

/**
 * The locales and fallback rules of manifest.yml `translations`, which the words bundled with each
 * app (static/<app>/src/locales/) follow too: every app has a file for each of these locales, and a
 * viewer's locale falls back as the bridge falls back in the manifest's files (the locale, its
 * fallback list, then the default). test/unit/static/translations.test.ts keeps the two equal.
 */
export const APP_LOCALES: readonly ForgeSupportedLocaleCode[] = ['en-US', 'de-DE'];

export const LOCALE_FALLBACK: { default: ForgeSupportedLocaleCode } & Partial<
  Record<ForgeSupportedLocaleCode, ForgeSupportedLocaleCode[]>
> = { default: 'en-US' };
