/**
 * What the audit programme macro shows one viewer (src/macros/audit-programme/audit-programme-view.ts):
 * the programme (9.2.2) and its cycle's coverage of clauses 4–10 and Annex A, from the Audits the
 * viewer may see in Jira.
 */
import { z } from 'zod';
import { list, macroViewSchema } from './wire-shapes';

export const coverageRowSchema = z.object({
  ref: z.string(),
  title: z.string(),
  group: z.string(),
  audits: list(z.object({ key: z.string(), closedOn: z.string().nullable() })),
  audited: z.boolean(),
  planned: z.boolean(),
});

export const auditProgrammeViewSchema = macroViewSchema(
  z.object({
    configured: z.literal(true),
    config: z.object({
      projectKey: z.string(),
      cycle: z.string(),
      frequency: z.string(),
      methods: z.string(),
      responsibilities: z.string(),
    }),
    audits: list(
      z.object({
        key: z.string(),
        summary: z.string(),
        status: z.string(),
        closedOn: z.string().nullable(),
        coveredRefs: list(z.string()),
        unknownRefs: list(z.string()),
      }),
    ),
    rows: list(coverageRowSchema),
    audited: z.number(),
    plannedOnly: z.number(),
    notCovered: z.number(),
    /** The JQL of the cycle's audits, for "open in Jira". */
    jql: z.string(),
  }),
);
export type AuditProgrammeView = z.infer<typeof auditProgrammeViewSchema>;
