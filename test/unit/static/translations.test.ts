/**
 * The app's translations, in their two places (docs/decisions/0010): the manifest's files
 * (manifest.yml `translations`, locales/: what several apps share) and each app's bundled words
 * (static/<app>/src/locales/: its screens' own namespace). In each place every locale has exactly
 * the keys English has, with the same placeholders; every key a screen asks for is in its app's
 * bundle or the manifest's files (and every key of a message the server sends the issue panel is in
 * the panel's bundle); every English key is used; the manifest's files stay within
 * Forge's 100 KB; and the converted screens hold no English left outside the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { extractI18nKeysFromModules } from '@forge/i18n';
import { parse } from 'yaml';
import { z } from 'zod';
import type { DeclaredTranslations } from '../../../emulator/forge-host/i18n/manifest-translations';
import {
  MAX_TRANSLATION_BYTES,
  loadTranslations,
  translationsSchema,
} from '../../../emulator/forge-host/i18n/manifest-translations';
import { APP_LOCALES, LOCALE_FALLBACK } from '../../../static/common/i18n/locale-rules';
import { PANEL_MESSAGE_PREFIX, SERVER_MESSAGE_KEYS } from '../../../src/ui-contract/server-message';
import { translationFileWords } from '../../support/translation-file';

const ROOT = path.resolve(__dirname, '../../..');

/** The Custom UIs whose every string goes through the translations. */
const TRANSLATED_APPS = [
  'static/admin/src',
  'static/audit-programme-macro/src',
  'static/gap-macro/src',
  'static/issue-panel/src',
  'static/overview/src',
  'static/scope-macro/src',
  'static/policy-macro/src',
  'static/readiness-macro/src',
  'static/review-macro/src',
  'static/soa-macro/src',
];
/** The shared pieces (static/common) those apps show, translated with them. */
const TRANSLATED_COMMON = [
  'JiraPathLink.tsx',
  'Problem.tsx',
  'Loading.tsx',
  'ErrorMessage.tsx',
  'KeyValueTable.tsx',
  'MacroConfigForm.tsx',
  'MoreInJira.tsx',
  'ShowFilter.tsx',
  'RequirementTables.tsx',
  'TextField.tsx',
  'TextAreaField.tsx',
  'SelectField.tsx',
  'TitledSection.tsx',
  'Confirmation.tsx',
  'ContextChanges.tsx',
  'SealStatus.tsx',
  'PersonField.tsx',
  'FilterStatus.tsx',
  'CollapsedList.tsx',
  'mount-macro.tsx',
  'document-control/Approval.tsx',
  'document-control/ControlHistory.tsx',
  'document-control/ControlledDocumentMacro.tsx',
  'document-control/DocumentConfigForm.tsx',
  'document-control/DocumentControl.tsx',
  'document-control/DocumentControlPanel.tsx',
  'document-control/DocumentOwner.tsx',
  'document-control/DocumentWarnings.tsx',
  'document-control/VersionPicker.tsx',
].map((f) => `static/common/${f}`);

