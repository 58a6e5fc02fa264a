/**
 * Marks a refusal that rests on a rule of this app rather than on ISO/IEC 42001 itself (for
 * example reviewer independence, finding grades, manager-only reopening), so nobody mistakes the
 * app's rule for the standard's requirement.
 */
export const APP_RULE_NOTE = "This is the AIMS app's own rule, not a requirement of ISO/IEC 42001.";

export function appRule(message: string): string {
  return `${message.trim()} ${APP_RULE_NOTE}`;
}
