import { z } from 'zod';
import type { AimsTransitionDefinition, AimsWorkflowDefinition } from '../jira/aims-schema';
import { AIMS_WORKFLOWS } from '../jira/aims-schema';

/**
 * The configuration provisioning saves on each of the app's workflow rules: the JSON string
 * `{"workflow": "<logical workflow key>", "transition": "<logical transition key>"}`.
 * Forge hands the saved configuration to function rules as the `configuration` JSON object; a
 * string (or `{value: string}`) holding that JSON is accepted too, so the rule never depends on
 * how a host wraps it.
 */
export const ruleConfigSchema = z.object({
  workflow: z.string().min(1),
  transition: z.string().min(1),
});
export type RuleConfig = z.infer<typeof ruleConfigSchema>;

function unwrap(raw: unknown): unknown {
  if (typeof raw === 'string') {
    try {
      return unwrap(JSON.parse(raw) as unknown);
    } catch {
      return raw;
    }
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const value = (raw as { value?: unknown }).value;
    if (typeof value === 'string' && !('workflow' in raw)) return unwrap(value);
  }
  return raw;
}

export interface ResolvedRule {
  workflow: AimsWorkflowDefinition;
  transition: AimsTransitionDefinition;
}

/** The workflow and transition a rule's configuration names, or a message saying what is wrong. */
export function resolveRuleConfig(raw: unknown): ResolvedRule | { error: string } {
  const parsed = ruleConfigSchema.safeParse(unwrap(raw));
  if (!parsed.success) {
    return {
      error:
        'This workflow rule of the AIMS app has no valid configuration; ask a Jira administrator to run the AIMS provisioning again.',
    };
  }
  const workflow = AIMS_WORKFLOWS.find((w) => w.key === parsed.data.workflow);
  const transition = workflow?.transitions.find((t) => t.key === parsed.data.transition);
  if (!workflow || !transition) {
    return {
      error: `This workflow rule names an unknown AIMS step (${parsed.data.workflow}/${parsed.data.transition}); ask a Jira administrator to run the AIMS provisioning again.`,
    };
  }
  return { workflow, transition };
}
