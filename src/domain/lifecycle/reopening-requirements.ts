import { appRule } from './app-rule';
import { hasText } from './has-text';
import type { Reason } from './reason';

/**
 * Reopening a closed (read-only) record — a Nonconformity, a Corrective Action, an Audit
 * Finding or an AI Incident — is a manager's step that says why: the reason is the transition's comment, kept on the
 * record by the app.
 */
export function reopeningRequirements(reason: string | null | undefined): Reason[] {
  if (hasText(reason)) return [];
  return [
    {
      code: 'reopening-reason-missing',
      message: appRule(
        'Say why this closed record is reopened: write the reason in the comment of the transition.',
      ),
    },
  ];
}
