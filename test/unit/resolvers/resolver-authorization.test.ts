/**
 * Every resolver function of the app's admin pages is an admin function (checked for a Jira
 * administrator), and every function of every macro's resolver is either a declared read or a
 * write checked for role and page edit permission: a new function — or a new macro — cannot slip
 * in without one or the other.
 */
import fs from 'node:fs';
import path from 'node:path';
import Resolver from '@forge/resolver';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
const define = jest.spyOn(Resolver.prototype, 'define');

interface UiModule {
  key: string;
  resolver?: { function: string };
}
const manifest = parse(fs.readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as {
  modules: Record<string, UiModule[] | undefined> & {
    function: { key: string; handler: string }[];
  };
};
const barrel = fs.readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8');

/** The source module of a UI module's resolver (manifest function → src/index.ts re-export). */
function resolverModule(mod: UiModule): string {
  const fn = manifest.modules.function.find((f) => f.key === mod.resolver?.function);
  const exportName = fn?.handler.replace(/^index\./, '');
  const from = new RegExp(`export \\{ ${exportName} \\} from '\\./([^']+)';`).exec(barrel)?.[1];
  if (!from) throw new Error(`No resolver module for ${mod.key}`);
  return path.join(ROOT, 'src', from);
}

/** Loads a resolver module (first time): the function keys it defines, in order, and its exports. */
function load(modulePath: string): { keys: string[]; exports: Record<string, unknown> } {
  const from = define.mock.calls.length;
  const exports = jest.requireActual<Record<string, unknown>>(modulePath);
  return { keys: define.mock.calls.slice(from).map((call) => call[0]), exports };
}

/** Functions that only read (what the viewer may see, the config form's choices and checks). */
const MACRO_READS: Record<string, readonly string[]> = {
  'aims-soa': ['getView', 'getCsv', 'getConfigDefaults', 'checkConfig'],
  'aims-policy': ['getView', 'getConfigOptions', 'saveConfig'],
  'aims-management-review': ['getView', 'getPeople', 'checkConfig'],
  'aims-scope-context': ['getView', 'getConfigOptions', 'saveConfig'],
};

/** Functions of the Jira global pages that only read (as the viewer). */
const GLOBAL_PAGE_READS: Record<string, readonly string[]> = {
  'aims-overview': ['getView'],
};

const adminPages = manifest.modules['jira:adminPage'] ?? [];
const globalPages = manifest.modules['jira:globalPage'] ?? [];
const macros = manifest.modules.macro ?? [];

describe('resolver functions and their authorization', () => {
  it.each(adminPages.map((m) => [m.key, m] as const))(
    'admin page %s: every function is defined as an admin function',
    (_key, mod) => {
      const { keys, exports } = load(resolverModule(mod));
      expect(keys.length).toBeGreaterThan(0);
      expect([...(exports.ADMIN_FUNCTION_KEYS as string[])]).toEqual(keys);
    },
  );

  it.each(macros.map((m) => [m.key, m] as const))(
    'macro %s: every function is a declared read or a checked write',
    (key, mod) => {
      const { keys, exports } = load(resolverModule(mod));
      const writes = exports.MACRO_WRITE_FUNCTIONS as ReadonlyMap<string, string> | undefined;
      const reads = MACRO_READS[key];
      if (!writes || !reads) {
        throw new Error(
          `Macro ${key}: define its writes with defineMacroWrite, export MACRO_WRITE_FUNCTIONS, and list its reads here`,
        );
      }
      expect([...keys].sort()).toEqual([...reads, ...writes.keys()].sort());
    },
  );

  it.each(globalPages.map((m) => [m.key, m] as const))(
    'global page %s: every function is a declared read or a write checked for an AIMS role',
    (key, mod) => {
      const { keys, exports } = load(resolverModule(mod));
      const writes = exports.PAGE_WRITE_FUNCTIONS as ReadonlyMap<string, string> | undefined;
      const reads = GLOBAL_PAGE_READS[key];
      if (!writes || !reads) {
        throw new Error(
          `Global page ${key}: define its writes with definePageWrite, export PAGE_WRITE_FUNCTIONS, and list its reads here`,
        );
      }
      expect([...keys].sort()).toEqual([...reads, ...writes.keys()].sort());
      expect([...writes.values()]).toEqual(['register.edit', 'register.edit', 'register.edit']);
    },
  );
});
