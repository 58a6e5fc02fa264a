/**
 * What the SoA macro shows one viewer (built by src/macros/soa/soa-view.ts; the export prints the
 * same view): the live Statement of Applicability, the approved version with what changed since,
 * or a warning when the stored approval fails its check.
 */
import { z } from 'zod';
import { soaRowSchema } from '../domain/soa/soa-row';
import { sealStatusSchema } from './seal-status';
import { list, macroViewSchema, nullableText, personSchema } from './wire-shapes';

export const soaTotalsSchema = z.object({
  rows: z.number(),
  applicable: z.number(),
  implemented: z.number(),
  /** Implemented as a share of applicable, 0–100; null when none applies. */
  implementedPercent: z.number().nullable(),
  excluded: z.number(),
  undecided: z.number(),
  justificationMissing: z.number(),
});
export type SoaTotalsView = z.infer<typeof soaTotalsSchema>;

export const soaViewGroupSchema = z.object({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  rows: list(soaRowSchema),
  totals: soaTotalsSchema,
});
export type SoaViewGroup = z.infer<typeof soaViewGroupSchema>;

export const soaSectionSchema = z.object({
  /** Groups with at least one row matching the filter (rows filtered, totals of the whole group). */
  groups: list(soaViewGroupSchema),
  /** Totals of everything the viewer may see, whatever the filter. */
  totals: soaTotalsSchema,
  /** What exists in Jira that the viewer may not see (then the SoA must say so). */
  hidden: z.object({ controls: z.number(), risks: z.number(), total: z.number() }),
  shownRows: z.number(),
});
export type SoaSection = z.infer<typeof soaSectionSchema>;

export const soaRowChangeSchema = z.object({
  controlId: z.string(),
  ref: z.string(),
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: list(z.string()),
});
export type SoaRowChangeView = z.infer<typeof soaRowChangeSchema>;

const historySchema = list(
  z.object({
    approvedBy: personSchema,
    approvedAt: z.string(),
    pageVersion: z.number(),
    contentHash: z.string(),
    sealHash: z.string().optional(),
    note: z.string().optional(),
  }),
);

export const soaApprovalViewSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none'), history: historySchema }),
  z.object({
    state: z.literal('valid'),
    approvedBy: personSchema,
    approvedAt: z.string(),
    pageVersion: z.number(),
    contentHash: z.string(),
    /** Owners' names as recorded at approval. */
    ownerNames: z.record(z.string(), z.string()),
    /** The page was edited (a new Confluence version) since the approval. */
    pageEditedSince: z.boolean(),
    approved: soaSectionSchema,
    /**
     * How many risks the approved rows count but do not list that the viewer cannot see (kept at
     * approval, sealed); null for an approval made before they were kept.
     */
    countedUnseen: z.number().int().min(0).nullable(),
    changes: z.object({ identical: z.boolean(), items: list(soaRowChangeSchema) }),
    history: historySchema,
  }),
  z.object({
    state: z.enum(['tampered', 'invalid']),
    message: z.string(),
    history: historySchema,
  }),
]);
export type SoaApprovalView = z.infer<typeof soaApprovalViewSchema>;

export const configuredSoaViewSchema = z.object({
  configured: z.literal(true),
  config: z.object({ projectKey: z.string(), includeOrganizationControls: z.boolean() }),
  page: z.object({ id: z.string(), title: z.string(), version: z.number() }),
  viewer: z.object({
    accountId: z.string(),
    displayName: z.string(),
    canApprove: z.boolean(),
    approveBlockers: list(z.string()),
  }),
  filter: z.object({ objective: nullableText, status: nullableText }),
  objectives: list(z.object({ id: z.string(), ref: z.string(), title: z.string() })),
  live: soaSectionSchema.extend({
    contentHash: z.string(),
    unplaced: list(z.object({ key: nullableText, controlId: z.string() })),
  }),
  ownerNames: z.record(z.string(), z.string()),
  approval: soaApprovalViewSchema,
  /** The approval checked against the app's seal (null: never approved). */
  seal: sealStatusSchema.nullable(),
  /**
   * For each row that lists only the first of its risks (`riskCount` above the listed ones), by
   * its AI Control issue key: the JQL of all of them, for Jira's issue search.
   */
  riskSearches: z.record(z.string(), z.string()),
  /** The day (UTC) the view was built: evidence whose review date has come is flagged stale (7.5). */
  today: z.iso.date(),
});
export type ConfiguredSoaView = z.infer<typeof configuredSoaViewSchema>;

export const soaViewSchema = macroViewSchema(configuredSoaViewSchema);
export type SoaView = z.infer<typeof soaViewSchema>;

/** Answers of the SoA's other resolver functions. */
export const soaCsvSchema = z.object({ filename: z.string(), csv: z.string() });
export const soaApprovedSchema = z.object({
  pageVersion: z.number(),
  contentHash: z.string(),
  approvedAt: z.string(),
});
export const soaConfigDefaultsSchema = z.object({
  projectKey: z.string(),
  includeOrganizationControls: z.boolean(),
});
