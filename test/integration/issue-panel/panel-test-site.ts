/**
 * A site running the real AIMS app (provisioned through its install trigger), with helpers that
 * do what a person does in Jira through plain REST, and that call the issue panel's resolver
 * through the Custom UI bridge as a given user.
 */
import type { RunningSite, SiteExtension } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createShell } from '../../../emulator/shell';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { bridge, registerFrame } from '../forge-host/fixture-host';
import { createAimsHost } from '../macros/policy-app-host';
import { AIMS_FIELDS } from '../../../src/jira/aims-schema';

export interface PanelOutcome {
  ok: boolean;
  data?: Record<string, unknown> & { kind: string };
  error?: string;
  details?: string[];
}

export const accountOf = (login: SeededLogin): string => {
  const user = SEEDED_USERS.find((u) => u.email === `${login}@example.com`);
  if (!user) throw new Error(login);
  return user.accountId;
};

const doc = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

export class PanelSite {
  private fieldIds = new Map<string, string>();
  private typeIds = new Map<string, string>();
  private confidentialId = '';

  private constructor(
    readonly site: RunningSite,
    readonly host: ForgeHost,
    /** Every Jira REST request the site received (method and path), in order. */
    readonly requests: string[],
  ) {}

  /**
   * Starts the site; `withShell` adds the web shell (for browser tests); `searchLagMs` makes Jira
   * search see each issue as it was that long ago (eventual consistency).
   */
  static async start(
    options: { withShell?: boolean; searchLagMs?: number } = {},
  ): Promise<PanelSite> {
    const host = createAimsHost();
    const requests: string[] = [];
    const recorder: SiteExtension = {
      public(app) {
        app.use((req, _res, next) => {
          if (req.path.startsWith('/rest/api/3/')) requests.push(`${req.method} ${req.path}`);
          next();
        });
      },
    };
    const site = await startTestSite(
      options.withShell
        ? [recorder, host, createShell({ app: () => host.manifest })]
        : [recorder, host],
      options.searchLagMs === undefined ? {} : { searchLagMs: options.searchLagMs },
    );
    const ps = new PanelSite(site, host, requests);
    await host.install(accountOf('admin'));
    await ps.loadIds();
    return ps;
  }

  async close(): Promise<void> {
    this.host.close();
    await this.site.close();
  }

