/**
 * Every function of the admin resolver is an admin function (checked for a Jira administrator),
 * and every function of a macro's resolver is either a declared read or a write checked for role
 * and page edit permission: a new function cannot slip in without one or the other.
 */
import Resolver from '@forge/resolver';

const define = jest.spyOn(Resolver.prototype, 'define');

/** Loads a resolver module (first time): the function keys it defines, in order, and its exports. */
function load(modulePath: string): { keys: string[]; exports: Record<string, unknown> } {
  const from = define.mock.calls.length;
  const exports = jest.requireActual<Record<string, unknown>>(modulePath);
  return { keys: define.mock.calls.slice(from).map((call) => call[0]), exports };
}

/** Functions that only read (what the viewer may see, the config form's choices and checks). */
const READS = {
  soa: ['getView', 'getCsv', 'getConfigDefaults', 'checkConfig'],
  policy: ['getView', 'getConfigOptions', 'saveConfig'],
  review: ['getView', 'getPeople', 'checkConfig'],
} as const;

describe('resolver functions and their authorization', () => {
  it('admin: every function is defined as an admin function', () => {
    const { keys, exports } = load('../../../src/resolvers/admin-resolver');
    const ADMIN_FUNCTION_KEYS = exports.ADMIN_FUNCTION_KEYS as string[];
    expect(keys.length).toBeGreaterThan(0);
    expect([...ADMIN_FUNCTION_KEYS]).toEqual(keys);
  });

  it.each([
    ['soa', '../../../src/resolvers/soa-macro-resolver', 'SOA_MACRO_WRITES'],
    ['policy', '../../../src/resolvers/policy-macro-resolver', 'POLICY_MACRO_WRITES'],
    ['review', '../../../src/resolvers/review-macro-resolver', 'REVIEW_MACRO_WRITES'],
  ] as const)(
    '%s macro: every function is a declared read or a checked write',
    (name, modulePath, writesName) => {
      const { keys, exports } = load(modulePath);
      const writes = exports[writesName] as ReadonlyMap<string, string>;
      expect(writes.size).toBeGreaterThan(0);
      expect([...keys].sort()).toEqual([...READS[name], ...writes.keys()].sort());
    },
  );
});
