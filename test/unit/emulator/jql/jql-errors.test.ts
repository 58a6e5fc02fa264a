import { compileJql, JqlError } from '../../../../emulator/jira/jql';
import { JiraError } from '../../../../emulator/core/errors';
import { testEnv } from './jql-test-env';

/** The Jira 400 body compileJql's error renders as. */
function errorOf(jql: string): { status: number; body: unknown } {
  try {
    compileJql(jql, testEnv());
  } catch (error) {
    expect(error).toBeInstanceOf(JqlError);
    expect(error).toBeInstanceOf(JiraError);
    const e = error as JqlError;
    return { status: e.status, body: e.body() };
  }
  throw new Error(`expected ${jql} to be refused`);
}

const message = (jql: string): string => {
  const { body } = errorOf(jql);
  return (body as { errorMessages: string[] }).errorMessages.join(' | ');
};

describe('compileJql: errors in Jira’s 400 shape', () => {
  it('reports a syntax error with its position', () => {
    expect(errorOf('project = ')).toEqual({
      status: 400,
      body: {
        errorMessages: [
          expect.stringMatching(/^Error in the JQL Query: .*\(line 1, character 11\)$/),
        ],
        errors: {},
      },
    });
    expect(message('(project = DEMO')).toMatch(/^Error in the JQL Query: missing '\)'/);
    expect(message('project = DEMO status = Done')).toMatch(/^Error in the JQL Query: /);
  });

  it('explains an unquoted reserved word', () => {
    expect(message('labels = audit')).toBe(
      "Error in the JQL Query: 'audit' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 10)",
    );
  });

  it('names an unknown field, in WHERE and in ORDER BY', () => {
    expect(message('foo = bar')).toBe(
      "Field 'foo' does not exist or you do not have permission to view it.",
    );
    expect(message('cf[99999] = 1')).toBe(
      "Field 'cf[99999]' does not exist or you do not have permission to view it.",
    );
    expect(message('project = DEMO ORDER BY "No Such Field"')).toBe(
      "Field 'No Such Field' does not exist or you do not have permission to view it.",
    );
  });

  it('refuses an operator the field does not support', () => {
    expect(message('issuetype ~ Bug')).toBe(
      "The operator '~' is not supported by the 'issuetype' field.",
    );
    expect(message('summary = "x"')).toBe(
      "The operator '=' is not supported by the 'summary' field.",
    );
    expect(message('assignee > acc-bob')).toBe(
      "The operator '>' is not supported by the 'assignee' field.",
    );
    expect(message('text is empty')).toBe(
      "The operator 'is' is not supported by the 'text' field.",
    );
  });

  it('refuses values that do not exist', () => {
    expect(message('project = NOPE')).toBe(
      "The value 'NOPE' does not exist for the field 'project'.",
    );
    expect(message('status in (Done, Closed)')).toBe(
      "The value 'Closed' does not exist for the field 'status'.",
    );
    expect(message('assignee = "nobody@example.com"')).toBe(
      "The value 'nobody@example.com' does not exist for the field 'assignee'.",
    );
    expect(message('statusCategory = Doing')).toBe(
      "The value 'Doing' does not exist for the field 'statusCategory'.",
    );
    expect(message('Likelihood = Extreme')).toBe(
      "The value 'Extreme' does not exist for the field 'Likelihood'.",
    );
  });

  it('refuses malformed dates, numbers and keys', () => {
    expect(message('created > 2024-13-45')).toMatch(
      /^Date value '2024-13-45' for field 'created' is invalid\./,
    );
    expect(message('due < tomorrow')).toMatch(
      /^Date value 'tomorrow' for field 'due' is invalid\./,
    );
    expect(message('"Risk Score" > high')).toBe(
      "The value 'high' is an invalid number for the field 'Risk Score'.",
    );
    expect(message('key = nonsense')).toBe("The issue key 'nonsense' for field 'key' is invalid.");
    expect(message('summary ~ ""')).toBe(
      "The field 'summary' does not support searching for an empty string.",
    );
  });

  it('names unsupported functions, history operators and misplaced functions', () => {
    expect(message('assignee in membersOf("jira-users")')).toBe(
      "Unsupported JQL: function 'membersOf' is not supported by this site.",
    );
    expect(message('status was Done')).toBe(
      "Unsupported JQL: the history operator 'WAS' is not supported by this site.",
    );
    expect(message('status changed')).toMatch(/^Unsupported JQL: the history operator 'CHANGED'/);
    expect(message('issue.property[aims].grade = major')).toMatch(
      /^Unsupported JQL: the entity property reference 'issue.property\[aims\].grade'/,
    );
    expect(message('created > currentUser()')).toBe(
      "A value provided by the function 'currentUser' is invalid for the field 'created'.",
    );
    expect(message('issue in linkedIssues()')).toBe(
      "Function 'linkedIssues' expected between '1' and '2' arguments but received '0'.",
    );
    expect(message('issue in linkedIssues(DEMO-99)')).toMatch(
      /^Issue 'DEMO-99' could not be found in function 'linkedIssues'\./,
    );
    expect(message('due > startOfDay("soon")')).toBe(
      "Function 'startOfDay' has an invalid increment 'soon'.",
    );
  });

  it('refuses misuse of IS, lists and ORDER BY on unsortable fields', () => {
    expect(message('assignee is acc-bob')).toBe(
      "Error in the JQL Query: mismatched input 'acc-bob' expecting EMPTY (line 1, character 13)",
    );
    expect(message('assignee = bob@example.com')).toMatch(/^Error in the JQL Query: .*'@'/);
    expect(message('status = (Done, "To Do")')).toMatch(
      /^Error in the JQL Query: extraneous input '\('/,
    );
    expect(message('project = DEMO order by description')).toBe(
      "Field 'description' does not support sorting.",
    );
    expect(message('project = DEMO order by labels')).toBe(
      "Field 'labels' does not support sorting.",
    );
  });
});
