/**
 * A sentence the app's functions build for a screen, as a message key and the values of its
 * `{name}` placeholders (docs/decisions/0010): the screen says it in the viewer's language, and
 * shows the English the server also sends for any key its locale files lack.
 */
import { z } from 'zod';
import { AI_SYSTEM_MESSAGE_NAMES, IMPACT_ASSESSMENT_MESSAGE_NAMES } from '../domain/ai-system';
import { AUDIT_REASON_CODES } from '../domain/audit-programme/audit-requirements';
import { INCIDENT_MESSAGE_NAMES } from '../domain/incident';
import type { Reason } from '../domain/lifecycle/reason';
import {
  AUDIT_FINDING_MESSAGE_NAMES,
  CORRECTIVE_ACTION_REASON_CODES,
  NONCONFORMITY_REASON_CODES,
} from '../domain/nonconformity';

export const serverMessageSchema = z.object({
  /** Null: the sentence has no key (the screen shows the English). */
  key: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Where the issue panel's locale files keep these keys (static/issue-panel/src/locales). */
export const PANEL_MESSAGE_PREFIX = 'panel.server.';

/** Every message key the domain gives a screen: each is in the issue panel's locale files. */
export const SERVER_MESSAGE_KEYS: readonly string[] = [
  ...NONCONFORMITY_REASON_CODES.map((code) => `nonconformity.${code}`),
  ...CORRECTIVE_ACTION_REASON_CODES.map((code) => `correctiveAction.${code}`),
  ...AUDIT_FINDING_MESSAGE_NAMES.map((name) => `auditFinding.${name}`),
  ...AUDIT_REASON_CODES.map((code) => `audit.${code}`),
  ...AI_SYSTEM_MESSAGE_NAMES.map((name) => `aiSystem.${name}`),
  ...IMPACT_ASSESSMENT_MESSAGE_NAMES.map((name) => `impactAssessment.${name}`),
  ...INCIDENT_MESSAGE_NAMES.map((name) => `incident.${name}`),
];

/**
 * What is missing, once each (by its English), as the English sentences and, in the same order,
 * their messages.
 */
export function missingOf(reasons: readonly Reason[]): {
  missing: string[];
  missingMessages: ServerMessage[];
} {
  const unique = [...new Map(reasons.map((r) => [r.message, r])).values()];
  return {
    missing: unique.map((r) => r.message),
    missingMessages: unique.map((r) => ({ key: r.key ?? null, params: { ...r.params } })),
  };
}