  async ok<T>(login: SeededLogin, method: string, path: string, body?: unknown): Promise<T> {
    const res = await callAs(this.site, login, method, path, body);
    if (res.status >= 300)
      throw new Error(`${method} ${path} → HTTP ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  private async loadIds(): Promise<void> {
    const fields = await this.ok<{ id: string; name: string }[]>(
      'admin',
      'GET',
      '/rest/api/3/field',
    );
    for (const f of fields) this.fieldIds.set(f.name, f.id);
    const types = await this.ok<{ issueTypes: { id: string; name: string }[] }>(
      'admin',
      'GET',
      '/rest/api/3/issue/createmeta/AIMS/issuetypes',
    );
    for (const t of types.issueTypes) this.typeIds.set(t.name, t.id);
    const levels = await this.ok<{ levels: { id: string; name: string }[] }>(
      'admin',
      'GET',
      '/rest/api/3/project/AIMS/securitylevel',
    );
    this.confidentialId = levels.levels.find((l) => l.name === 'Confidential')?.id ?? '';
    if (!this.typeIds.has('Nonconformity') || !this.confidentialId)
      throw new Error('AIMS is not provisioned');
  }

  typeId(name: string): string {
    const id = this.typeIds.get(name);
    if (!id) throw new Error(`No issue type ${name}`);
    return id;
  }

  field(name: string): string {
    const id = this.fieldIds.get(name);
    if (!id) throw new Error(`No field ${name}`);
    return id;
  }

  /** Creates an issue; `fields` by Jira field name (options as text, text areas as plain text). */
  async create(
    type: string,
    summary: string,
    fields: Record<string, string> = {},
    options: { confidential?: boolean; assignee?: SeededLogin; duedate?: string } = {},
  ): Promise<string> {
    const body: Record<string, unknown> = {
      project: { key: 'AIMS' },
      issuetype: { id: this.typeIds.get(type) },
      summary,
      ...(options.confidential ? { security: { id: this.confidentialId } } : {}),
      ...(options.assignee ? { assignee: { accountId: accountOf(options.assignee) } } : {}),
      ...(options.duedate ? { duedate: options.duedate } : {}),
    };
    for (const [name, value] of Object.entries(fields))
      body[this.field(name)] = jiraValue(name, value);
    const created = await this.ok<{ key: string }>('admin', 'POST', '/rest/api/3/issue', {
      fields: body,
    });
    return created.key;
  }

  /** "<outward> <linkName> <inward>", e.g. link('AIMS Mitigates', control, risk). */
  async link(linkName: string, outward: string, inward: string): Promise<void> {
    await this.ok('admin', 'POST', '/rest/api/3/issueLink', {
      type: { name: linkName },
      outwardIssue: { key: outward },
      inwardIssue: { key: inward },
    });
  }

  async transition(
    login: SeededLogin,
    key: string,
    name: string,
  ): Promise<{ status: number; body: unknown }> {
    const list = await this.ok<{ transitions: { id: string; name: string }[] }>(
      login,
      'GET',
      `/rest/api/3/issue/${key}/transitions`,
    );
    const t = list.transitions.find((x) => x.name === name);
    if (!t)
      throw new Error(
        `${key}: no transition "${name}" for ${login} (has ${list.transitions.map((x) => x.name).join(', ')})`,
      );
    const res = await callAs(this.site, login, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: t.id },
    });
    await this.host.waitForIdle();
    return res;
  }

  async fieldValue(key: string, name: string): Promise<unknown> {
    const id = this.field(name);
    const issue = await this.ok<{ fields: Record<string, unknown> }>(
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=${id}`,
    );
    return issue.fields[id];
  }

  /** Calls the panel's resolver through a panel frame on `key`, as `login` (as the bridge does). */
  async panel(
    login: SeededLogin,
    key: string,
    functionKey = 'getPanel',
    payload: Record<string, unknown> = {},
  ): Promise<PanelOutcome> {
    await this.host.waitForIdle();
    // Jira reads the issue to show the panel (as the user); only the app's own requests count.
    const mark = this.requests.length;
    const { frameId } = await registerFrame(this.site, login, 'aims-issue-panel', {
      issueKey: key,
    });
    this.requests.splice(mark);
    return this.invoke(login, frameId, functionKey, payload);
  }

  private async invoke(
    login: SeededLogin,
    frameId: string,
    functionKey: string,
    payload: Record<string, unknown>,
  ): Promise<PanelOutcome> {
    const res = await bridge(this.site, login, frameId, 'invoke', { functionKey, payload });
    if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
    return res.result as PanelOutcome;
  }

  /** Calls the AIMS overview page's resolver as `login` (e.g. to set the competence requirements). */
  async overview(
    login: SeededLogin,
    functionKey: string,
    payload: Record<string, unknown> = {},
  ): Promise<PanelOutcome> {
    const { frameId } = await registerFrame(this.site, login, 'aims-overview');
    const out = await this.invoke(login, frameId, functionKey, payload);
    await this.host.waitForIdle();
    return out;
  }
}

/** A field value as Jira takes it, by the field's kind (a multi-select as "a, b"; dates as given). */
function jiraValue(name: string, value: string): unknown {
  const kind = AIMS_FIELDS.find((f) => f.name === name)?.kind;
  if (kind === 'select') return { value };
  if (kind === 'multiselect') return value.split(', ').map((v) => ({ value: v }));
  if (kind === 'textarea') return doc(value);
  return value;
}