const manifestSchema = z.looseObject({
  modules: z.record(z.string(), z.unknown()).default({}),
  translations: z.looseObject({
    resources: z.array(z.looseObject({ key: z.string(), path: z.string() })),
    fallback: z.looseObject({ default: z.string() }),
  }),
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'build' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

const manifest = manifestSchema.parse(
  parse(fs.readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')),
);
/** The manifest's `translations` as the emulator reads them. */
const declared = z
  .custom<DeclaredTranslations>((v) => translationsSchema.safeParse(v).success)
  .parse(manifest.translations);
/** The i18n keys the manifest's module properties name (`title: { i18n: key }`). */
const moduleKeys = extractI18nKeysFromModules(manifest.modules);

/** Where translations live: the manifest's files, or one app's bundled `src/locales/`. */
interface Place {
  name: string;
  /** The app folder (`static/admin`) whose sources read this place alone; none for the manifest. */
  app?: string;
  locales: Map<string, Map<string, string>>;
  english: Map<string, string>;
}

function placeOf(name: string, files: [string, string][], app?: string): Place {
  const locales = new Map(
    files.map(([locale, file]) => [locale, translationFileWords(path.join(ROOT, file))]),
  );
  return { name, app, locales, english: locales.get('en-US') ?? new Map<string, string>() };
}

const manifestPlace = placeOf(
  'manifest.yml translations',
  manifest.translations.resources.map((r) => [r.key, r.path]),
);
/** The apps with words of their own, bundled with them. */
const bundledApps = fs
  .readdirSync(path.join(ROOT, 'static'))
  .filter((app) => fs.existsSync(path.join(ROOT, 'static', app, 'src', 'locales')))
  .map((app) => `static/${app}`);
const appPlaces = bundledApps.map((app) =>
  placeOf(
    `${app}/src/locales`,
    APP_LOCALES.map((locale) => [locale, `${app}/src/locales/${locale}.json`]),
    app,
  ),
);
const places = [manifestPlace, ...appPlaces];
const placeLocales = places.flatMap((place) =>
  [...place.locales.keys()].map((locale) => [place.name, locale, place] as const),
);

const read = (file: string) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') });
/** Every Custom UI source: a key asked for anywhere must be in every locale. */
const files = sourceFiles('static').map(read);
const translatedFiles = [...TRANSLATED_APPS.flatMap(sourceFiles), ...TRANSLATED_COMMON]
  .filter((f) => f.endsWith('.tsx'))
  .map(read);

/** The app folder a source belongs to (`static/admin`), none for static/common. */
const appOf = (file: string): string | undefined => {
  const app = file.split(path.sep).slice(0, 2).join('/');
  return app === 'static/common' ? undefined : app;
};

const TEXT_PROPS = new Set(['label', 'title', 'aria-label', 'hint', 'description', 'placeholder']);

/** Words a person reads, written in the code: JSX text, and string literals of text props. */
function literalText(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /[A-Za-z]{2,}/.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      TEXT_PROPS.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /[a-z]{2,}/.test(node.initializer.text)
    )
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The one file that asks for keys it does not write out: the messages the app's functions send
 * the issue panel (src/ui-contract/server-message), each a key under its prefix.
 */
const SERVER_TEXT_FILE = path.join('static', 'issue-panel', 'src', 'server-text.ts');

/**
 * `t('key'…)` and `tn('key', n…)` calls, as the keys they read (`key.one`, `key.other`), and the
 * keys of the messages the server sends, read by the issue panel.
 */
function usedKeys(): { keys: string[]; file: string }[] {
  return [
    ...files.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\w.])(tn?)\(\s*'([^']+)'/g)].map((m) => {
        const key = m[2] ?? '';
        return { keys: m[1] === 'tn' ? [`${key}.one`, `${key}.other`] : [key], file };
      }),
    ),
    { keys: SERVER_MESSAGE_KEYS.map((k) => `${PANEL_MESSAGE_PREFIX}${k}`), file: SERVER_TEXT_FILE },
  ];
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

const kilobytes = (bytes: number): string => (bytes / 1024).toFixed(1);
const manifestBytes = manifest.translations.resources.reduce(
  (sum, r) => sum + fs.statSync(path.join(ROOT, r.path)).size,
  0,
);

