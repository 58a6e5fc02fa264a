import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateExpression } from '../../../emulator/forge-host/jira-expressions/evaluate';
import {
  issueEntity,
  siteUserEntity,
  statusEntity,
  transitionEntity,
} from '../../../emulator/forge-host/jira-expressions/jira-context';
import type { SiteUser } from '../../../emulator/core/users';
import { loadManifest } from '../../../emulator/forge-host/manifest';
import { injectBridge } from '../../../emulator/forge-host/custom-ui/bridge-script';
import { FIXTURE_APP } from './fixture-host';

const restIssue = {
  id: '10042',
  key: 'AIMS-42',
  fields: {
    summary: 'Model drift',
    status: {
      id: '3',
      name: 'In Progress',
      statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
    },
    issuetype: { id: '10010', name: 'Nonconformity' },
    project: { id: '10001', key: 'AIMS', name: 'AIMS' },
    assignee: { accountId: 'u-1', displayName: 'Ada' },
    reporter: null,
    labels: ['ml'],
    customfield_10050: { id: '1', value: 'Major' },
    customfield_10051: null,
    issuelinks: [
      {
        id: '1',
        type: { id: '20', name: 'corrects', inward: 'is corrected by', outward: 'corrects' },
        inwardIssue: {
          id: '10043',
          key: 'AIMS-43',
          fields: {
            summary: 'Fix it',
            status: {
              id: '10001',
              name: 'Done',
              statusCategory: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
            },
          },
        },
      },
      {
        id: '2',
        type: { id: '20', name: 'corrects', inward: 'is corrected by', outward: 'corrects' },
        inwardIssue: {
          id: '10044',
          key: 'AIMS-44',
          fields: {
            summary: 'Retrain',
            status: {
              id: '3',
              name: 'In Progress',
              statusCategory: {
                id: 4,
                key: 'indeterminate',
                name: 'In Progress',
                colorName: 'yellow',
              },
            },
          },
        },
      },
    ],
  },
};

const siteUser = (accountId: string, groups: string[]): SiteUser => ({
  accountId,
  accountType: 'atlassian',
  email: `${accountId}@example.com`,
  displayName: accountId,
  apiToken: 't',
  groups,
  active: true,
  timeZone: 'UTC',
  locale: 'en_GB',
});

const scope = {
  issue: issueEntity(restIssue, (accountId) => (accountId === 'u-1' ? ['jira-users'] : undefined)),
  user: siteUserEntity(siteUser('u-2', ['aims-managers'])),
  transition: transitionEntity({
    id: 31,
    name: 'Verify effective and close',
    from: statusEntity({ id: '3', name: 'Effectiveness Review' }),
    to: statusEntity({ id: '10001', name: 'Closed' }),
    hasScreen: false,
  }),
  config: { grade: 'Major', threshold: 2, group: 'aims-managers' },
};

const run = (expression: string): unknown => evaluateExpression(expression, scope);

describe('Jira expressions', () => {
  it.each([
    ['issue.customfield_10050.value == config.grade', true],
    ['issue.customfield_10051 == null', true],
    ["issue.status.category.key != 'done'", true],
    ["issue.links.filter(l => l.type.name == 'corrects' && l.direction == 'inward').length", 2],
    ["issue.links.every(l => l.linkedIssue.status.category.key == 'done')", false],
    ["issue.links.some(l => l.linkedIssue.status.category.key == 'done')", true],
    ['issue.links.map(l => l.linkedIssue.key)', ['AIMS-43', 'AIMS-44']],
    ["user.groups().includes('aims-managers') && issue.assignee.accountId != user.accountId", true],
    ["issue.assignee.groups().includes('aims-managers')", false],
    ["transition.name + ' → ' + transition.to.name", 'Verify effective and close → Closed'],
    ['issue.reporter?.accountId', null],
    [
      "issue.labels.length >= config.threshold ? 'ok' : `needs ${config.threshold} labels`",
      'needs 2 labels',
    ],
    ["issue.issueType.name + ' ' + issue.key", 'Nonconformity AIMS-42'],
    ['!(issue.id > 10000)', false],
  ])('%s → %p', (expression, expected) => {
    expect(run(expression)).toEqual(expected);
  });

  it.each([
    ['issue.noSuchMember', /Unknown member 'noSuchMember' of type Issue/],
    ['user.groups.includes(config.group)', /'groups' is a method of type User, not a property/],
    ['user.accountId()', /'accountId' is a property of type User, not a method/],
    ['user.timeZone', /Unknown member 'timeZone' of type User/],
    ['user.getProjectRoles(issue.project)', /User.getProjectRoles is documented but not modelled/],
    ['issue.created', /Issue.created is documented but not modelled/],
    ['transition.noSuch', /Unknown member 'noSuch' of type Transition/],
    ['issue.status.statusCategory', /Unknown member 'statusCategory' of type IssueStatus/],
    ['issue.reporter.accountId', /Cannot read 'accountId' of null/],
    ['issue.summary.matches("x")', /Unsupported method 'matches' on String/],
    ['issue.summary && true', /needs Booleans/],
    ['undefinedVariable', /Unknown variable 'undefinedVariable'/],
    ['issue.summary = 1', /parsed|Unsupported/],
    ['new Date()', /not supported/],
  ])('%s fails loudly', (expression, message) => {
    expect(() => run(expression)).toThrow(message);
  });

  it('never evaluates JavaScript: constructor chains are unknown members', () => {
    expect(run('config.constructor == null')).toBe(true);
    expect(() => run("config.constructor.constructor('return process')()")).toThrow(
      /Cannot call 'constructor' on null/,
    );
    expect(() => run('issue.summary.constructor')).toThrow(/Unknown member/);
  });
});

