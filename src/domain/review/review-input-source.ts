import { z } from 'zod';
import { AIMS_ROLES } from '../authorization';
import { FINDING_GRADES } from '../records/audit-finding';
import { kpiLatestResultSchema } from '../overview/monitoring-register';

/**
 * What the management-review builder reads, already fetched (as the viewer) from Jira and from
 * the macro. zod-validated by the builder, so a bad value is refused with a clear message.
 */
const day = (label: string) =>
  z
    .string({ error: `${label} must be a date like 2026-07-01` })
    .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, { error: `${label} must be a date like 2026-07-01` });
const optionalDay = (label: string) => day(label).nullish();
const count = z.number().int().min(0);

/**
 * A competence requirement of an AIMS role and how many of the role's group lack a current
 * record meeting it (7.2 a; null: the group's members are not known to the viewer).
 */
const competenceGapSchema = z.object({
  role: z.enum(AIMS_ROLES),
  requirement: z.string(),
  missing: count.nullable(),
  of: count.nullable(),
});
const key = z.string({ error: 'Each item needs its issue key' }).min(1, {
  error: 'Each item needs its issue key',
});

/** The level of the risks counted whose level is none of the bands. */
export const OTHER_RISK_LEVEL = 'other';

/** A Nonconformity or Corrective Action, for the 9.3.2 d) trends. */
export const reviewTrackedItemSchema = z.object({
  key,
  summary: z.string().nullish(),
  /** Where it came from (audit finding, incident, complaint, …); empty counts as unspecified. */
  source: z.string().nullish(),
  createdOn: day('Created date'),
  closedOn: optionalDay('Closed date'),
  dueDate: optionalDay('Due date'),
});
export type ReviewTrackedItem = z.input<typeof reviewTrackedItemSchema>;

/** An AIMS Action decided at a previous review (9.3.2 a). */
export const previousReviewActionSchema = z.object({
  key,
  summary: z.string().nullish(),
  /** Status name as Jira shows it. */
  status: z.string({ error: 'Each previous action needs its status' }),
  done: z.boolean({ error: 'Each previous action must say whether it is done' }),
  dueDate: optionalDay('Due date'),
  ownerAccountId: z.string().nullish(),
});
export type PreviousReviewAction = z.input<typeof previousReviewActionSchema>;

export const reviewAuditFindingSchema = z.object({
  key,
  summary: z.string().nullish(),
  grade: z.enum(FINDING_GRADES, {
    error: `Finding grade must be one of: ${FINDING_GRADES.join(', ')}`,
  }),
  raisedOn: day('Finding date'),
  closedOn: optionalDay('Finding closed date'),
});
export type ReviewAuditFinding = z.input<typeof reviewAuditFindingSchema>;

export const reviewImprovementItemSchema = z.object({
  key,
  summary: z.string().nullish(),
  done: z.boolean().default(false),
});
export type ReviewImprovementItem = z.input<typeof reviewImprovementItemSchema>;

export const managementReviewSourceSchema = z.object(
  {
    /** The day the inputs are compiled; overdue is judged against it. */
    asOf: day('The compilation date'),
    previousActions: z.array(previousReviewActionSchema).default([]),
    /** 9.3.2 b) entered in the macro. */
    externalInternalIssues: z.string().nullish(),
    /** 9.3.2 c) entered in the macro. */
    interestedParties: z.string().nullish(),
    /**
     * The scope and context record was read for the review: its changes since the previous held
     * review are inputs b) and c), so they need no entered text (which still adds to them).
     */
    contextRecorded: z.boolean().default(false),
    nonconformities: z.array(reviewTrackedItemSchema).default([]),
    correctiveActions: z.array(reviewTrackedItemSchema).default([]),
    auditFindings: z.array(reviewAuditFindingSchema).default([]),
    /** Each risk's current level (band ID: residual when treated, else inherent); null = not assessed. */
    risks: z
      .array(z.object({ key: z.string().nullish(), level: z.string().nullish() }))
      .default([]),
    riskBands: z.array(z.object({ id: z.string(), label: z.string() })).default([]),
    /**
     * The risks counted per current level instead of listed (a large site): `level` a band ID,
     * OTHER_RISK_LEVEL for a level outside the bands, null for not assessed. When given, `risks`
     * is not read.
     */
    riskLevelCounts: z.array(z.object({ level: z.string().nullable(), count })).optional(),
    /**
     * The findings raised in the period counted per month and grade instead of listed. When given,
     * the audit results come from these counts and `auditFindings` only feeds the improvement
     * opportunities.
     */
    auditFindingCounts: z
      .array(
        z.object({
          month: z.string().regex(/^\d{4}-\d{2}$/, { error: 'A month is written like 2026-07' }),
          grade: z.enum(FINDING_GRADES, {
            error: `Finding grade must be one of: ${FINDING_GRADES.join(', ')}`,
          }),
          count,
        }),
      )
      .optional(),
    /** SoA totals (from buildStatementOfApplicability), or null when no SoA is available. */
    soa: z
      .object({
        applicable: z.number().int().min(0),
        implemented: z.number().int().min(0),
        implementedPercent: z.number().min(0).max(100).nullable(),
      })
      .nullish(),
    /**
     * AI incidents (A.8.4, 10.2) counted by Jira as the viewer: reported in the period, of those
     * the ones that breached a requirement, and every one still open. Absent before incidents existed.
     */
    incidents: z.object({ reported: count, breached: count, open: count }).nullish(),
    /**
     * Competence Records (7.2, A.4.6) counted by Jira as the viewer over competenceReviewWindow:
     * expired in the period up to the review date, expiring within the warning days after it.
     * Absent (or null) when competence records are not provisioned.
     */
    competence: z
      .object({ expired: count, expiring: count, gaps: z.array(competenceGapSchema).optional() })
      .nullish(),
    /**
     * Awareness of the AI policy (7.3): for each registered AI policy page the viewer can read,
     * the approved version in force (null: none) and how many of the AIMS members group
     * acknowledged it — counts only; the group's size as the viewer may see it in Jira (null: not
     * shown to them); registered pages the viewer cannot read are only counted. Absent (or null)
     * in reviews compiled before acknowledgements existed.
     */
    policyAwareness: z
      .object({
        memberGroup: z.string().min(1),
        groupSize: count.nullable(),
        policies: z.array(
          z.object({
            pageId: z.string().regex(/^\d+$/, { error: 'A policy page ID is a number' }),
            version: z.number().int().min(1).nullable(),
            acknowledged: count,
          }),
        ),
        unreadablePages: count,
      })
      .nullish(),
    /** 9.3.2 d) 2): the latest results of the monitoring register's KPIs (9.1). */
    monitoringResults: z.array(kpiLatestResultSchema).default([]),
    /** Open improvement items other than audit findings (e.g. AIMS Actions marked as improvement). */
    improvementItems: z.array(reviewImprovementItemSchema).default([]),
  },
  { error: 'The management review inputs must be an object' },
);
export type ManagementReviewSource = z.input<typeof managementReviewSourceSchema>;
export type ParsedManagementReviewSource = z.output<typeof managementReviewSourceSchema>;
