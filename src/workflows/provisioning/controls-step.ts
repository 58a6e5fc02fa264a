import { route } from '@forge/api';
import type { z } from 'zod';
import { ANNEX_A_CONTROLS } from '../../domain/catalog/annex-a';
import { fieldIdOf } from '../../jira/aims-issue';
import { createdIssuesSchema } from '../../jira/bulk-create';
import { customField, jql } from '../../jira/jql-builder';
import { searchIssues } from '../../jira/issue-search';
import { ProductApiError } from '../../jira/product-client';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import { SearchCatchingUp } from './provisioning-context';

const BATCH = 50;

/**
 * How long Jira's search may take to show issues just created: a batch whose creation was cut
 * short (keys not saved) and that search has not shown after this long was never created.
 */
export const SEARCH_SETTLES_MS = 10 * 60_000;

/**
 * A batch left half-done by a stop between its bulk create and the save of its keys: the keys are
 * lost, and Jira's search lags behind writes, so "not found" right after the stop does not mean
 * "not created". The run waits (and retries) until search shows the batch or has had time to;
 * only then are the controls still missing created.
 */
function settleInterruptedBatch(ctx: StepContext): void {
  const pending = ctx.state.controlsCreating;
  if (!pending) return;
  const unseen = pending.ids.filter((id) => !ctx.state.controls[id]);
  const age = ctx.now().getTime() - Date.parse(pending.since);
  if (unseen.length > 0 && age < SEARCH_SETTLES_MS)
    throw new SearchCatchingUp(
      `A run stopped while creating ${unseen.length} Annex A control issues; waiting for Jira's search to show them before creating any again.`,
    );
  delete ctx.state.controlsCreating;
}

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
    if (!ctx.dryRun) settleInterruptedBatch(ctx);
    const missing = ANNEX_A_CONTROLS.filter((c) => !ctx.state.controls[c.id]);
    if (missing.length === 0) {
      await ctx.checkpoint();
      return;
    }
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
      // Saved before Jira creates anything, so a stop before the keys are saved is known.
      ctx.state.controlsCreating = { ids: batch.map((c) => c.id), since: ctx.now().toISOString() };
      await ctx.store.save(ctx.state);
      let res: z.infer<typeof createdIssuesSchema>;
      try {
        res = await ctx.jira.post(
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
      } catch (err) {
        // A refusal (4xx) created nothing; after a 5xx Jira may have created them: keep the claim.
        if (err instanceof ProductApiError && err.status < 500) {
          delete ctx.state.controlsCreating;
          await ctx.store.save(ctx.state);
        }
        throw err;
      }
      // Jira answers the created issues in request order, without the failed elements.
      const failed = new Set(res.errors.map((e) => e.failedElementNumber));
      const createdIds = batch.filter((_, j) => !failed.has(j));
      createdIds.forEach((c, j) => {
        const created = res.issues[j];
        if (created) ctx.state.controls[c.id] = created.key;
      });
      delete ctx.state.controlsCreating;
      if (res.errors.length > 0) {
        await ctx.store.save(ctx.state);
        throw new Error(
          `Jira refused ${res.errors.length} AI Control issues: ${JSON.stringify(res.errors[0]?.elementErrors ?? {})}`,
        );
      }
      await ctx.checkpoint();
    }
  },
};