describe('the manager condition as Jira evaluates it', () => {
  const managerCondition = "user.groups().includes(config['group'])";
  const oldForm = "user.groups.includes(config['group'])";
  const evaluateFor = (groups: string[], expression: string): unknown =>
    evaluateExpression(expression, { ...scope, user: siteUserEntity(siteUser('u-9', groups)) });

  it('the documented method form is true for a manager and false for a member', () => {
    expect(evaluateFor(['aims-managers', 'jira-users'], managerCondition)).toBe(true);
    expect(evaluateFor(['jira-users'], managerCondition)).toBe(false);
  });

  it('the old property form is an evaluation error, whoever evaluates it', () => {
    expect(() => evaluateFor(['aims-managers'], oldForm)).toThrow(/'groups' is a method/);
    expect(() => evaluateFor(['jira-users'], oldForm)).toThrow(/'groups' is a method/);
  });
});

describe('manifest loading', () => {
  it('reads the fixture app: modules, scopes, entities', () => {
    const m = loadManifest(FIXTURE_APP);
    expect(m.appId).toBe('0f1e2d3c-4b5a-4697-8877-665544332211');
    expect([...m.workflowRules.keys()]).toEqual([
      'blocked-validator',
      'summary-validator',
      'managers-only',
      'after-transition',
    ]);
    expect(m.uiModules.get('fixture-macro')).toMatchObject({
      type: 'macro',
      adfExport: { function: 'macro-export' },
    });
    expect(m.scopes.map((s) => s.key)).toContain('storage:app');
  });

  it('names the broken reference when a module points at a missing function', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-manifest-'));
    fs.writeFileSync(
      path.join(dir, 'manifest.yml'),
      'app:\n  id: ari:cloud:ecosystem::app/x\nmodules:\n  trigger:\n    - key: t\n      function: missing\n      events: [avi:jira:created:issue]\n',
    );
    expect(() => loadManifest(dir)).toThrow("trigger t names function 'missing'");
  });

  it('refuses a second jira:globalPage, as a deployment would (one per app)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-manifest-'));
    const page = (key: string) => `    - key: ${key}\n      title: ${key}\n      resource: main\n`;
    fs.writeFileSync(
      path.join(dir, 'manifest.yml'),
      `app:\n  id: ari:cloud:ecosystem::app/x\nmodules:\n  jira:globalPage:\n${page('one')}${page('two')}resources:\n  - key: main\n    path: static/main\n`,
    );
    expect(() => loadManifest(dir)).toThrow('at most one jira:globalPage module; found one, two');
  });
});

describe('bridge script injection', () => {
  it('puts the script first in <head>, before any app script, and escapes the frame id', () => {
    const html = injectBridge(
      '<html><head data-x="1"><script src="app.js"></script></head></html>',
      '</script><b>',
    );
    expect(html.indexOf('window.__bridge')).toBeLessThan(html.indexOf('app.js'));
    expect(html).not.toContain('</script><b>');
  });
});
