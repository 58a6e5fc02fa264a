/**
 * What the AIMS overview (clause 9.1, a Jira global page) shows, built by
 * src/overview/overview-view.ts as the viewer: every figure with the JQL that gives it (the
 * page links each one to Jira's issue search), the risk heat maps, the trends of the last four
 * quarters and the monitoring register.
 */
import { z } from 'zod';
import { KPI_FREQUENCIES } from '../domain/overview/monitoring-register';
import { list, nullableText } from './wire-shapes';

/** A count and the JQL whose approximate count it is. */
export const figureSchema = z.object({ label: z.string(), count: z.number(), jql: z.string() });
export type FigureView = z.infer<typeof figureSchema>;

const shareSchema = z.object({
  part: figureSchema,
  whole: figureSchema,
  /** Whole percent; null when the whole is empty. */
  percent: z.number().nullable(),
});
export type ShareView = z.infer<typeof shareSchema>;

const heatMapSchema = z.object({
  likelihoodLabels: list(z.string()),
  consequenceLabels: list(z.string()),
  /** Most likely row first; each cell with the JQL of its risks. */
  rows: list(
    list(
      z.object({
        likelihood: z.number(),
        consequence: z.number(),
        bandId: z.string(),
        bandLabel: z.string(),
        count: z.number(),
        jql: z.string(),
      }),
    ),
  ),
  /** Open risks not placed on this map (levels not rated yet). */
  notRated: figureSchema,
});
export type HeatMapView = z.infer<typeof heatMapSchema>;

const listedIssueSchema = z.object({
  key: z.string(),
  summary: nullableText,
  dueDate: nullableText,
});

export const kpiViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  method: z.string(),
  frequency: z.enum(KPI_FREQUENCIES),
  owner: z.string(),
  target: z.string(),
  jql: z.string(),
  results: list(z.object({ on: z.string(), value: z.number() })),
  /** The JQL's count now, as the viewer may see it (JQL KPIs only; null if Jira refused the JQL). */
  current: z.number().nullable(),
});
export type KpiView = z.infer<typeof kpiViewSchema>;

export const overviewViewSchema = z.discriminatedUnion('configured', [
  z.object({
    configured: z.literal(true),
    asOf: z.string(),
    projectKey: z.string(),
    nonconformities: z.object({
      open: figureSchema,
      /** Per age band: open Nonconformity issues, and open findings graded Major / Minor nonconformity. */
      byAge: list(
        z.object({
          band: z.string(),
          all: figureSchema,
          major: figureSchema,
          minor: figureSchema,
        }),
      ),
      /** Nonconformities closed as effective: mean and longest days from opening to closure. */
      closure: z.object({
        closed: figureSchema,
        meanDays: z.number().nullable(),
        longestDays: z.number().nullable(),
      }),
    }),
    correctiveActions: z.object({ onTime: figureSchema, late: figureSchema, closed: figureSchema }),
    risks: z.object({
      open: figureSchema,
      levels: list(z.object({ band: z.string(), inherent: figureSchema, residual: figureSchema })),
      inherent: heatMapSchema,
      residual: heatMapSchema,
    }),
    soa: shareSchema,
    /** AI Controls whose earliest evidence review date (7.5) has come, or comes within 30 days. */
    evidence: z.object({ stale: figureSchema, reviewSoon: figureSchema }),
    audits: z.object({
      cycleStart: z.string(),
      coverage: shareSchema,
      /** The audit programme's cycle (the year of `asOf`): clauses and controls its audits cover. */
      programme: z
        .object({
          cycle: z.string(),
          requirements: z.number(),
          audited: z.number(),
          plannedOnly: z.number(),
          notCovered: z.number(),
          /** The JQL of the cycle's audits the coverage is read from. */
          jql: z.string(),
        })
        .nullable(),
    }),
    impactAssessments: z.object({
      open: figureSchema,
      /** Completed assessments whose next review (8.4) falls in the next 30 days, or has passed. */
      reviewDueSoon: figureSchema,
      reviewOverdue: figureSchema,
    }),
    incidents: z.object({
      /** How incidents are recorded on this site, in words. */
      recordedAs: z.string(),
      open: figureSchema,
      lastYear: figureSchema,
      /** Open AI incidents per severity, and those without one (empty before the AI Incident type). */
      bySeverity: list(figureSchema),
    }),
    /** Competence records (7.2) expired in the last year and expiring soon; null: not provisioned. */
    competence: z.object({ expired: figureSchema, expiring: figureSchema }).nullable(),
    overdue: z.object({
      /** Every open AIMS action (the overdue ones among them). */
      openActions: figureSchema,
      policyReviews: figureSchema,
      actions: figureSchema,
      /** The first overdue actions ("first N of M" with the JQL of all). */
      firstActions: list(listedIssueSchema),
    }),
    objectives: z.object({ progress: shareSchema, overdue: figureSchema }),
    /** The implementation roadmap's progress per programme step: its tasks done of all. */
    roadmap: list(
      z.object({ step: z.number(), title: z.string(), done: figureSchema, total: figureSchema }),
    ),
    trends: list(
      z.object({
        quarter: z.string(),
        ncOpened: figureSchema,
        ncClosed: figureSchema,
        findingsRaised: figureSchema,
        risksIdentified: figureSchema,
      }),
    ),
    register: z.object({
      kpis: list(kpiViewSchema),
      /** Why the viewer cannot change the register (empty: they can). */
      editBlockers: list(z.string()),
    }),
  }),
  z.object({ configured: z.literal(false), message: z.string(), problems: list(z.string()) }),
]);
export type OverviewView = z.infer<typeof overviewViewSchema>;
export type ConfiguredOverview = Extract<OverviewView, { configured: true }>;
