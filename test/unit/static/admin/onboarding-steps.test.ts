import fs from 'node:fs';
import path from 'node:path';
import { isReservedJqlWord } from '../../../../static/admin/src/jql-reserved-names';
import {
  nextStep,
  onboardingSteps,
} from '../../../../static/admin/src/onboarding/onboarding-steps';
import { AIMS_ISSUE_TYPES } from '../../../../src/jira/aims-schema';
import { quote } from '../../../../src/jira/jql-builder';
import type { OnboardingStatus } from '../../../../src/ui-contract/onboarding-view';

/** A key's text in the admin page's bundled translations (as its `t` gives it). */
function translations(
  locale: string,
): (key: string, values?: Record<string, string | number>) => string {
  const file = path.resolve(__dirname, `../../../../static/admin/src/locales/${locale}.json`);
  const content: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  return (key, values = {}) => {
    const found = key
      .split('.')
      .reduce<unknown>(
        (node, part) =>
          typeof node === 'object' && node !== null
            ? (node as Record<string, unknown>)[part]
            : undefined,
        content,
      );
    if (typeof found !== 'string') return key;
    return found.replace(/\{(\w+)\}/g, (all, name: string) =>
      name in values ? String(values[name]) : all,
    );
  };
}
const t = translations('en-US');

const fresh: OnboardingStatus = {
  project: {
    key: 'AIMS',
    found: { key: 'AIMS', name: 'AI Management System', companyManaged: true },
  },
  provisioned: false,
  riskMatrixSaved: false,
  roles: [
    { configKey: 'managerGroup', group: 'aims-managers', exists: true },
    { configKey: 'topManagementGroup', group: 'aims-top-management', exists: false },
  ],
  pages: { spaceId: null, present: [] },
  roadmapMissing: null,
  issueTypesToRename: [],
  board: null,
};

const done: OnboardingStatus = {
  ...fresh,
  provisioned: true,
  riskMatrixSaved: true,
  roles: fresh.roles.map((r) => ({ ...r, exists: true })),
  pages: { spaceId: '1', present: ['scope', 'policy', 'soa', 'review'] },
  roadmapMissing: 42,
};

describe('the onboarding steps, from the state read back', () => {
  it('on a fresh site: the project is there; provisioning is next', () => {
    const steps = onboardingSteps(fresh, t);
    expect(steps.map((s) => [s.label, s.done])).toEqual([
      ['Project', true],
      ['Provision', false],
      ['Risk matrix', false],
      ['Roles', false],
      ['Confluence pages', false],
      ['Roadmap', false],
      ['AIMS board', false],
    ]);
    expect(nextStep(steps)?.label).toBe('Provision');
  });

  it('a team-managed or missing project is still to do', () => {
    const team = {
      ...fresh,
      project: { key: 'T', found: { key: 'T', name: 'T', companyManaged: false } },
    };
    expect(onboardingSteps(team, t)[0]?.done).toBe(false);
    expect(onboardingSteps({ ...fresh, project: { key: 'X', found: null } }, t)[0]?.done).toBe(
      false,
    );
  });

  it('a page deleted since is to do again', () => {
    const missingPolicy: OnboardingStatus = {
      ...done,
      pages: { spaceId: '1', present: ['scope', 'soa', 'review'] },
    };
    expect(nextStep(onboardingSteps(missingPolicy, t))?.label).toBe('Confluence pages');
  });

  it('an issue type still to rename in Jira makes provisioning to do again', () => {
    const upgraded = { ...done, issueTypesToRename: [{ from: 'Audit', to: 'AIMS Audit' }] };
    expect(onboardingSteps(upgraded, t).find((s) => s.label === 'Provision')?.done).toBe(false);
    expect(nextStep(onboardingSteps(upgraded, t))).toMatchObject({
      label: 'Provision',
      detail: 'provisioning renames “Audit” to “AIMS Audit” in Jira (its issues keep their type)',
    });
  });

  it('the AIMS board is done only when it exists and nothing about it is wrong; it is optional', () => {
    const board = {
      id: 7,
      name: 'AIMS board (AIMS)',
      url: '/jira/software/c/projects/AIMS/boards/7',
    };
    const stepOf = (b: OnboardingStatus['board']) =>
      onboardingSteps({ ...done, board: b }, t).find((s) => s.label === 'AIMS board');
    expect(stepOf(null)).toMatchObject({ done: false, optional: true });
    expect(stepOf({ board: null, problems: ['There is no AIMS board yet.'] })?.done).toBe(false);
    expect(stepOf({ board, problems: ['In no column: React.'] })?.done).toBe(false);
    expect(stepOf({ board, problems: [] })?.done).toBe(true);
    expect(nextStep(onboardingSteps({ ...done, board: null }, t))).toBeUndefined();
  });

  it('the optional roadmap never holds the end back', () => {
    const steps = onboardingSteps(done, t);
    expect(steps.find((s) => s.label === 'Roadmap')?.done).toBe(false);
    expect(nextStep(steps)).toBeUndefined();
  });

  it("names the steps in the viewer's language", () => {
    const steps = onboardingSteps(fresh, translations('de-DE'));
    expect(steps.map((s) => s.label)).toEqual([
      'Projekt',
      'Bereitstellen',
      'Risikomatrix',
      'Rollen',
      'Confluence-Seiten',
      'Fahrplan',
      'AIMS-Board',
    ]);
  });
});

describe('issue type names and JQL', () => {
  it('warns about JQL reserved words, whatever their case, and not about names of two words', () => {
    expect(isReservedJqlWord('Audit')).toBe(true);
    expect(isReservedJqlWord(' audit ')).toBe(true);
    expect(isReservedJqlWord('Internal Audit')).toBe(false);
    expect(isReservedJqlWord('Nonconformity')).toBe(false);
  });

  it('no default name is reserved (not even the audit\'s, once "Audit"), and the JQL the app writes quotes every name', () => {
    expect(AIMS_ISSUE_TYPES.map((t) => t.defaultName).filter(isReservedJqlWord)).toEqual([]);
    expect(AIMS_ISSUE_TYPES.flatMap((t) => t.formerDefaultNames ?? [])).toEqual(['Audit']);
    for (const t of AIMS_ISSUE_TYPES) expect(quote(t.defaultName)).toBe(`"${t.defaultName}"`);
  });
});
