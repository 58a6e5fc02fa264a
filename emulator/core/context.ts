import type { Db } from './database';
import { SiteMeta } from './database';
import { SiteEvents } from './events';
import { Sessions } from './auth';
import { Users } from './users';
import { WorkflowRuleHost } from './workflow-rules';
import { ExtensionExportHost } from './extension-export';

/** Everything a resource module needs: storage, users, the event bus and the rule seam. */
export interface SiteContext {
  db: Db;
  meta: SiteMeta;
  users: Users;
  sessions: Sessions;
  events: SiteEvents;
  workflowRules: WorkflowRuleHost;
  /** Renders Forge macros for Confluence's export view (set by the Forge host). */
  extensionExport: ExtensionExportHost;
  /** Public base URL, e.g. http://127.0.0.1:8080 (set once listening). */
  baseUrl: string;
  /** Current time; tests may replace it. */
  now: () => Date;
  /**
   * The site runs under the test suite (`startTestSite`): the Forge host checks every request the
   * app sends against Atlassian's OpenAPI specs and fails the invocation on a mismatch.
   */
  testMode: boolean;
  /**
   * What `/status` answers: STARTING until the site is ready for its users (`npm start`: the app
   * installed and the demo seeded), then RUNNING, as a Jira node's status endpoint does; ERROR
   * when bringing it up failed (the demo seed stopped), as Jira's does when a node cannot start.
   */
  state: 'STARTING' | 'RUNNING' | 'ERROR';
}

export function createSiteContext(db: Db, baseUrl: string): SiteContext {
  return {
    db,
    meta: new SiteMeta(db),
    users: new Users(db),
    sessions: new Sessions(),
    events: new SiteEvents(),
    workflowRules: new WorkflowRuleHost(),
    extensionExport: new ExtensionExportHost(),
    baseUrl,
    now: () => new Date(),
    testMode: false,
    state: 'RUNNING',
  };
}
