import { compileJql } from '../../../../emulator/jira/jql';
import type { JqlEnvironment } from '../../../../emulator/jira/jql';
import { ISSUES, testEnv, toJqlIssue } from './jql-test-env';

/** Keys of the matching issues, in key order (ORDER BY is tested separately). */
function keys(jql: string, env: JqlEnvironment = testEnv()): string[] {
  const compiled = compileJql(jql, env);
  return ISSUES.map(toJqlIssue)
    .filter((i) => compiled.matches(i))
    .map((i) => i.key)
    .sort();
}

describe('compileJql: operators and field kinds', () => {
  it('matches everything for an empty query and says it has no WHERE clause', () => {
    expect(keys('')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-10', 'DEMO-2']);
    expect(compileJql('  ', testEnv()).hasWhereClause).toBe(false);
    expect(compileJql('project = DEMO', testEnv()).hasWhereClause).toBe(true);
  });

  it('project by key, name or id; = != IN NOT IN', () => {
    expect(keys('project = DEMO')).toEqual(['DEMO-1', 'DEMO-10', 'DEMO-2']);
    expect(keys('project = "AI Management System"')).toEqual(['AIMS-1']);
    expect(keys('project = 10001')).toEqual(['AIMS-1']);
    expect(keys('project != demo')).toEqual(['AIMS-1']);
    expect(keys('project in (AIMS, DEMO)')).toHaveLength(4);
    expect(keys('project not in (DEMO)')).toEqual(['AIMS-1']);
  });

  it('issuetype (and its alias type), status and statusCategory by name or id', () => {
    expect(keys('issuetype = Bug')).toEqual(['DEMO-2']);
    expect(keys('type in (Task) AND project = DEMO')).toEqual(['DEMO-1', 'DEMO-10']);
    expect(keys('status = "In Progress"')).toEqual(['DEMO-2']);
    expect(keys('status in ("to do", 10000)')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-10']);
    expect(keys('statusCategory = Done')).toEqual(['DEMO-10']);
    expect(keys('statusCategory in (new, indeterminate)')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(keys('statusCategory != "To Do"')).toEqual(['DEMO-10', 'DEMO-2']);
  });

  it('users by accountId, email and currentUser(); != does not return empty fields', () => {
    expect(keys('assignee = acc-bob')).toEqual(['DEMO-10']);
    expect(keys('assignee = "alice@example.com"')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('assignee = currentUser()')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('reporter in (currentUser(), "bob@example.com")')).toHaveLength(4);
    expect(keys('assignee != currentUser()')).toEqual(['DEMO-10']);
    expect(keys('assignee = currentUser()', testEnv({ currentAccountId: undefined }))).toEqual([]);
  });

  it('EMPTY semantics: IS EMPTY, IS NOT EMPTY, IS NULL, = EMPTY, IN (…, EMPTY), NOT IN (…, EMPTY)', () => {
    expect(keys('assignee IS EMPTY')).toEqual(['DEMO-2']);
    expect(keys('assignee is null')).toEqual(['DEMO-2']);
    expect(keys('assignee = EMPTY')).toEqual(['DEMO-2']);
    expect(keys('assignee IS NOT EMPTY')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-10']);
    expect(keys('assignee in (acc-bob, EMPTY)')).toEqual(['DEMO-10', 'DEMO-2']);
    expect(keys('assignee not in (acc-bob, EMPTY)')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('labels is EMPTY')).toEqual(['DEMO-2']);
    expect(keys('description is empty')).toEqual(['DEMO-2']);
    expect(keys('duedate is not empty')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-10']);
  });

  it('labels match any element case-insensitively; != excludes issues carrying the label', () => {
    expect(keys('labels = "audit"')).toEqual(['DEMO-1', 'DEMO-10']);
    expect(keys('labels in (iso42001)')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('labels != "audit"')).toEqual(['AIMS-1']);
    expect(keys('labels not in ("audit", iso42001)')).toEqual([]);
  });

  it('resolution, including resolution = Unresolved', () => {
    expect(keys('resolution = Unresolved')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(keys('resolution != Unresolved')).toEqual(['DEMO-10']);
    expect(keys('resolution = Done')).toEqual(['DEMO-10']);
    expect(keys('resolution is empty')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(keys('resolution in (Unresolved, Done)')).toHaveLength(4);
  });

  it('priority by name or id', () => {
    expect(keys('priority = High')).toEqual(['DEMO-2']);
    expect(keys('priority in (1, Medium)')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('priority is empty')).toEqual(['DEMO-10']);
  });

  it('key, issuekey, id and issue: equality, lists and comparisons within the project', () => {
    expect(keys('key = DEMO-2')).toEqual(['DEMO-2']);
    expect(keys('issuekey = demo-2')).toEqual(['DEMO-2']);
    expect(keys('id = 10010')).toEqual(['DEMO-10']);
    expect(keys('issue in (DEMO-1, AIMS-1)')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('key > DEMO-1')).toEqual(['DEMO-10', 'DEMO-2']);
    expect(keys('key <= DEMO-2')).toEqual(['DEMO-1', 'DEMO-2']);
    expect(keys('key != DEMO-1')).toEqual(['AIMS-1', 'DEMO-10', 'DEMO-2']);
    expect(keys('parent = DEMO-1')).toEqual(['DEMO-2']);
  });

  it('issue in linkedIssues(KEY) in both directions, optionally by link type or description', () => {
    expect(keys('issue in linkedIssues(DEMO-1)')).toEqual(['AIMS-1', 'DEMO-2']);
    expect(keys('issue in linkedIssues(DEMO-2)')).toEqual(['DEMO-1']);
    expect(keys('issue in linkedIssues(DEMO-1, "blocks")')).toEqual(['DEMO-2']);
    expect(keys('issue in linkedIssues(DEMO-1, Relates)')).toEqual(['AIMS-1']);
    expect(keys('issue in linkedIssues(DEMO-2, "is blocked by")')).toEqual(['DEMO-1']);
    expect(keys('issue not in linkedIssues(DEMO-1)')).toEqual(['DEMO-1', 'DEMO-10']);
  });

  it('~ is a case-insensitive word search: all words, any order, phrases, wildcards, plurals', () => {
    expect(keys('summary ~ RISK')).toEqual(['DEMO-1']);
    expect(keys('summary ~ "register review"')).toEqual(['DEMO-1']);
    expect(keys('summary ~ "exact phrase"')).toEqual(['AIMS-1', 'DEMO-10']);
    expect(keys('summary ~ "\\"exact phrase\\""')).toEqual(['DEMO-10']);
    expect(keys('summary ~ "regist*"')).toEqual(['DEMO-1']);
    expect(keys('summary ~ "the drift"')).toEqual(['DEMO-2']);
    expect(keys('summary ~ drif')).toEqual([]);
    expect(keys('description ~ risk')).toEqual(['DEMO-1', 'DEMO-10']);
    expect(keys('summary !~ risk')).toEqual(['AIMS-1', 'DEMO-10', 'DEMO-2']);
    expect(keys('description !~ risk')).toEqual(['AIMS-1']);
  });

  it('text ~ searches summary, description and the text custom fields', () => {
    expect(keys('text ~ retrained')).toEqual(['DEMO-1']);
    expect(keys('text ~ impact')).toEqual(['AIMS-1']);
    expect(keys('text ~ drift')).toEqual(['DEMO-2']);
    expect(compileJql('text ~ x', testEnv()).fieldsUsed).toEqual(
      expect.arrayContaining(['summary', 'description', 'customfield_10012']),
    );
  });

  it('custom fields by cf[ID] and by (quoted) name: option, number, text', () => {
    expect(keys('cf[10010] = High')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('Likelihood = 2')).toEqual(['DEMO-2']);
    expect(keys('"Risk Score" > 10')).toEqual(['AIMS-1', 'DEMO-1']);
    expect(keys('cf[10011] >= 12 and cf[10011] < 20')).toEqual(['DEMO-1']);
    expect(keys('"risk score" in (4, 20)')).toEqual(['AIMS-1', 'DEMO-2']);
    expect(keys('"Risk Score" is empty')).toEqual(['DEMO-10']);
    expect(keys('Justification ~ model')).toEqual(['DEMO-1']);
    expect(compileJql('cf[10011] > 1 ORDER BY Likelihood', testEnv()).fieldsUsed.sort()).toEqual([
      'customfield_10010',
      'customfield_10011',
    ]);
  });

  it('dates: absolute, with time, relative periods and comparisons', () => {
    expect(keys('created >= "2024-05-01"')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(keys('created > "2024/05/01 10:00"')).toEqual(['AIMS-1', 'DEMO-2']);
    expect(keys('created < 2024-05-01')).toEqual(['DEMO-10']);
    expect(keys('created >= -3d')).toEqual(['AIMS-1', 'DEMO-2']);
    expect(keys('created >= "-1w 2d"')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(keys('updated >= -4h')).toEqual(['AIMS-1', 'DEMO-2']);
    expect(keys('due = 2024-05-10')).toEqual(['DEMO-1']);
    expect(keys('duedate <= "2024-05-05"')).toEqual(['AIMS-1', 'DEMO-10']);
    expect(keys('resolutiondate is not empty')).toEqual(['DEMO-10']);
    expect(keys('resolved < 2024-05-01')).toEqual(['DEMO-10']);
  });

  it('date functions: now(), startOfDay/endOfDay with increments, startOfWeek/Month/Year', () => {
    // now is Sunday 2024-05-05 12:00 UTC
    expect(keys('due <= now()')).toEqual(['AIMS-1', 'DEMO-10']);
    expect(keys('due < startOfDay()')).toEqual(['DEMO-10']);
    expect(keys('created >= startOfDay()')).toEqual(['AIMS-1']);
    expect(keys('created >= startOfDay(-2d)')).toEqual(['AIMS-1', 'DEMO-2']);
    expect(keys('created >= startOfDay(-2)')).toEqual(['AIMS-1', 'DEMO-2']);
    expect(keys('due > endOfDay("+1d")')).toEqual(['DEMO-1']);
    expect(keys('created >= startOfWeek()')).toEqual(['AIMS-1']);
    expect(keys('created >= startOfMonth()')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(keys('created >= startOfYear() and created <= endOfYear()')).toHaveLength(4);
    expect(keys('created > now("-2h")')).toEqual(['AIMS-1']);
  });

  it('interprets dates in the user time zone', () => {
    // 2024-05-05 01:00 at UTC+2 is 2024-05-04 23:00 UTC: AIMS-1 (11:00 UTC) is after it, DEMO-2 is not.
    const env = testEnv({ timeZoneOffsetMinutes: 120 });
    expect(keys('created >= "2024-05-05 01:00"', env)).toEqual(['AIMS-1']);
    expect(keys('created >= startOfDay()', env)).toEqual(['AIMS-1']);
  });

  it('AND binds tighter than OR; parentheses and NOT change that', () => {
    expect(keys('project = AIMS OR issuetype = Bug AND status = Done')).toEqual(['AIMS-1']);
    expect(keys('(project = AIMS OR issuetype = Bug) AND status = "In Progress"')).toEqual([
      'DEMO-2',
    ]);
    expect(keys('NOT project = DEMO')).toEqual(['AIMS-1']);
    expect(keys('NOT (project = DEMO AND assignee = currentUser())')).toEqual([
      'AIMS-1',
      'DEMO-10',
      'DEMO-2',
    ]);
    expect(keys('not assignee = acc-bob')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(keys('project = DEMO && labels = "audit" || key = AIMS-1')).toEqual([
      'AIMS-1',
      'DEMO-1',
      'DEMO-10',
    ]);
  });
});
