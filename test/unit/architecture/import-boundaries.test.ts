import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The folder dependency rules of eslint.config.mjs (docs/architecture.md, docs/decisions/0005):
 * each rule fails on a file that breaks it, and files that keep them pass. The texts are linted
 * as if they were files at the given paths — the folder-scoped config applies as to a real file,
 * and nothing is written into the tree, so no other test or tool ever sees a violating file.
 */
const ROOT = path.resolve(__dirname, '../../..');

const DOMAIN = 'src/domain is pure: it imports only zod, node built-ins and src/domain itself.';
const UI_CONTRACT = 'src/ui-contract imports only zod, src/domain and src/ui-contract itself.';
const APP = 'The app (src/, static/) never imports the emulator or the tests.';
const STATIC = 'Custom UI (static/) imports from src/ only src/ui-contract and src/domain.';
const EMULATOR =
  'The emulator does not import the app: it runs it through manifest.yml (see docs/decisions/0005).';

interface Probe {
  name: string;
  filePath: string;
  code: string;
  /** The boundary message expected once per import that breaks a rule; empty: the file passes. */
  expected: string[];
}

const probe = 'boundary-probe.ts';
const violations: Probe[] = [
  {
    name: 'src/domain importing @forge/*',
    filePath: `src/domain/${probe}`,
    code: "import { storage } from '@forge/api';\nexport const probe = storage;\n",
    expected: [DOMAIN],
  },
  {
    name: 'src/domain importing a type from @forge/*',
    filePath: `src/domain/${probe}`,
    code: "import type { Route } from '@forge/api';\nexport type Probe = Route;\n",
    expected: [DOMAIN],
  },
  {
    name: 'src/domain importing another package',
    filePath: `src/domain/${probe}`,
    code: "export { parseDocument } from 'htmlparser2';\n",
    expected: [DOMAIN],
  },
  {
    name: 'src/domain importing another src/ folder, from any depth',
    filePath: `src/domain/catalog/${probe}`,
    code: "export { AIMS_FIELDS } from '../../jira/aims-schema/fields';\nexport * from '../../index';\n",
    expected: [DOMAIN, DOMAIN],
  },
  {
    name: 'src/ importing the emulator or the tests',
    filePath: `src/jira/${probe}`,
    code: "import '../../emulator/start';\nimport '../../test/support/jest-timeout';\n",
    expected: [APP, APP],
  },
  {
    name: 'static/ importing the emulator or the tests',
    filePath: `static/admin/src/${probe}`,
    code: "import '../../../emulator/start';\nimport '../../../test/support/jest-timeout';\n",
    expected: [APP, APP],
  },
  {
    name: 'static/ importing src/ outside src/ui-contract and src/domain',
    filePath: `static/admin/src/${probe}`,
    code: "export { AIMS_FIELDS } from '../../../src/jira/aims-schema/fields';\n",
    expected: [STATIC],
  },
  {
    name: 'src/ui-contract importing another src/ folder',
    filePath: `src/ui-contract/${probe}`,
    code: "export { AIMS_FIELDS } from '../jira/aims-schema/fields';\n",
    expected: [UI_CONTRACT],
  },
  {
    name: 'src/ui-contract importing a package other than zod',
    filePath: `src/ui-contract/${probe}`,
    code: "export { invoke } from '@forge/bridge';\n",
    expected: [UI_CONTRACT],
  },
  {
    name: 'emulator/ importing the app',
    filePath: `emulator/seed/${probe}`,
    code: "export { AIMS_FIELDS } from '../../src/jira/aims-schema/fields';\n",
    expected: [EMULATOR],
  },
  {
    name: 'the demo seed importing from src/ anything but the field table',
    filePath: 'emulator/seed/demo/demo-jira.ts',
    code: "export { AIMS_ISSUE_TYPES } from '../../../src/jira/aims-schema/issue-types';\n",
    expected: [EMULATOR],
  },
  {
    name: "the demo seed's pages importing from src/ anything but the macro node builder",
    filePath: 'emulator/seed/demo/demo-pages.ts',
    code: "export { AIMS_FIELDS } from '../../../src/jira/aims-schema/fields';\n",
    expected: [EMULATOR],
  },
];

const compliant: Probe[] = [
  {
    name: 'src/domain importing zod, node built-ins and src/domain',
    filePath: `src/domain/review/${probe}`,
    code: [
      "import { createHash } from 'node:crypto';",
      "import { z } from 'zod';",
      "import { ANNEX_A_CONTROLS } from '../catalog/annex-a';",
      'export const probe = [createHash, z, ANNEX_A_CONTROLS];',
      '',
    ].join('\n'),
    expected: [],
  },
  {
    name: 'src/ui-contract importing zod and src/domain',
    filePath: `src/ui-contract/${probe}`,
    code: "export { z } from 'zod';\nexport { ANNEX_A_CONTROLS } from '../domain/catalog/annex-a';\n",
    expected: [],
  },
  {
    name: 'static/ importing src/domain and packages',
    filePath: `static/admin/src/${probe}`,
    code: "export { invoke } from '@forge/bridge';\nexport { ANNEX_A_CONTROLS } from '../../../src/domain/catalog/annex-a';\n",
    expected: [],
  },
  {
    name: 'the rest of src/ importing @forge/*, src/ folders and src/domain',
    filePath: `src/jira/${probe}`,
    code: "export { storage } from '@forge/api';\nexport { AIMS_FIELDS } from './aims-schema/fields';\nexport { ANNEX_A_CONTROLS } from '../domain/catalog/annex-a';\n",
    expected: [],
  },
  {
    name: 'the demo seed importing the field table (docs/decisions/0005)',
    filePath: 'emulator/seed/demo/demo-jira.ts',
    code: "export { AIMS_FIELDS } from '../../../src/jira/aims-schema/fields';\n",
    expected: [],
  },
  {
    name: "the demo seed's pages importing the macro node builder (docs/decisions/0005)",
    filePath: 'emulator/seed/demo/demo-pages.ts',
    code: "export { forgeMacroNode } from '../../../src/confluence/forge-macro-node';\n",
    expected: [],
  },
];

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

/** ESLint's Node API in a child node (see test/support/lint-text.mjs): one run for every probe. */
function lint(probes: Probe[]): LintMessage[][] {
  const output = execFileSync(process.execPath, [path.join(ROOT, 'test/support/lint-text.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(probes.map(({ filePath, code }) => ({ filePath, code }))),
    encoding: 'utf8',
  });
  return JSON.parse(output) as LintMessage[][];
}

describe('import boundaries (npm run lint)', () => {
  const all = [...violations, ...compliant];
  let results: LintMessage[][];

  beforeAll(() => {
    results = lint(all);
  });

  const resultOf = (p: Probe): LintMessage[] => {
    const found = results[all.indexOf(p)];
    if (!found) throw new Error(`no lint result for ${p.name}`);
    return found;
  };

  it.each(violations.map((p) => [p.name, p] as const))('rejects %s', (_name, p) => {
    const messages = resultOf(p);
    expect(messages.map((m) => m.ruleId)).toEqual(
      p.expected.map(() => 'import-x/no-restricted-paths'),
    );
    messages.forEach((m, i) => expect(m.message).toContain(p.expected[i]));
  });

  it.each(compliant.map((p) => [p.name, p] as const))('accepts %s', (_name, p) => {
    expect(resultOf(p)).toEqual([]);
  });
});
