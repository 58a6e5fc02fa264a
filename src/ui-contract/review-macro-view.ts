/**
 * What the Management Review macro shows (built by src/macros/review/review-view.ts): live 9.3.2
 * inputs while the review is a draft; once held, the frozen record exactly as it was, or a
 * warning when that record was altered. The Custom UI and the export render this same view.
 */
import { z } from 'zod';
import { sealStatusSchema } from './seal-status';
import { FINDING_GRADES } from '../domain/records/audit-finding';
import { kpiLatestResultSchema } from '../domain/overview/monitoring-register';
import { REVIEW_DECISION_KINDS } from '../domain/records/management-review';
import { REVIEW_CONTEXT_BASES } from '../domain/review/review-context-changes';
import { contextChangesSchema } from './context-changes-view';
import {
  list,
  macroViewSchema,
  nullableText,
  peopleChoiceSchema,
  personSchema,
} from './wire-shapes';

const trendCounts = { opened: z.number(), closed: z.number(), overdue: z.number() };

/** Opened / closed / overdue per month and per source, for one kind of record (9.3.2 d). */
export const trackedItemTrendsSchema = z.object({
  ...trendCounts,
  openAtEnd: z.number(),
  byMonth: list(z.object({ month: z.string(), ...trendCounts })),
  bySource: list(z.object({ source: z.string(), ...trendCounts })),
  overdueItems: list(z.object({ key: z.string(), summary: nullableText, dueDate: z.string() })),
});
export type TrackedItemTrendsView = z.infer<typeof trackedItemTrendsSchema>;

/** Findings per grade, every grade counted. */
const gradeCounts = z.record(z.enum(FINDING_GRADES), z.number());

const enteredText = z.object({ text: nullableText, provided: z.boolean() });

/** The inputs of clause 9.3.2 a–e (src/domain/review/build-management-review-inputs.ts). */
export const reviewInputsSchema = z.object({
  period: z.object({ start: z.string(), end: z.string() }),
  asOf: z.string(),
  a: z.object({
    actions: list(
      z.object({
        key: z.string(),
        summary: nullableText,
        status: z.string(),
        done: z.boolean(),
        dueDate: nullableText,
        overdue: z.boolean(),
        ownerAccountId: nullableText,
      }),
    ),
    total: z.number(),
    done: z.number(),
    open: z.number(),
    overdue: z.number(),
  }),
  b: enteredText,
  c: enteredText,
  d: z.object({
    nonconformities: trackedItemTrendsSchema,
    correctiveActions: trackedItemTrendsSchema,
    auditResults: z.object({
      total: z.number(),
      byGrade: gradeCounts,
      byMonth: list(z.object({ month: z.string(), byGrade: gradeCounts })),
    }),
    riskLevels: z.object({
      bands: list(z.object({ bandId: z.string(), label: z.string(), count: z.number() })),
      notAssessed: z.number(),
    }),
    /** Absent in reviews held before the monitoring register existed. */
    monitoring: list(kpiLatestResultSchema).optional(),
    soa: z
      .object({
        applicable: z.number(),
        implemented: z.number(),
        implementedPercent: z.number().nullable(),
      })
      .nullable(),
    /** AI incidents (absent in reviews held before incidents were counted). */
    incidents: z
      .object({ reported: z.number(), breached: z.number(), open: z.number() })
      .nullable()
      .optional(),
    /** Competence Records expired and expiring (absent in reviews held before they were counted). */
    competence: z
      .object({
        expired: z.number(),
        expiring: z.number(),
        expiredFrom: z.string(),
        reviewDate: z.string(),
        expiringUntil: z.string(),
        /** Per requirement of a role (absent in reviews held before gaps were counted). */
        gaps: z
          .array(
            z.object({
              role: z.string(),
              requirement: z.string(),
              missing: z.number().nullable(),
              of: z.number().nullable(),
            }),
          )
          .optional(),
      })
      .nullable()
      .optional(),
    /**
     * Awareness of the AI policy (absent in reviews held before it was counted). The record keeps
     * page ids; each is named here as this viewer may read it (src/macros/review/review-policy-pages.ts).
     */
    policyAwareness: z
      .object({
        memberGroup: z.string(),
        groupSize: z.number().nullable(),
        policies: list(
          z.object({
            /** The page and its title as the viewer reads it; null in an export (no reader). */
            page: z.object({ id: z.string(), title: z.string() }).nullable(),
            version: z.number().nullable(),
            acknowledged: z.number(),
            percent: z.number().nullable(),
          }),
        ),
        /** Registered pages the person who compiled the inputs could not read: not counted. */
        unreadablePages: z.number(),
        /** Pages the inputs count that this viewer cannot view: left out, neither named nor shown. */
        unviewablePages: z.number().int().min(0),
      })
      .nullable()
      .optional(),
  }),
  e: z.object({
    opportunities: list(
      z.object({
        key: z.string(),
        summary: nullableText,
        origin: z.enum(['audit-finding', 'improvement-item']),
        open: z.boolean(),
      }),
    ),
    /** All opportunities (absent in reviews held before lists were cut: then all are listed). */
    total: z.number().optional(),
    open: z.number(),
  }),
  /** Inputs a reviewer still has to supply before the review can be held, in plain words. */
  missing: list(z.string()),
});
export type ReviewInputsView = z.infer<typeof reviewInputsSchema>;

