/**
 * What an existing workflow the app adopts by name lacks of this version's definition: statuses,
 * transitions, the app's validators and read-only status properties. Provisioning adopts a
 * workflow it finds and never edits it (an active workflow changes only through Jira's
 * draft-and-publish), so a site provisioned by an older version keeps its old workflow: the
 * differences are reported, in the dry run too, for the admin to update it in Jira.
 */
import { z } from 'zod';
import type { AimsWorkflowDefinition } from '../../jira/aims-schema';
import { ruleConfigSchema } from '../rule-configuration';

const ISSUE_EDITABLE_PROPERTY = 'jira.issue.editable';

const ruleSchema = z.object({ parameters: z.record(z.string(), z.unknown()).optional() }).loose();

/** The part of `GET /workflows/search?expand=values.transitions` the comparison reads. */
export const adoptedWorkflowSchema = z
  .object({
    statuses: z
      .array(
        z
          .object({
            statusReference: z.string(),
            properties: z.record(z.string(), z.unknown()).optional(),
          })
          .loose(),
      )
      .default([]),
    transitions: z
      .array(z.object({ name: z.string(), validators: z.array(ruleSchema).default([]) }).loose())
      .default([]),
  })
  .loose();
export type AdoptedWorkflow = z.infer<typeof adoptedWorkflowSchema>;

/** Whether one of the rules is the app's validator configured for this workflow step. */
function hasAppValidator(
  rules: readonly z.infer<typeof ruleSchema>[],
  workflowKey: string,
  transitionKey: string,
): boolean {
  return rules.some((rule) => {
    const config = rule.parameters?.config;
    if (typeof config !== 'string') return false;
    try {
      const parsed = ruleConfigSchema.safeParse(JSON.parse(config));
      return (
        parsed.success &&
        parsed.data.workflow === workflowKey &&
        parsed.data.transition === transitionKey
      );
    } catch {
      return false;
    }
  });
}

export interface WorkflowDifferences {
  /** Names of the definition's statuses the workflow does not have. */
  readonly missingStatuses: readonly string[];
  /** Each difference in words, in definition order. */
  readonly lines: readonly string[];
}

/**
 * The differences between the definition and the workflow found (`nameOfReference`: the status
 * name of each status reference or id the search answered).
 */
export function workflowDifferences(
  def: AimsWorkflowDefinition,
  found: AdoptedWorkflow,
  nameOfReference: ReadonlyMap<string, string>,
): WorkflowDifferences {
  const statusByName = new Map(
    found.statuses.map((s) => [nameOfReference.get(s.statusReference) ?? s.statusReference, s]),
  );
  const missingStatuses: string[] = [];
  const lines: string[] = [];
  for (const status of def.statuses) {
    const present = statusByName.get(status.name);
    if (!present) {
      missingStatuses.push(status.name);
      lines.push(`no status '${status.name}'`);
    } else if (
      def.readOnlyStatuses.includes(status.key) &&
      present.properties?.[ISSUE_EDITABLE_PROPERTY] !== 'false'
    ) {
      lines.push(`status '${status.name}' is not read-only (${ISSUE_EDITABLE_PROPERTY} = false)`);
    }
  }
  const transitionByName = new Map(found.transitions.map((t) => [t.name, t]));
  for (const tr of def.transitions) {
    const present = transitionByName.get(tr.name);
    if (!present) lines.push(`no transition '${tr.name}'`);
    else if (tr.validated && !hasAppValidator(present.validators, def.key, tr.key))
      lines.push(`transition '${tr.name}' lacks the app's validator`);
  }
  return { missingStatuses, lines };
}
