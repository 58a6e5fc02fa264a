import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const ROOT = import.meta.dirname;
const SOURCE_FILES = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];
const RESOLVER_SETTINGS = {
  'import-x/resolver-next': [
    createNodeResolver({
      extensions: ['.ts', '.tsx', '.d.ts', '.mjs', '.cjs', '.js', '.json'],
      // A dynamic import() names the module as it is emitted (`./SoaConfig.js` for SoaConfig.tsx).
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    }),
  ],
};
/**
 * The emulator files that import the app, each with the src/ files it may import (relative to
 * src/): the demo seed finds the provisioned fields by the app's field table, and writes the app's
 * macros into its pages with the builder the onboarding uses (docs/decisions/0005).
 */
const DEMO_SEED_IMPORTS = {
  'emulator/seed/demo/demo-jira.ts': ['./jira/aims-schema/fields.ts'],
  'emulator/seed/demo/demo-pages.ts': ['./confluence/forge-macro-node.ts'],
};

/**
 * Who may import what (paths from the repository root; `except` entries are relative to `from`).
 * Node built-ins resolve to no path, so no zone restricts them.
 * @param {string[]} emulatorMayImportFromSrc the src/ files the linted emulator file may import
 */
function boundaryZones(emulatorMayImportFromSrc) {
  return [
    {
      target: './src/domain',
      from: '.',
      except: ['./src/domain', './node_modules/zod'],
      message: 'src/domain is pure: it imports only zod, node built-ins and src/domain itself.',
    },
    {
      target: './src/ui-contract',
      from: '.',
      except: ['./src/ui-contract', './src/domain', './node_modules/zod'],
      message: 'src/ui-contract imports only zod, src/domain and src/ui-contract itself.',
    },
    {
      target: ['./src', './static'],
      from: ['./emulator', './test'],
      message: 'The app (src/, static/) never imports the emulator or the tests.',
    },
    {
      target: './static',
      from: './src',
      except: ['./ui-contract', './domain'],
      message: 'Custom UI (static/) imports from src/ only src/ui-contract and src/domain.',
    },
    {
      target: './emulator',
      from: './src',
      except: emulatorMayImportFromSrc,
      message:
        'The emulator does not import the app: it runs it through manifest.yml (see docs/decisions/0005).',
    },
  ];
}

/** @param {string[]} emulatorMayImportFromSrc see boundaryZones */
function boundaryRules(emulatorMayImportFromSrc) {
  return {
    plugins: { 'import-x': importX },
    settings: RESOLVER_SETTINGS,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: ROOT, zones: boundaryZones(emulatorMayImportFromSrc) },
      ],
      // An import the resolver cannot follow would slip past the zones, so every one must resolve
      // (type-only imports are skipped here; the zones still check each one that resolves).
      'import-x/no-unresolved': 'error',
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      'static/*/build/**',
      'test/e2e/fixtures/*/static/*/build/**',
      'emulator/shell/build/**',
      '.aims-site/**',
      'src/jira/generated/**',
      'src/confluence/generated/**',
      'test/generated/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The dependency rules between folders. One config object sets them for every file but the demo
  // seed, and one for the demo seed alone: flat config REPLACES a rule's options when a later
  // object sets the rule again for the same file, so overlapping objects would drop zones silently.
  { files: SOURCE_FILES, ignores: Object.keys(DEMO_SEED_IMPORTS), ...boundaryRules([]) },
  ...Object.entries(DEMO_SEED_IMPORTS).map(([file, allowed]) => ({
    files: [file],
    ...boundaryRules(allowed),
  })),
);
