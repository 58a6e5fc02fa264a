/**
 * `jira:workflowPostFunction`: records the outcome of an ISO/IEC 42001 step after Jira performed
 * the transition. Payload (Forge's post function event): `{issue:{id,key}, transition:{id, name,
 * from:{id}, to:{id}, executionId}, atlassianId, configuration, changelog?, comment?}`.
 * Idempotent: a retried invocation (same executionId) changes nothing more.
 */
import { z } from 'zod';
import { DEFAULT_RISK_MATRIX } from '../domain/risk';
import { jiraAsApp } from '../jira/forge-clients';
import type { ProductClient } from '../jira/product-client';
import type { ProvisioningState } from '../storage/provisioning-state';
import type { ActiveAims } from '../jira/active-aims';
import { loadActiveAims } from '../jira/active-aims';
import { AI_RISK_FIELD_KEYS } from '../jira/facts/ai-risk-facts-reader';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { addIssueComment } from '../jira/issue-comment';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import {
  correctiveActionKeysOf,
  NONCONFORMITY_FIELD_KEYS,
  nonconformityFacts,
} from '../jira/facts/nonconformity-facts-reader';
import type { ClosureRecord, LoopsRecord } from './nonconformity-records';
import {
  CLOSURE_PROPERTY,
  closureRecordSchema,
  LOOPS_PROPERTY,
  loopsRecordSchema,
} from './nonconformity-records';
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
  const { state } = aims;
  switch (`${rule.workflow.key}/${rule.transition.key}`) {
    case 'aiRisk/assess':
      return riskLevels(jira, state, key, ['inherentLevel']);
    case 'aiRisk/treated':
      return riskLevels(jira, state, key, ['inherentLevel', 'residualLevel']);
    case 'nonconformity/closeEffective':
    case 'nonconformity/closeWithoutAction':
      return recordClosure(jira, aims, rule, payload);
    case 'nonconformity/backToCauseAnalysis':
      return recordIneffectiveLoop(jira, aims, payload);
    default:
      // Corrective Action "Done": the issue-event trigger moves the Nonconformity on.
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
  const updates = await recordRiskLevels(jira, state, risk, DEFAULT_RISK_MATRIX, which);
  const set = Object.entries(updates).map(([k, v]) => `${k}=${v}`);
  return { done: set.length ? `set ${set.join(', ')}` : 'levels already up to date' };
}

async function recordClosure(
  jira: ProductClient,
  aims: ActiveAims,
  rule: ResolvedRule,
  payload: PostFunctionPayload,
): Promise<PostFunctionOutcome> {
  const key = payload.issue.key;
  const executionId = executionIdOf(payload);
  const existing = await readIssueProperty(jira, key, CLOSURE_PROPERTY, closureRecordSchema);
  if (existing?.executionId === executionId) return { done: 'closure already recorded' };
  const nc = await loadAimsIssue(jira, aims.state, key, NONCONFORMITY_FIELD_KEYS);
  const facts = nonconformityFacts(nc, []);
  const record: ClosureRecord = {
    closedAt: new Date().toISOString(),
    closedByAccountId: payload.atlassianId ?? null,
    transition: rule.transition.name,
    aimsChangeNeeded: facts.aimsChangeNeeded ?? null,
    aimsChangeLink: facts.aimsChangeLink ?? null,
    verdict: facts.verdict ?? null,
    reviewerAccountId: facts.reviewerAccountId ?? null,
    correctiveActions: correctiveActionKeysOf(nc, aims.config),
    executionId,
  };
  await writeIssueProperty(jira, key, CLOSURE_PROPERTY, record);
  return {
    done: `closure recorded (AIMS change needed: ${record.aimsChangeNeeded ?? 'unanswered'})`,
  };
}

async function recordIneffectiveLoop(
  jira: ProductClient,
  aims: ActiveAims,
  payload: PostFunctionPayload,
): Promise<PostFunctionOutcome> {
  const key = payload.issue.key;
  const executionId = executionIdOf(payload);
  const loops: LoopsRecord = (await readIssueProperty(
    jira,
    key,
    LOOPS_PROPERTY,
    loopsRecordSchema,
  )) ?? { count: 0, loops: [] };
  let loop = loops.loops.find((l) => l.executionId === executionId);
  if (loop?.commented) return { done: 'loop already recorded' };
  if (!loop) {
    const nc = await loadAimsIssue(jira, aims.state, key, NONCONFORMITY_FIELD_KEYS);
    loop = {
      cycle: loops.count + 1,
      at: new Date().toISOString(),
      byAccountId: payload.atlassianId ?? null,
      evidence: textOfEvidence(nonconformityFacts(nc, []).evidence),
      executionId,
      commented: false,
    };
    loops.count = loop.cycle;
    loops.loops.push(loop);
    await writeIssueProperty(jira, key, LOOPS_PROPERTY, loops);
  }
  await addIssueComment(
    jira,
    key,
    `Effectiveness review ${loop.cycle}: the corrective action was found ineffective, so this nonconformity is back in cause analysis (ISO/IEC 42001 10.2 d). Determine the causes again and plan new corrective action.`,
  );
  loop.commented = true;
  await writeIssueProperty(jira, key, LOOPS_PROPERTY, loops);
  return { done: `loop ${loop.cycle} recorded` };
}

function textOfEvidence(
  evidence: string | readonly { url: string }[] | null | undefined,
): string | null {
  if (typeof evidence === 'string') return evidence;
  return evidence && evidence.length > 0 ? evidence.map((e) => e.url).join('\n') : null;
}
