/** The shapes the resolver answers with (checked with zod before use). */
import { z } from 'zod';

const person = z.object({ accountId: z.string(), displayName: z.string() });
export type Person = z.infer<typeof person>;

const trendCounts = { opened: z.number(), closed: z.number(), overdue: z.number() };
const trends = z.object({
  ...trendCounts,
  openAtEnd: z.number(),
  byMonth: z.array(z.object({ month: z.string(), ...trendCounts })),
  bySource: z.array(z.object({ source: z.string(), ...trendCounts })),
  overdueItems: z.array(
    z.object({ key: z.string(), summary: z.string().nullable(), dueDate: z.string() }),
  ),
});
export type Trends = z.infer<typeof trends>;

export const GRADES = [
  'major-nc',
  'minor-nc',
  'observation',
  'opportunity-for-improvement',
] as const;
const gradeCounts = z.record(z.string(), z.number());

const inputs = z.object({
  period: z.object({ start: z.string(), end: z.string() }),
  asOf: z.string(),
  a: z.object({
    actions: z.array(
      z.object({
        key: z.string(),
        summary: z.string().nullable(),
        status: z.string(),
        done: z.boolean(),
        dueDate: z.string().nullable(),
        overdue: z.boolean(),
        ownerAccountId: z.string().nullable(),
      }),
    ),
    total: z.number(),
    done: z.number(),
    open: z.number(),
    overdue: z.number(),
  }),
  d: z.object({
    nonconformities: trends,
    correctiveActions: trends,
    auditResults: z.object({
      total: z.number(),
      byGrade: gradeCounts,
      byMonth: z.array(z.object({ month: z.string(), byGrade: gradeCounts })),
    }),
    riskLevels: z.object({
      bands: z.array(z.object({ bandId: z.string(), label: z.string(), count: z.number() })),
      notAssessed: z.number(),
    }),
    soa: z
      .object({
        applicable: z.number(),
        implemented: z.number(),
        implementedPercent: z.number().nullable(),
      })
      .nullable(),
  }),
  e: z.object({
    opportunities: z.array(
      z.object({
        key: z.string(),
        summary: z.string().nullable(),
        origin: z.enum(['audit-finding', 'improvement-item']),
        open: z.boolean(),
      }),
    ),
    open: z.number(),
  }),
  missing: z.array(z.string()),
});
export type Inputs = z.infer<typeof inputs>;

export const DECISION_KINDS = ['continual-improvement', 'aims-change', 'other'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

const decision = z.object({
  id: z.string().nullable(),
  kind: z.enum(DECISION_KINDS),
  description: z.string(),
  owner: person.nullable(),
  dueDate: z.string().nullable(),
  actionKey: z.string().nullable(),
});
export type Decision = z.infer<typeof decision>;

export const reviewViewSchema = z.discriminatedUnion('configured', [
  z.object({ configured: z.literal(false), message: z.string(), problems: z.array(z.string()) }),
  z.object({
    configured: z.literal(true),
    pageId: z.string(),
    title: z.string(),
    projectKey: z.string(),
    period: z.object({ start: z.string(), end: z.string() }),
    previousReviewPageId: z.string().nullable(),
    state: z.enum(['draft', 'held', 'tampered']),
    editBlockers: z.array(z.string()),
    inputs: inputs.nullable(),
    ungradedFindings: z.number(),
    entered: z.object({ externalInternalIssues: z.string(), interestedParties: z.string() }),
    attendees: z.array(person),
    decisions: z.array(decision),
    held: z
      .object({
        heldAt: z.string(),
        heldBy: person,
        contentHash: z.string(),
        pageVersion: z.number().nullable(),
      })
      .nullable(),
    names: z.record(z.string(), z.string()),
    integrityProblems: z.array(z.string()),
  }),
]);
export type ReviewView = z.infer<typeof reviewViewSchema>;
export type ConfiguredView = Extract<ReviewView, { configured: true }>;

export const peopleSchema = z.object({
  people: z.array(person),
  defaults: z.object({ projectKey: z.string() }),
});

export const GRADE_LABELS: Record<(typeof GRADES)[number], string> = {
  'major-nc': 'Major nonconformity',
  'minor-nc': 'Minor nonconformity',
  observation: 'Observation',
  'opportunity-for-improvement': 'Opportunity for improvement',
};

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  'continual-improvement': 'Continual improvement',
  'aims-change': 'Change to the AIMS',
  other: 'Other',
};
