/**
 * `jira:workflowValidator` (function): refuses an AIMS transition until the ISO/IEC 42001
 * requirements of the step are recorded. Jira calls it with
 * `{issue:{key}, configuration, transition:{from:{id}, to:{id}, modifiedFields}}` and shows
 * `errorMessage` when `result` is false. Only asApp works here, and the payload names no user:
 * nothing read reaches a UI except the refusal reasons, and those name a linked issue only if it
 * is in the issue's project at its security level (everyone who can transition the issue can
 * browse those); any other is "a linked issue not shown here" (docs/security.md).
 */
import { z } from 'zod';
import { DEFAULT_RISK_MATRIX } from '../domain/risk';
import { jiraAsApp } from '../jira/forge-clients';
import { loadActiveAims, statusKeyOfId } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { loadCorrectiveActionSnapshots } from '../jira/facts/corrective-action-snapshots';
import { readLastIneffectiveReviewAt } from '../jira/facts/effectiveness-loops';
import { correctiveActionRefsOf } from '../jira/facts/nonconformity-facts-reader';
import { issueKeysIn, withoutIssueKeys } from '../domain/visibility/unnamed-issues';
import { unseenLinkedKeys } from '../jira/unseen-linked-issues';
import { refusalMessage } from './refusal-message';
import { resolveRuleConfig } from './rule-configuration';
import { transitionCommentText } from './transition-comment';
import { guardFieldKeys, transitionRequirements } from './transition-requirements';

const statusRef = z
  .object({ id: z.union([z.string(), z.number()]).nullish() })
  .loose()
  .nullish();

export const validatorPayloadSchema = z
  .object({
    issue: z.object({ key: z.string().min(1) }).loose(),
    configuration: z.unknown().optional(),
    transition: z
      .object({
        from: statusRef,
        to: statusRef,
        modifiedFields: z.record(z.string(), z.unknown()).nullish(),
      })
      .loose()
      .optional(),
  })
  .loose();

export interface ValidatorResult {
  result: boolean;
  errorMessage?: string;
}

const refuse = (errorMessage: string): ValidatorResult => ({ result: false, errorMessage });

export async function transitionValidator(payload: unknown): Promise<ValidatorResult> {
  const parsed = validatorPayloadSchema.safeParse(payload);
  if (!parsed.success) return refuse('The AIMS app could not read this transition; try again.');
  const { issue, configuration, transition } = parsed.data;
  const rule = resolveRuleConfig(configuration);
  if ('error' in rule) return refuse(rule.error);
  const aims = await loadActiveAims();
  if (!aims)
    return refuse(
      'The AIMS app is not set up yet: ask a Jira administrator to run the AIMS provisioning.',
    );
  const { state, config } = aims;
  const jira = jiraAsApp();
  const modifiedFields = transition?.modifiedFields ?? {};
  const aimsIssue = await loadAimsIssue(
    jira,
    state,
    issue.key,
    guardFieldKeys(rule.workflow.key),
    modifiedFields,
  );
  const fromId = transition?.from?.id;
  const fromStatusKey =
    fromId !== undefined && fromId !== null
      ? statusKeyOfId(state, String(fromId))
      : aimsIssue.statusKey;
  const correctiveActions =
    rule.workflow.key === 'nonconformity'
      ? await loadCorrectiveActionSnapshots(jira, correctiveActionRefsOf(aimsIssue, config))
      : [];
  const isNc = rule.workflow.key === 'nonconformity';
  const lastIneffectiveReviewAt = isNc ? await readLastIneffectiveReviewAt(jira, issue.key) : null;
  const originalIssue =
    rule.transition.key === 'regrade'
      ? await loadAimsIssue(jira, state, issue.key, guardFieldKeys(rule.workflow.key))
      : undefined;
  const reasons = transitionRequirements({
    lastIneffectiveReviewAt,
    ...(originalIssue ? { originalIssue } : {}),
    rule,
    fromStatusKey,
    issue: aimsIssue,
    config,
    matrix: DEFAULT_RISK_MATRIX,
    correctiveActions,
    transitionComment: transitionCommentText(modifiedFields),
  });
  if (reasons.length === 0) return { result: true };
  const message = refusalMessage(rule.transition.name, reasons);
  const named = issueKeysIn(message);
  const unseen = await unseenLinkedKeys(
    jira,
    aimsIssue.id,
    aimsIssue.links.map((l) => l.issue).filter((linked) => named.has(linked.key)),
  );
  return refuse(withoutIssueKeys(message, unseen));
}