const scopeSourceSchema = z.object({
  pageId: z.string(),
  title: z.string(),
  revision: z.number(),
  contentHash: z.string(),
});

/** 9.3.2 b) and c) as the scope and context record gives them (src/domain/review). */
export const reviewContextChangesSchema = z.object({
  basis: z.enum(REVIEW_CONTEXT_BASES),
  current: scopeSourceSchema.nullable(),
  baseline: scopeSourceSchema.extend({ reviewPageId: z.string(), heldAt: z.string() }).nullable(),
  note: nullableText,
  ...contextChangesSchema.shape,
});
export type ReviewContextChangesView = z.infer<typeof reviewContextChangesSchema>;

export const reviewDecisionSchema = z.object({
  id: nullableText,
  kind: z.enum(REVIEW_DECISION_KINDS),
  description: z.string(),
  owner: personSchema.nullable(),
  dueDate: nullableText,
  actionKey: nullableText,
});
export type ReviewDecisionView = z.infer<typeof reviewDecisionSchema>;

export const reviewHeldSchema = z.object({
  heldAt: z.string(),
  heldBy: personSchema,
  contentHash: z.string(),
  pageVersion: z.number().nullable(),
  /** Issues the record lists that this viewer cannot browse (left out, only counted). */
  hiddenItems: z.number().int().min(0),
  /**
   * How many issues the recorded counts include that this viewer cannot see (counted issues with
   * a security level kept at hold time); null when not known: a record held before these were
   * kept, or an export (no reader).
   */
  countedUnseen: z.number().int().min(0).nullable(),
});
export type ReviewHeldInfo = z.infer<typeof reviewHeldSchema>;

/**
 * The JQL of each list of the inputs that may hold only its first items (REVIEW_ITEMS_LISTED),
 * for "all of them in Jira"; null where there is no such list.
 */
export const reviewListSearchesSchema = z.object({
  previousActions: nullableText,
  overdueNonconformities: z.string(),
  overdueCorrectiveActions: z.string(),
  opportunities: z.string(),
  /** AI incidents reported in the period or still open (null: the type is not provisioned). */
  incidents: nullableText.optional(),
  /** Competence Records expired / expiring as counted (null: the type is not provisioned). */
  competenceExpired: nullableText.optional(),
  competenceExpiring: nullableText.optional(),
});
export type ReviewListSearches = z.infer<typeof reviewListSearchesSchema>;

export const configuredReviewViewSchema = z.object({
  configured: z.literal(true),
  pageId: z.string(),
  title: z.string(),
  projectKey: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  previousReviewPageId: nullableText,
  state: z.enum(['draft', 'held', 'tampered']),
  /** Why the viewer cannot change the review now (empty: they can). */
  editBlockers: list(z.string()),
  inputs: reviewInputsSchema.nullable(),
  /** Inputs b) and c) from the AIMS scope and context (null: the record holds none). */
  contextChanges: reviewContextChangesSchema.nullable(),
  ungradedFindings: z.number(),
  entered: z.object({ externalInternalIssues: z.string(), interestedParties: z.string() }),
  attendees: list(personSchema),
  decisions: list(reviewDecisionSchema),
  held: reviewHeldSchema.nullable(),
  /** Names of the people the inputs mention (e.g. owners of previous actions). */
  names: z.record(z.string(), z.string()),
  /** Why a held record cannot be trusted (state 'tampered'). */
  integrityProblems: list(z.string()),
  /** The held record checked against the app's seal (null: a draft, never held). */
  seal: sealStatusSchema.nullable(),
  /** Where each list of the inputs is complete in Jira (when it holds only its first items). */
  searches: reviewListSearchesSchema.nullable(),
});
export type ConfiguredReviewView = z.infer<typeof configuredReviewViewSchema>;

export const reviewViewSchema = macroViewSchema(configuredReviewViewSchema);
export type ReviewView = z.infer<typeof reviewViewSchema>;

/** The people to choose attendees and owners from, and the configuration defaults. */
export const reviewPeopleSchema = peopleChoiceSchema(z.object({ projectKey: z.string() }));

/** Answers of the review's resolver functions that change it. */
export const reviewSavedSchema = z.object({ saved: z.boolean() });
export const decisionAddedSchema = z.object({ actionKey: z.string(), created: z.boolean() });
export const reviewRecordedAsHeldSchema = z.object({
  contentHash: z.string(),
  heldAt: z.string(),
  pageVersion: z.number(),
});
