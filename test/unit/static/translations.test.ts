/**
 * The app's translations (manifest.yml `translations`, locales/): every key a converted screen
 * asks for is in every locale, no locale has a key English lacks (or lacks one English has),
 * placeholders agree, and the converted screens hold no English left outside the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '../../..');

/** The Custom UIs whose every string goes through the translations. */
const TRANSLATED_APPS = [
  'static/audit-programme-macro/src',
  'static/gap-macro/src',
  'static/scope-macro/src',
  'static/policy-macro/src',
  'static/readiness-macro/src',
  'static/review-macro/src',
  'static/soa-macro/src',
];
/** The shared pieces (static/common) those apps show, translated with them. */
const TRANSLATED_COMMON = [
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
  translations: z.looseObject({
    resources: z.array(z.looseObject({ key: z.string(), path: z.string() })),
    fallback: z.looseObject({ default: z.string() }),
  }),
});

interface Content {
  [key: string]: string | Content;
}

function flatten(content: Content, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(content)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

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
const locales = new Map(
  manifest.translations.resources.map((r) => [
    r.key,
    flatten(JSON.parse(fs.readFileSync(path.join(ROOT, r.path), 'utf8')) as Content),
  ]),
);
const english = locales.get(manifest.translations.fallback.default) ?? new Map<string, string>();
const read = (file: string) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') });
/** Every Custom UI source: a key asked for anywhere must be in every locale. */
const files = sourceFiles('static').map(read);
const translatedFiles = [...TRANSLATED_APPS.flatMap(sourceFiles), ...TRANSLATED_COMMON]
  .filter((f) => f.endsWith('.tsx'))
  .map(read);

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

/** `t('key'…)` and `tn('key', n…)` calls (the plural forms `key.one`, `key.other`). */
function usedKeys(): { key: string; plural: boolean; file: string }[] {
  return files.flatMap(({ file, text }) =>
    [...text.matchAll(/(?<![\w.])(tn?)\(\s*'([^']+)'/g)].map((m) => ({
      key: m[2] ?? '',
      plural: m[1] === 'tn',
      file,
    })),
  );
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the translations', () => {
  it('has English as the default locale and one more locale', () => {
    expect(manifest.translations.fallback.default).toBe('en-US');
    expect([...locales.keys()].sort()).toEqual(['de-DE', 'en-US']);
  });

  it.each([...locales.keys()])('%s has every key a converted screen uses', (locale) => {
    const keys = locales.get(locale) ?? new Map<string, string>();
    const missing = usedKeys().flatMap(({ key, plural, file }) =>
      (plural ? [`${key}.one`, `${key}.other`] : [key])
        .filter((k) => !keys.has(k))
        .map((k) => `${k} (${file})`),
    );
    expect(missing).toEqual([]);
  });

  it.each([...locales.keys()])('%s has exactly the keys English has', (locale) => {
    const keys = [...(locales.get(locale)?.keys() ?? [])];
    expect(keys.filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each([...locales.keys()])('%s fills the placeholders English has', (locale) => {
    const keys = locales.get(locale) ?? new Map<string, string>();
    const differing = [...english].filter(
      ([k, v]) => placeholders(keys.get(k) ?? '').join() !== placeholders(v).join(),
    );
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('has no English key that no screen uses', () => {
    const used = new Set(
      usedKeys().flatMap(({ key, plural }) => (plural ? [`${key}.one`, `${key}.other`] : [key])),
    );
    expect([...english.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('asks only for keys written out, so that this test can check them', () => {
    const dynamic = files.flatMap(({ file, text }) =>
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
