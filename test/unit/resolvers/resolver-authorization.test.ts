/**
 * Every resolver function of the app's admin pages is an admin function (checked for a Jira
 * administrator), and every function of every macro's resolver is either a declared read or a
 * write checked for role and page edit permission: a new function — or a new macro — cannot slip
 * in without one or the other.
 */
import { readManifest, resolverModules } from '../../support/resolver-functions';

const manifest = readManifest();
const modules = resolverModules();
const moduleOf = (key: string) => {
  const found = modules.find((m) => m.key === key);
  if (!found) throw new Error(`No resolver module for ${key}`);
  return found;
};

/** Functions that only read (what the viewer may see, the config form's choices and checks). */
const MACRO_READS: Record<string, readonly string[]> = {
  'aims-soa': ['getView', 'getCsv', 'getConfigDefaults', 'checkConfig'],
  'aims-policy': ['getView', 'getConfigOptions', 'saveConfig'],
  'aims-management-review': ['getView', 'getPeople', 'checkConfig'],
  'aims-scope-context': ['getView', 'getConfigOptions', 'saveConfig'],
  'aims-gap-analysis': ['getView'],
  'aims-audit-programme': ['getView', 'getConfigDefaults', 'checkConfig'],
  'aims-readiness': ['getView', 'getConfigDefaults', 'checkConfig'],
};

/** Functions of the Jira global pages that only read (as the viewer). */
const GLOBAL_PAGE_READS: Record<string, readonly string[]> = {
  'aims-overview': ['getView', 'getCompetenceRequirements'],
};

/**
 * Functions of the issue panel that only read (as the viewer), and `updateFields`, which records
 * the step's own fields as the viewer: Jira's edit permission and the field rules decide
 * (src/issue-panels/panel-field-update.ts), not an AIMS role.
 */
const ISSUE_PANEL_READS = ['getPanel', 'getPeople'];
const ISSUE_PANEL_JIRA_WRITES = ['updateFields'];

/** The issue panel and the issue glance (which shows the same Custom UI with the same resolver). */
const issuePanels = [
  ...(manifest.modules['jira:issuePanel'] ?? []),
  ...(manifest.modules['jira:issueGlance'] ?? []),
];
const adminPages = manifest.modules['jira:adminPage'] ?? [];
const globalPages = manifest.modules['jira:globalPage'] ?? [];
const macros = manifest.modules.macro ?? [];

describe('resolver functions and their authorization', () => {
  it.each(adminPages.map((m) => [m.key, m] as const))(
    'admin page %s: every function is defined as an admin function',
    (key) => {
      const { functionKeys: keys, exports } = moduleOf(key);
      expect(keys.length).toBeGreaterThan(0);
      expect([...(exports.ADMIN_FUNCTION_KEYS as string[])]).toEqual(keys);
    },
  );

  it.each(macros.map((m) => [m.key, m] as const))(
    'macro %s: every function is a declared read or a checked write',
    (key) => {
      const { functionKeys: keys, exports } = moduleOf(key);
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

  it.each(issuePanels.map((m) => [m.key, m] as const))(
    'issue panel or glance %s: every function is a read, a field record as the viewer, or a write checked for an AIMS role',
    (key) => {
      const { functionKeys: keys, exports } = moduleOf(key);
      const writes = exports.PAGE_WRITE_FUNCTIONS as ReadonlyMap<string, string> | undefined;
      if (!writes) throw new Error(`Issue panel ${key}: export PAGE_WRITE_FUNCTIONS`);
      expect([...keys].sort()).toEqual(
        [...ISSUE_PANEL_READS, ...ISSUE_PANEL_JIRA_WRITES, ...writes.keys()].sort(),
      );
      expect(Object.fromEntries(writes)).toEqual({
        createCorrectiveAction: 'panel.correctiveAction',
        addFinding: 'panel.finding',
        setPerson: 'panel.person',
        runTransition: 'panel.transition',
      });
    },
  );

  it.each(globalPages.map((m) => [m.key, m] as const))(
    'global page %s: every function is a declared read or a write checked for an AIMS role',
    (key) => {
      const { functionKeys: keys, exports } = moduleOf(key);
      const writes = exports.PAGE_WRITE_FUNCTIONS as ReadonlyMap<string, string> | undefined;
      const reads = GLOBAL_PAGE_READS[key];
      if (!writes || !reads) {
        throw new Error(
          `Global page ${key}: define its writes with definePageWrite, export PAGE_WRITE_FUNCTIONS, and list its reads here`,
        );
      }
      expect([...keys].sort()).toEqual([...reads, ...writes.keys()].sort());
      expect([...writes.values()]).toEqual([
        'register.edit',
        'register.edit',
        'register.edit',
        'competence.edit',
      ]);
    },
  );
});
