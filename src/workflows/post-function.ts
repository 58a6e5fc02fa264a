/**
 * `jira:workflowPostFunction`: records the outcome of an ISO/IEC 42001 step after Jira performed
 * the transition. Payload (Forge's post function event): `{issue:{id,key}, transition:{id, name,
 * from:{id}, to:{id}, executionId}, atlassianId, configuration, changelog?, comment?}`.
 * Idempotent: a retried invocation (same executionId) changes nothing more.
 */
import { z } from 'zod';
import { jiraAsApp } from '../jira/forge-clients';
import type { ProductClient } from '../jira/product-client';
import type { ActiveAims } from '../jira/active-aims';
import { loadActiveAims } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { AI_RISK_FIELD_KEYS } from '../jira/facts/ai-risk-facts-reader';
import type { ProvisioningState } from '../storage/provisioning-state';
import { loadRiskMatrix } from '../storage/risk-matrix';
import type { NonconformityTransition } from './nonconformity-records';
import { recordClosure, recordIneffectiveLoop } from './nonconformity-records';
import { freezeImplementer } from './implementer-freeze';
import { recordReopening } from './reopening-record';
import { recordRiskLevels } from './risk-level-recorder';
import { resolveRuleConfig } from './rule-configuration';
import type { ResolvedRule } from './rule-configuration';

export const postFunctionPayloadSchema = z
  .object({
    issue: z
      .object({ key: z.string().min(1), id: z.union([z.string(), z.number()]).optional() })
      .loose(),
    transition: z
      .object({
        id: z.union([z.string(), z.number()]).nullish(),
        name: z.string().nullish(),
        executionId: z.string().nullish(),
      })
      .loose()
      .optional(),
    atlassianId: z.string().nullish(),
    configuration: z.unknown().optional(),
    changelog: z
      .object({ id: z.union([z.string(), z.number()]) })
      .loose()
      .nullish(),
  })
  .loose();
type PostFunctionPayload = z.infer<typeof postFunctionPayloadSchema>;

export interface PostFunctionOutcome {
  done: string;
}

/** Identifies one transition execution, so retries are recognised. */
function executionIdOf(payload: PostFunctionPayload): string {
  return (
    payload.transition?.executionId ??
    (payload.changelog
      ? `changelog:${String(payload.changelog.id)}`
      : `transition:${payload.issue.key}:${String(payload.transition?.id ?? '')}`)
  );
}

export async function postFunction(payload: unknown): Promise<PostFunctionOutcome> {
  const parsed = postFunctionPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    console.warn(`[aims] post function: ignored a malformed payload: ${parsed.error.message}`);
    return { done: 'ignored: malformed payload' };
  }
  const rule = resolveRuleConfig(parsed.data.configuration);
  if ('error' in rule) {
    console.warn(`[aims] post function on ${parsed.data.issue.key}: ${rule.error}`);
    return { done: 'ignored: no configuration' };
  }
  const aims = await loadActiveAims();
  if (!aims) return { done: 'ignored: app not provisioned' };
  return runPostFunction(jiraAsApp(), aims, rule, parsed.data);
}

async function runPostFunction(
  jira: ProductClient,
  aims: ActiveAims,
  rule: ResolvedRule,
  payload: PostFunctionPayload,
): Promise<PostFunctionOutcome> {
  const key = payload.issue.key;
  const transition: NonconformityTransition = {
    jira,
    aims,
    issueKey: key,
    transitionName: rule.transition.name,
    actorAccountId: payload.atlassianId ?? null,
    executionId: executionIdOf(payload),
  };
  switch (`${rule.workflow.key}/${rule.transition.key}`) {
    case 'aiRisk/assess':
      return riskLevels(jira, aims.state, key, ['inherentLevel']);
    case 'aiRisk/treated':
      return riskLevels(jira, aims.state, key, ['inherentLevel', 'residualLevel']);
    case 'nonconformity/closeEffective':
    case 'nonconformity/closeWithoutAction':
      return { done: await recordClosure(transition) };
    case 'nonconformity/backToCauseAnalysis':
      return { done: await recordIneffectiveLoop(transition) };
    case 'correctiveAction/complete':
      return { done: await freezeImplementer(jira, key, transition.executionId) };
    case 'nonconformity/reopen':
    case 'correctiveAction/reopen':
    case 'auditFinding/reopen':
    case 'auditFinding/reopenWithNonconformity':
    case 'auditFinding/regrade':
    case 'aiIncident/reopen':
      return { done: await recordReopening(jira, key, transition) };
    default:
      return { done: 'nothing to record' };
  }
}

async function riskLevels(
  jira: ProductClient,
  state: ProvisioningState,
  key: string,
  which: ('inherentLevel' | 'residualLevel')[],
): Promise<PostFunctionOutcome> {
  const risk = await loadAimsIssue(jira, state, key, AI_RISK_FIELD_KEYS);
  const updates = await recordRiskLevels(jira, state, risk, await loadRiskMatrix(), which);
  const set = Object.entries(updates).map(([k, v]) => `${k}=${v}`);
  return { done: set.length ? `set ${set.join(', ')}` : 'levels already up to date' };
}
