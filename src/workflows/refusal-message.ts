import type { Reason } from '../domain/lifecycle/reason';

/**
 * One message listing every unmet requirement, in the user's words, as Jira shows a validator's
 * refusal: `"Verify effective and close" needs: (1) …. (2) ….`
 */
export function refusalMessage(transitionName: string, reasons: readonly Reason[]): string {
  const messages = [...new Set(reasons.map((r) => r.message.trim()))];
  if (messages.length === 1) return `"${transitionName}" needs: ${messages[0] ?? ''}`;
  return `"${transitionName}" needs: ${messages.map((m, i) => `(${i + 1}) ${m}`).join(' ')}`;
}
