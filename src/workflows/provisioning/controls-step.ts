import { route } from '@forge/api';
import { ANNEX_A_CONTROLS } from '../../domain/catalog/annex-a';
import { fieldIdOf } from '../../jira/aims-issue';
import { createdIssuesSchema } from '../../jira/bulk-create';
import { customField, jql } from '../../jira/jql-builder';
import { searchIssues } from '../../jira/issue-search';
import type { ProvisioningStep } from './provisioning-context';

const BATCH = 50;

/** One AI Control issue per Annex A control (38), found again by its ISO 42001 reference. */
export const controlsStep: ProvisioningStep = {
  name: 'annex-a-controls',
  title: 'Annex A control issues',
  async run(ctx) {
    const typeId = ctx.state.issueTypes.aiControl;
    const refField = ctx.state.fields.isoReference;
    if (!typeId || !refField) {
      ctx.record({
        step: this.name,
        action: 'create',
        target: `${ANNEX_A_CONTROLS.length} AI Control issues (Annex A)`,
      });
      return;
    }
    const existing = await searchIssues(ctx.jira, {
      jql: jql.and(
        jql.eq('project', ctx.config.projectKey),
        jql.eq('issuetype', typeId),
        jql.isNotEmpty(customField(refField)),
      ),
      fields: ['summary', refField],
    });
    for (const issue of existing) {
      const ref = issue.fields[refField];
      if (typeof ref === 'string') ctx.state.controls[ref] = issue.key;
    }
    const missing = ANNEX_A_CONTROLS.filter((c) => !ctx.state.controls[c.id]);
    if (missing.length === 0) return;
    ctx.record({
      step: this.name,
      action: 'create',
      target: `${missing.length} AI Control issues (Annex A)`,
      detail: missing.map((c) => c.ref).join(', '),
    });
    if (ctx.dryRun) return;
    const refId = fieldIdOf(ctx.state, 'isoReference');
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const res = await ctx.jira.post(
        route`/rest/api/3/issue/bulk`,
        {
          issueUpdates: batch.map((c) => ({
            fields: {
              project: { key: ctx.config.projectKey },
              issuetype: { id: typeId },
              summary: `${c.ref} ${c.title}`,
              [refId]: c.id,
              labels: ['iso42001', 'annex-a'],
            },
          })),
        },
        createdIssuesSchema,
      );
      if (res.errors.length > 0) {
        throw new Error(
          `Jira refused ${res.errors.length} AI Control issues: ${JSON.stringify(res.errors[0]?.elementErrors ?? {})}`,
        );
      }
      batch.forEach((c, j) => {
        const created = res.issues[j];
        if (created) ctx.state.controls[c.id] = created.key;
      });
      await ctx.checkpoint();
    }
  },
};
