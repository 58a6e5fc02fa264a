import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validate } from '@forge/manifest';
import { parse, stringify } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.yml');

interface ModuleEntry {
  key: string;
  handler?: string;
  function?: string;
  resolver?: { function: string };
  adfExport?: { function: string };
}

function readManifest(): {
  modules: Record<string, ModuleEntry[]>;
  resources?: { key: string; path: string }[];
  app: { runtime: { name: string }; compatibility?: Record<string, { required: boolean }> };
} {
  return parse(fs.readFileSync(MANIFEST, 'utf8'));
}

describe('manifest.yml', () => {
  it('passes @forge/manifest validation offline with no errors', async () => {
    const result = await validate(false, MANIFEST);
    const errors = (result.errors ?? [])
      .filter((e) => e.level === 'error')
      .map((e) => `${e.message} (line ${e.line ?? '?'})`);
    expect(errors).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is one app across Jira and Confluence: Jira required, Confluence optional (app-compatibility)', () => {
    // Without the declaration the app would be installed separately into each product, with
    // storage that Confluence cannot read from Jira (docs/decisions/0008).
    expect(readManifest().app.compatibility).toEqual({
      jira: { required: true },
      confluence: { required: false },
    });
  });

  it('would fail @forge/manifest validation with two required Atlassian apps', async () => {
    const manifest = parse(fs.readFileSync(MANIFEST, 'utf8')) as {
      app: { compatibility: Record<string, { required: boolean }> };
    };
    manifest.app.compatibility = { jira: { required: true }, confluence: { required: true } };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-manifest-'));
    for (const resource of readManifest().resources ?? []) {
      fs.mkdirSync(path.join(dir, resource.path), { recursive: true });
    }
    const file = path.join(dir, 'manifest.yml');
    fs.writeFileSync(file, stringify(manifest));
    const result = await validate(false, file);
    expect((result.errors ?? []).map((e) => e.message)).toContainEqual(
      expect.stringMatching(/Only one context .* must have `required:true`/),
    );
  });

  it('runs on the nodejs22.x runtime', () => {
    expect(readManifest().app.runtime.name).toBe('nodejs22.x');
  });

  it('names only handlers that src/index.ts exports as functions', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const index = require(path.join(ROOT, 'src/index.ts')) as Record<string, unknown>;
    const functions = readManifest().modules.function ?? [];
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      const [file, exported] = (fn.handler ?? '').split('.');
      expect(file).toBe('index');
      expect(typeof index[exported ?? '']).toBe('function');
    }
  });

  it('points every module function reference at a declared function', () => {
    const manifest = readManifest();
    const declared = new Set((manifest.modules.function ?? []).map((f) => f.key));
    for (const [type, entries] of Object.entries(manifest.modules)) {
      if (type === 'function') continue;
      for (const entry of entries) {
        for (const ref of [entry.function, entry.resolver?.function, entry.adfExport?.function]) {
          if (ref !== undefined)
            expect({ module: entry.key, ref, declared: declared.has(ref) }).toEqual({
              module: entry.key,
              ref,
              declared: true,
            });
        }
      }
    }
  });

  it('has a built index.html for every Custom UI resource', () => {
    for (const resource of readManifest().resources ?? []) {
      expect(fs.existsSync(path.join(ROOT, resource.path, 'index.html'))).toBe(true);
    }
  });
});
