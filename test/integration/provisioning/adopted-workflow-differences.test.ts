/**
 * A site provisioned by an older version of the app keeps its workflows: provisioning adopts them
 * by name and never edits them. What they lack of this version (statuses, transitions, the app's
 * validators, read-only statuses) is reported, in the dry run too, so an admin knows to update
 * them in Jira; a missing status stops a real run with a message saying what to add.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { AimsWorkflowDefinition } from '../../../src/jira/aims-schema';
import { AIMS_WORKFLOWS } from '../../../src/jira/aims-schema';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';
import { provision } from '../../../src/workflows/provisioning/provision';
import { workflowCreatePayload } from '../../../src/workflows/provisioning/workflow-payload';
import { callAs, startTestSite } from '../../support/test-site';
import { APP, adminJira, memoryStore } from './provisioning-helpers';

const definition = (key: AimsWorkflowDefinition['key']): AimsWorkflowDefinition => {
  const wf = AIMS_WORKFLOWS.find((w) => w.key === key);
  if (!wf) throw new Error(key);
  return wf;
};

/** Creates `wf` in Jira as an older version of the app would have (no reviewer rule, no screens). */
async function createOlderWorkflow(site: RunningSite, wf: AimsWorkflowDefinition): Promise<void> {
  const older = {
    ...wf,
    transitions: wf.transitions.map(({ recordedPersonOnly: _recorded, ...t }) => t),
  };
  const res = await callAs(
    site,
    'admin',
    'POST',
    '/rest/api/3/workflows/create',
    workflowCreatePayload([older], new Map(), { app: APP, managerGroup: 'aims-managers' }),
  );
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
}

const run = (site: RunningSite, dryRun: boolean) =>
  provision({
    jira: adminJira(site),
    config: DEFAULT_APP_CONFIG,
    app: APP,
    store: memoryStore(),
    dryRun,
  });

describe('workflows an older version of the app provisioned', () => {
  let site: RunningSite;
  beforeEach(async () => {
    site = await startTestSite();
  });
  afterEach(() => site.close());

  it('are adopted as they are, with what they lack reported in the dry run and the real run', async () => {
    const nc = definition('nonconformity');
    await createOlderWorkflow(site, {
      ...nc,
      // before closed records were read-only and reopening was a manager's step
      readOnlyStatuses: [],
      transitions: nc.transitions
        .filter((t) => t.key !== 'reopen')
        .map((t) => (t.key === 'toImplementing' ? { ...t, validated: false } : t)),
    });
    const expected = {
      step: 'workflows',
      action: 'adopt',
      target: "Workflow 'AIMS Nonconformity (ISO 42001 10.2)'",
      detail:
        "differs from this version of the app: status 'NC Closed' is not read-only (jira.issue.editable = false); transition 'Implement corrective actions' lacks the app's validator; no transition 'Reopen nonconformity'. Update it in Jira (Settings → Issues → Workflows) to match; provisioning does not change an existing workflow",
    };
    expect((await run(site, true)).changes).toContainEqual(expected);
    const real = await run(site, false);
    expect(real.changes).toContainEqual(expected);
    expect(real.state.completedAt).toBeDefined();
  });

  it('lacking a status: the dry run reports it, the real run stops saying what to add', async () => {
    const audit = definition('audit');
    await createOlderWorkflow(site, {
      ...audit,
      statuses: audit.statuses.filter((s) => s.key !== 'auditReported'),
      transitions: audit.transitions.filter(
        (t) => t.to !== 'auditReported' && !t.from.includes('auditReported'),
      ),
    });
    const preview = await run(site, true);
    expect(preview.changes).toContainEqual(
      expect.objectContaining({
        target: "Workflow 'AIMS Internal Audit (ISO 42001 9.2)'",
        detail: expect.stringContaining(
          "no status 'Reported'; no transition 'Report results'; no transition 'Close audit'",
        ),
      }),
    );
    await expect(run(site, false)).rejects.toThrow(
      "The workflow 'AIMS Internal Audit (ISO 42001 9.2)' has no status 'Reported'. Add it in Jira",
    );
  });
});
