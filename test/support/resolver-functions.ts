/**
 * Every UI module of the manifest that has a resolver (admin pages, issue panels, macros) and the
 * function keys its resolver defines, read from the manifest and the resolver modules themselves:
 * a new module or function is listed without anyone adding it here. Call from a jest test file
 * (it spies on `Resolver.prototype.define` while loading each resolver module once).
 */
import fs from 'node:fs';
import path from 'node:path';
import Resolver from '@forge/resolver';
import { parse } from 'yaml';

export const APP_ROOT = path.resolve(__dirname, '../..');

export interface UiModule {
  key: string;
  resolver?: { function: string };
}

export interface ResolverModule {
  /** The manifest's module type: `jira:adminPage`, `jira:globalPage`, `jira:issuePanel`, `jira:issueGlance`, `macro`. */
  type: string;
  key: string;
  /** Source file of its resolver. */
  modulePath: string;
  /** Function keys, in definition order. */
  functionKeys: string[];
  exports: Record<string, unknown>;
}

interface Manifest {
  modules: Record<string, UiModule[] | undefined> & {
    function: { key: string; handler: string }[];
  };
}

export function readManifest(): Manifest {
  return parse(fs.readFileSync(path.join(APP_ROOT, 'manifest.yml'), 'utf8')) as Manifest;
}

/** The source module of a UI module's resolver (manifest function → src/index.ts re-export). */
function resolverModulePath(manifest: Manifest, mod: UiModule): string {
  const barrel = fs.readFileSync(path.join(APP_ROOT, 'src/index.ts'), 'utf8');
  const fn = manifest.modules.function.find((f) => f.key === mod.resolver?.function);
  const exportName = fn?.handler.replace(/^index\./, '');
  const from = new RegExp(`export \\{ ${exportName} \\} from '\\./([^']+)';`).exec(barrel)?.[1];
  if (!from) throw new Error(`No resolver module for ${mod.key}`);
  return path.join(APP_ROOT, 'src', from);
}

const loaded = new Map<string, { keys: string[]; exports: Record<string, unknown> }>();

/** Loads a resolver module (once): the function keys it defines, in order, and its exports. */
export function loadResolverModule(modulePath: string): {
  keys: string[];
  exports: Record<string, unknown>;
} {
  const known = loaded.get(modulePath);
  if (known) return known;
  const define = jest.spyOn(Resolver.prototype, 'define');
  try {
    const from = define.mock.calls.length;
    const exports = jest.requireActual<Record<string, unknown>>(modulePath);
    const result = { keys: define.mock.calls.slice(from).map((call) => call[0]), exports };
    if (result.keys.length === 0)
      throw new Error(`${modulePath} defined no function (loaded before?)`);
    loaded.set(modulePath, result);
    return result;
  } finally {
    define.mockRestore();
  }
}

/** The module types whose frames invoke a resolver. */
export const UI_MODULE_TYPES = [
  'jira:adminPage',
  'jira:globalPage',
  'jira:issuePanel',
  'jira:issueGlance',
  'macro',
] as const;

export function resolverModules(): ResolverModule[] {
  const manifest = readManifest();
  return UI_MODULE_TYPES.flatMap((type) =>
    (manifest.modules[type] ?? [])
      .filter((mod) => mod.resolver)
      .map((mod) => {
        const modulePath = resolverModulePath(manifest, mod);
        const { keys, exports } = loadResolverModule(modulePath);
        return { type, key: mod.key, modulePath, functionKeys: keys, exports };
      }),
  );
}
