import fs from 'node:fs';
import path from 'node:path';
import {
  FORGE_SUPPORTED_LOCALE_CODES,
  extractI18nKeysFromModules,
  getTranslationValue,
} from '@forge/i18n';
import type { ForgeSupportedLocaleCode } from '@forge/i18n';
import { z } from 'zod';

/**
 * The manifest's `translations` (Forge docs, manifest-reference/translations): the locale files and
 * the fallback rules, checked as `forge deploy` checks them.
 */
const localeCode = z.enum(FORGE_SUPPORTED_LOCALE_CODES);

export const translationsSchema = z.strictObject({
  resources: z.array(z.strictObject({ key: localeCode, path: z.string().min(1) })).min(1),
  /** `default`: one locale; any other key: a target locale and the locales it falls back to. */
  fallback: z
    .record(z.string(), z.union([localeCode, z.array(localeCode).min(1)]))
    .transform((f, ctx) => {
      const { default: defaultLocale, ...targets } = f;
      if (typeof defaultLocale !== 'string') {
        ctx.addIssue({ code: 'custom', message: 'fallback.default must be one locale code' });
        return z.NEVER;
      }
      const rules: Partial<Record<ForgeSupportedLocaleCode, ForgeSupportedLocaleCode[]>> = {};
      for (const [key, list] of Object.entries(targets)) {
        const target = localeCode.safeParse(key);
        if (!target.success || !Array.isArray(list)) {
          ctx.addIssue({
            code: 'custom',
            message: `fallback.${key} must be a supported locale code with a list`,
          });
          return z.NEVER;
        }
        rules[target.data] = list;
      }
      return { default: defaultLocale, ...rules };
    }),
});

/** "Translation files referenced in your manifest.yml have a combined size limit of 100 KB." */
export const MAX_TRANSLATION_BYTES = 100 * 1024;

export interface TranslationContent {
  [key: string]: string | TranslationContent;
}

const contentSchema: z.ZodType<TranslationContent> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), contentSchema])),
);

/** The app's translations as the Forge platform serves them to its Custom UI (`__LOCALES__`). */
export type DeclaredTranslations = z.input<typeof translationsSchema>;

export interface AppTranslations {
  locales: ForgeSupportedLocaleCode[];
  fallback: z.output<typeof translationsSchema>['fallback'];
  content: Map<ForgeSupportedLocaleCode, TranslationContent>;
  /** The i18n keys the manifest's module properties name (`title: { i18n: key }`). */
  moduleKeys: string[];
}

/**
 * Reads the translation files a manifest names. Refused as Forge's deploy refuses: a fallback
 * locale with no resource, a default file without a key a module property names, files over
 * 100 KB together, a file that is not JSON of strings.
 */
export function loadTranslations(
  appRoot: string,
  declaredInput: DeclaredTranslations,
  modules: Record<string, unknown>,
): AppTranslations {
  const declared = translationsSchema.parse(declaredInput);
  const content = new Map<ForgeSupportedLocaleCode, TranslationContent>();
  let bytes = 0;
  for (const resource of declared.resources) {
    const file = path.resolve(appRoot, resource.path);
    if (!fs.existsSync(file))
      throw new Error(
        `manifest.yml: translations resource ${resource.key} names ${resource.path}, which does not exist`,
      );
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    const parsed = contentSchema.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new Error(
        `manifest.yml: ${resource.path} is not a translation file: ${z.prettifyError(parsed.error)}`,
      );
    content.set(resource.key, parsed.data);
  }
  if (bytes > MAX_TRANSLATION_BYTES)
    throw new Error(
      `manifest.yml: the translation files are ${bytes} bytes together; Forge allows 100 KB`,
    );
  const { default: defaultLocale, ...targets } = declared.fallback;
  const named = [defaultLocale, ...Object.values(targets).flat()];
  for (const locale of named) {
    if (!content.has(locale))
      throw new Error(
        `manifest.yml: translations.fallback names ${locale}, which translations.resources does not define`,
      );
  }
  const defaults = content.get(defaultLocale) ?? {};
  for (const key of extractI18nKeysFromModules(modules)) {
    if (getTranslationValue({ [defaultLocale]: defaults }, key, defaultLocale) === null)
      throw new Error(
        `manifest.yml: the i18n key '${key}' is missing in the default locale ${defaultLocale}`,
      );
  }
  return {
    moduleKeys: extractI18nKeysFromModules(modules),
    locales: [...content.keys()],
    fallback: declared.fallback,
    content,
  };
}
