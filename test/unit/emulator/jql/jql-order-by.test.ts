import { compileJql } from '../../../../emulator/jira/jql';
import { ISSUES, testEnv, toJqlIssue } from './jql-test-env';

/** All issues matching `jql`, in the order the query asks for. */
function ordered(jql: string): string[] {
  const compiled = compileJql(jql, testEnv());
  return ISSUES.map(toJqlIssue)
    .filter((i) => compiled.matches(i))
    .sort((a, b) => compiled.compare(a, b))
    .map((i) => i.key);
}

describe('compileJql: ORDER BY', () => {
  it('defaults to created DESC without ORDER BY', () => {
    expect(ordered('')).toEqual(['AIMS-1', 'DEMO-2', 'DEMO-1', 'DEMO-10']);
    expect(compileJql('project = DEMO', testEnv()).orderBy).toEqual([
      { fieldId: 'created', direction: 'DESC' },
    ]);
  });

  it('orders by key numerically within a project, projects alphabetically', () => {
    expect(ordered('order by key')).toEqual(['AIMS-1', 'DEMO-1', 'DEMO-2', 'DEMO-10']);
    expect(ordered('order by issuekey DESC')).toEqual(['DEMO-10', 'DEMO-2', 'DEMO-1', 'AIMS-1']);
  });

  it('puts empty values last ascending and first descending', () => {
    expect(ordered('ORDER BY duedate ASC')).toEqual(['DEMO-10', 'AIMS-1', 'DEMO-1', 'DEMO-2']);
    expect(ordered('ORDER BY due DESC')).toEqual(['DEMO-2', 'DEMO-1', 'AIMS-1', 'DEMO-10']);
  });

  it('orders priority by its rank: DESC lists Highest first', () => {
    expect(ordered('priority is not empty ORDER BY priority DESC')).toEqual([
      'AIMS-1',
      'DEMO-2',
      'DEMO-1',
    ]);
    expect(ordered('priority is not empty ORDER BY priority ASC')).toEqual([
      'DEMO-1',
      'DEMO-2',
      'AIMS-1',
    ]);
  });

  it('applies several terms in turn and breaks ties by id descending', () => {
    expect(ordered('ORDER BY project ASC, "Risk Score" DESC')).toEqual([
      'AIMS-1',
      'DEMO-10',
      'DEMO-1',
      'DEMO-2',
    ]);
    expect(ordered('ORDER BY statusCategory, summary')).toEqual([
      'AIMS-1',
      'DEMO-1',
      'DEMO-2',
      'DEMO-10',
    ]);
    expect(ordered('ORDER BY issuetype')).toEqual(['DEMO-2', 'AIMS-1', 'DEMO-10', 'DEMO-1']);
    expect(compileJql('order by cf[10011] desc, key', testEnv()).orderBy).toEqual([
      { fieldId: 'customfield_10011', direction: 'DESC' },
      { fieldId: 'issuekey', direction: 'ASC' },
    ]);
  });

  it('orders dates chronologically and options by value', () => {
    expect(ordered('ORDER BY created ASC')).toEqual(['DEMO-10', 'DEMO-1', 'DEMO-2', 'AIMS-1']);
    expect(ordered('Likelihood is not empty ORDER BY Likelihood, key')).toEqual([
      'AIMS-1',
      'DEMO-1',
      'DEMO-2',
    ]);
  });
});
