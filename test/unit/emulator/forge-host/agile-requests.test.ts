import { agileRequestProblems } from '../../../../emulator/jira/agile/agile-operations';
import { ScopeTable } from '../../../../emulator/forge-host/scope-table';

/**
 * The Forge host checks the app's Jira Software calls as it checks platform calls: the scopes each
 * operation needs (Forge docs, scopes-product-jsw), and in test mode the request itself.
 */
describe("the Forge host's checks of Jira Software requests", () => {
  const scopes = new ScopeTable();

  it('asks each board operation for its Jira Software scope', () => {
    const needs = (method: string, path: string) => scopes.requirement('jira', method, path);
    expect(needs('GET', '/rest/agile/1.0/board?filterId=1')).toEqual({
      known: true,
      scopeSets: [['read:board-scope:jira-software']],
    });
    expect(needs('POST', '/rest/agile/1.0/board').scopeSets).toEqual([
      ['write:board-scope.admin:jira-software'],
    ]);
    expect(needs('GET', '/rest/agile/1.0/board/7/configuration').scopeSets).toEqual([
      ['read:board-scope.admin:jira-software'],
    ]);
    expect(needs('GET', '/rest/agile/1.0/board/7/issue?jql=x').scopeSets).toEqual([
      ['read:board-scope:jira-software'],
    ]);
    expect(needs('GET', '/rest/agile/1.0/sprint/3').known).toBe(false);
  });

  it('accepts what jira.js sends and names what it would not', () => {
    const body = { name: 'AIMS board', type: 'kanban', filterId: 10000 };
    expect(agileRequestProblems('POST', '/rest/agile/1.0/board', body).problems).toEqual([]);
    expect(
      agileRequestProblems('POST', '/rest/agile/1.0/board', { ...body, columns: [] }).problems,
    ).toEqual([expect.stringContaining('columns')]);
    expect(
      agileRequestProblems('GET', '/rest/agile/1.0/board?filterId=1&colour=red', undefined)
        .problems,
    ).toEqual(["unknown query parameter 'colour'"]);
    expect(agileRequestProblems('DELETE', '/rest/agile/1.0/board/1', undefined)).toEqual({
      operation: 'DELETE /rest/agile/1.0/board/1',
      problems: ["Jira Software's REST API has no DELETE /rest/agile/1.0/board/1"],
    });
  });
});
