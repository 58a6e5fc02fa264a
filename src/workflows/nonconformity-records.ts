/**
 * What the app keeps on a Nonconformity in issue properties, written by the post function: the
 * 10.2 e) closure record and the effectiveness-review loops (each ineffective result that sent it
 * back to cause analysis). Idempotent per transition execution.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ActiveAims } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import {
  correctiveActionKeysOf,
  NONCONFORMITY_FIELD_KEYS,
  nonconformityFacts,
} from '../jira/facts/nonconformity-facts-reader';
import type { LoopsRecord } from '../jira/facts/effectiveness-loops';
import { LOOPS_PROPERTY, loopsRecordSchema } from '../jira/facts/effectiveness-loops';
import { toJiraFields } from '../jira/aims-issue';
import { addIssueComment } from '../jira/issue-comment';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import type { ProductClient } from '../jira/product-client';

export const CLOSURE_PROPERTY = 'aims.closure';

export const closureRecordSchema = z.object({
  closedAt: z.string(),
  closedByAccountId: z.string().nullable(),
  transition: z.string(),
  /** 10.2 e) */
  aimsChangeNeeded: z.enum(['yes', 'no']).nullable(),
  aimsChangeLink: z.string().nullable(),
  verdict: z.enum(['effective', 'ineffective']).nullable(),
  reviewerAccountId: z.string().nullable(),
  correctiveActions: z.array(z.string()),
  executionId: z.string(),
});
export type ClosureRecord = z.infer<typeof closureRecordSchema>;

/** A Nonconformity transition Jira has performed, as the post function records it. */
export interface NonconformityTransition {
  jira: ProductClient;
  aims: ActiveAims;
  issueKey: string;
  transitionName: string;
  actorAccountId: string | null;
  /** Identifies the transition's execution, so a retried invocation is recognised. */
  executionId: string;
}

/** Records how the Nonconformity was closed (10.2 e); says what it did. */
export async function recordClosure(t: NonconformityTransition): Promise<string> {
  const { jira, aims, issueKey: key, executionId } = t;
  const existing = await readIssueProperty(jira, key, CLOSURE_PROPERTY, closureRecordSchema);
  if (existing?.executionId === executionId) return 'closure already recorded';
  const nc = await loadAimsIssue(jira, aims.state, key, NONCONFORMITY_FIELD_KEYS);
  const facts = nonconformityFacts(nc, []);
  const record: ClosureRecord = {
    closedAt: new Date().toISOString(),
    closedByAccountId: t.actorAccountId,
    transition: t.transitionName,
    aimsChangeNeeded: facts.aimsChangeNeeded ?? null,
    aimsChangeLink: facts.aimsChangeLink ?? null,
    verdict: facts.verdict ?? null,
    reviewerAccountId: facts.reviewerAccountId ?? null,
    correctiveActions: correctiveActionKeysOf(nc, aims.config),
    executionId,
  };
  await writeIssueProperty(jira, key, CLOSURE_PROPERTY, record);
  return `closure recorded (AIMS change needed: ${record.aimsChangeNeeded ?? 'unanswered'})`;
}

/** Records an ineffective effectiveness review and tells the owner in a comment; says what it did. */
export async function recordIneffectiveLoop(t: NonconformityTransition): Promise<string> {
  const { jira, aims, issueKey: key, executionId } = t;
  const loops: LoopsRecord = (await readIssueProperty(
    jira,
    key,
    LOOPS_PROPERTY,
    loopsRecordSchema,
  )) ?? { count: 0, loops: [] };
  let loop = loops.loops.find((l) => l.executionId === executionId);
  if (loop?.commented) return 'loop already recorded';
  if (!loop) {
    const nc = await loadAimsIssue(jira, aims.state, key, NONCONFORMITY_FIELD_KEYS);
    const facts = nonconformityFacts(nc, []);
    loop = {
      cycle: loops.count + 1,
      // Jira's time of the transition (nothing else has touched the issue yet), so it compares
      // with the corrective actions' resolution dates.
      at: (await jiraUpdatedOf(jira, key)) ?? new Date().toISOString(),
      byAccountId: t.actorAccountId,
      evidence: textOfEvidence(facts.evidence),
      reviewerAccountId: facts.reviewerAccountId ?? null,
      executionId,
      commented: false,
    };
    loops.count = loop.cycle;
    loops.loops.push(loop);
    await writeIssueProperty(jira, key, LOOPS_PROPERTY, loops);
  }
  // The next review starts blank: verdict, evidence and reviewer are kept in the loop record.
  await jira.sendNoContent(route`/rest/api/3/issue/${key}`, 'PUT', {
    fields: toJiraFields(aims.state, {
      verdict: null,
      effectivenessEvidence: null,
      effectivenessReviewer: null,
    }),
  });
  await addIssueComment(
    jira,
    key,
    `Effectiveness review ${loop.cycle}: the corrective action was found ineffective, so this nonconformity is back in cause analysis (ISO/IEC 42001 10.2 d). Its verdict, evidence and reviewer are kept in the app's record and cleared here. Determine the causes again and complete new corrective action before the next review.`,
  );
  loop.commented = true;
  await writeIssueProperty(jira, key, LOOPS_PROPERTY, loops);
  return `loop ${loop.cycle} recorded`;
}

function textOfEvidence(
  evidence: string | readonly { url: string }[] | null | undefined,
): string | null {
  if (typeof evidence === 'string') return evidence;
  return evidence && evidence.length > 0 ? evidence.map((e) => e.url).join('\n') : null;
}

const updatedSchema = z.object({ fields: z.object({ updated: z.string().nullish() }).loose() });

/** The issue's `updated` as Jira records it. */
async function jiraUpdatedOf(jira: ProductClient, key: string): Promise<string | null> {
  const issue = await jira.get(route`/rest/api/3/issue/${key}?fields=updated`, updatedSchema);
  return issue.fields.updated ?? null;
}