describe('the translations', () => {
  it('has English as the default locale and one more locale', () => {
    expect(manifest.translations.fallback.default).toBe('en-US');
    expect([...manifestPlace.locales.keys()].sort()).toEqual(['de-DE', 'en-US']);
  });

  it("bundles each app's words in the manifest's locales, falling back by its rules", () => {
    expect([...APP_LOCALES].sort()).toEqual([...manifestPlace.locales.keys()].sort());
    expect(LOCALE_FALLBACK).toEqual(manifest.translations.fallback);
    const stray = bundledApps.flatMap((app) =>
      fs
        .readdirSync(path.join(ROOT, app, 'src', 'locales'))
        .filter((f) => !APP_LOCALES.some((locale) => f === `${locale}.json`))
        .map((f) => `${app}/src/locales/${f}`),
    );
    expect(stray).toEqual([]);
    // Each app hands its files to mountApp / mountMacro, or its words would show as keys.
    const unloaded = bundledApps.filter(
      (app) => !read(`${app}/src/main.tsx`).text.includes('import(`./locales/${locale}.json`)'),
    );
    expect(unloaded).toEqual([]);
  });

  it(`keeps the manifest's translation files under Forge's 100 KB: ${kilobytes(manifestBytes)} KB together`, () => {
    // The emulator's own check, as `forge deploy` refuses files over 100 KB together.
    expect(() => loadTranslations(ROOT, declared, manifest.modules)).not.toThrow();
    expect(manifestBytes).toBeLessThan(MAX_TRANSLATION_BYTES);
  });

  it('keeps in the manifest only what several apps share', () => {
    const namespaces = new Set([...manifestPlace.english.keys()].map((k) => k.split('.')[0]));
    const readers = (namespace: string): Set<string> =>
      new Set(
        usedKeys()
          .filter(({ keys }) => keys.some((k) => k.startsWith(`${namespace}.`)))
          .map(({ file }) => appOf(file) ?? 'static/common'),
      );
    const ownedByOneApp = [...namespaces].filter((ns = '') => {
      const by = readers(ns);
      const named = moduleKeys.some((k) => k.startsWith(`${ns}.`));
      return by.size === 1 && !by.has('static/common') && !named;
    });
    expect(ownedByOneApp).toEqual([]);
  });

  it.each(placeLocales)('%s: %s has exactly the keys English has', (_name, locale, place) => {
    const keys = [...(place.locales.get(locale)?.keys() ?? [])];
    expect(keys.filter((k) => !place.english.has(k))).toEqual([]);
    expect([...place.english.keys()].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(placeLocales)('%s: %s fills the placeholders English has', (_name, locale, place) => {
    const keys = place.locales.get(locale) ?? new Map<string, string>();
    const differing = [...place.english].filter(
      ([k, v]) => placeholders(keys.get(k) ?? '').join() !== placeholders(v).join(),
    );
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it.each([...manifestPlace.locales.keys()])(
    "%s has every key a screen uses, in its app's bundle or the manifest's files",
    (locale) => {
      const missing = usedKeys().flatMap(({ keys, file }) => {
        const app = appPlaces.find((p) => p.app === appOf(file));
        const has = (k: string) =>
          manifestPlace.locales.get(locale)?.has(k) || app?.locales.get(locale)?.has(k);
        return keys.filter((k) => !has(k)).map((k) => `${k} (${file})`);
      });
      expect(missing).toEqual([]);
    },
  );

  it("keeps each key in one place: an app's bundle or the manifest's files", () => {
    const both = appPlaces.flatMap((p) =>
      [...p.english.keys()]
        .filter((k) => manifestPlace.english.has(k))
        .map((k) => `${p.name}: ${k}`),
    );
    expect(both).toEqual([]);
  });

  it.each(places.map((p) => [p.name, p] as const))(
    '%s has no English key that no screen uses',
    (_name, place) => {
      const used = new Set([
        ...usedKeys()
          .filter(({ file }) => place.app === undefined || appOf(file) === place.app)
          .flatMap(({ keys }) => keys),
        ...(place.app === undefined ? moduleKeys : []),
      ]);
      expect([...place.english.keys()].filter((k) => !used.has(k))).toEqual([]);
    },
  );

  it('asks only for keys written out (or sent by the server), so that this test can check them', () => {
    const dynamic = files
      .filter(({ file }) => file !== SERVER_TEXT_FILE)
      .flatMap(({ file, text }) =>
        [...text.matchAll(/(?<![\w.])tn?\(\s*[^'\s)]/g)].map((m) => `${file}: ${m[0]}`),
      );
    expect(dynamic).toEqual([]);
  });

  it('leaves no English text in the converted screens', () => {
    const english = translatedFiles.flatMap(({ file, text }) =>
      literalText(file, text).map((s) => `${file}: ${s}`),
    );
    expect(english).toEqual([]);
  });
});
