/**
 * A site saved before the issue table had its search columns and terms (emulator/jira/models/
 * issue-index.ts) is indexed when it starts: its issues are found by project, status, label and
 * key again, and in key order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startSite } from '../../../emulator/core/site';
import { callAs } from '../../support/test-site';

/** What the data folder looked like before: no search columns, no terms, no index version. */
function asBeforeTheIndex(dataDir: string): void {
  const db = new Database(path.join(dataDir, 'site.db'));
  const indexes = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jira_issues'")
    .all() as { name: string }[];
  for (const { name } of indexes) {
    if (
      !['jira_issues_project', 'jira_issues_parent'].includes(name) &&
      !name.startsWith('sqlite_')
    )
      db.exec(`DROP INDEX ${name}`);
  }
  const columns = (db.prepare('PRAGMA table_info(jira_issues)').all() as { name: string }[])
    .map((c) => c.name)
    .filter((c) => !['id', 'key', 'project_id', 'parent_id', 'doc'].includes(c));
  for (const column of columns) db.exec(`ALTER TABLE jira_issues DROP COLUMN ${column}`);
  db.exec('DROP TABLE jira_issue_terms');
  db.prepare("DELETE FROM site_meta WHERE key = 'jira:issue-index-version'").run();
  db.close();
}

describe('an older site', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-index-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is indexed when it starts, and its issues are found again', async () => {
    let site = await startSite({ dataDir, port: 0 });
    const keys: string[] = [];
    for (const summary of ['Indexed later', 'Indexed later too']) {
      const created = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
        fields: {
          project: { key: 'DEMO' },
          issuetype: { name: 'Task' },
          summary,
          labels: ['legacy'],
        },
      });
      keys.push((created.body as { key: string }).key);
    }
    await callAs(site, 'admin', 'POST', `/rest/api/3/issue/${keys[1]}/transitions`, {
      transition: { id: '21' },
    });
    await site.close();
    asBeforeTheIndex(dataDir);

    site = await startSite({ dataDir, port: 0 });
    try {
      const search = async (jql: string): Promise<string[]> => {
        const res = await callAs(site, 'member', 'POST', '/rest/api/3/search/jql', {
          jql,
          fields: ['summary'],
        });
        expect(res.status).toBe(200);
        return (res.body as { issues: { key: string }[] }).issues.map((i) => i.key);
      };
      expect(await search('project = DEMO AND labels = legacy ORDER BY key')).toEqual(keys);
      expect(await search('labels = legacy AND status = "In Progress"')).toEqual([keys[1]]);
      expect(await search(`key = ${keys[0]}`)).toEqual([keys[0]]);
    } finally {
      await site.close();
    }
  });
});
