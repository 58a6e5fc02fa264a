import { SEEDED_USERS } from '../emulator/core/users';
import type { CompiledJql } from '../emulator/jira/jql';
import { compileJql } from '../emulator/jira/jql';
import { jiraModels } from '../emulator/jira/models/jira-models';
import { jqlEnvironment } from '../emulator/jira/search/jql-environment';
import { startTestSite } from '../test/support/test-site';
import type { BenchResult } from './timing';
import { measure } from './timing';

const QUERIES = [
  'project = DEMO AND issuetype in (Task, Bug) AND status != Done ORDER BY priority DESC, key ASC',
  'labels = sample AND created >= -30d AND (assignee = currentUser() OR assignee is EMPTY)',
  'text ~ "local Jira" AND statusCategory != Done ORDER BY updated DESC',
];

/**
 * The JQL engine (emulator/jira/jql). It has no compile cache: every search compiles its query.
 * "memoized" shows what a cache keyed by the query text (per user) would cost per hit.
 */
export async function benchJqlCompile(): Promise<BenchResult[]> {
  const site = await startTestSite();
  try {
    const admin = site.ctx.users.byAccountId(SEEDED_USERS[0]?.accountId ?? '');
    if (!admin) throw new Error('no seeded admin');
    const env = jqlEnvironment(jiraModels(site.ctx), admin);
    const memo = new Map<string, CompiledJql>();
    const compileMemoized = (jql: string): CompiledJql => {
      let compiled = memo.get(jql);
      if (!compiled) memo.set(jql, (compiled = compileJql(jql, env)));
      return compiled;
    };
    const results: BenchResult[] = [];
    for (const jql of QUERIES) {
      results.push(
        await measure(
          `compileJql, uncached: ${jql}`,
          { iterations: 20, warmup: 5, batch: 20 },
          () => compileJql(jql, env),
        ),
      );
    }
    results.push(
      await measure(
        'compileJql, memoized by query text (cache hit)',
        { iterations: 20, warmup: 5, batch: 1000 },
        (i) => compileMemoized(QUERIES[i % QUERIES.length] ?? ''),
      ),
    );
    return results;
  } finally {
    await site.close();
  }
}
