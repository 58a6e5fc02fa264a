/** The shape of the resolver's answers, checked in the frame (never used unchecked). */
import { z } from 'zod';

const nullableText = z.string().nullable();

export const rowSchema = z.object({
  controlId: z.string(),
  ref: z.string(),
  title: z.string(),
  source: z.enum(['annex-a', 'organization']),
  objectiveId: nullableText,
  recordKey: nullableText,
  applicability: z.enum(['included', 'excluded', 'undecided']),
  justification: nullableText,
  implementationStatus: z.enum(['not-started', 'planned', 'in-progress', 'implemented']).nullable(),
  ownerAccountId: nullableText,
  risks: z.array(
    z.object({
      key: nullableText,
      title: z.string(),
      levelLabel: nullableText,
      residualLevelLabel: nullableText,
    }),
  ),
  evidence: z.array(
    z.object({ url: z.string(), label: z.string().optional(), date: z.string().optional() }),
  ),
  flags: z.array(z.string()),
});
export type SoaRow = z.infer<typeof rowSchema>;

export const totalsSchema = z.object({
  rows: z.number(),
  applicable: z.number(),
  implemented: z.number(),
  implementedPercent: z.number().nullable(),
  excluded: z.number(),
  undecided: z.number(),
  justificationMissing: z.number(),
});
export type SoaTotals = z.infer<typeof totalsSchema>;

const hiddenSchema = z.object({ controls: z.number(), risks: z.number(), total: z.number() });

export const sectionSchema = z.object({
  groups: z.array(
    z.object({
      id: z.string(),
      ref: z.string(),
      title: z.string(),
      rows: z.array(rowSchema),
      totals: totalsSchema,
    }),
  ),
  totals: totalsSchema,
  hidden: hiddenSchema,
  shownRows: z.number(),
});
export type SoaSection = z.infer<typeof sectionSchema>;

const historySchema = z.array(
  z.object({
    approvedBy: z.object({ displayName: z.string() }),
    approvedAt: z.string(),
    pageVersion: z.number(),
    note: z.string().optional(),
  }),
);

export const approvalSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none'), history: historySchema }),
  z.object({
    state: z.literal('valid'),
    approvedBy: z.object({ accountId: z.string(), displayName: z.string() }),
    approvedAt: z.string(),
    pageVersion: z.number(),
    contentHash: z.string(),
    ownerNames: z.record(z.string(), z.string()),
    pageEditedSince: z.boolean(),
    approved: sectionSchema,
    changes: z.object({
      identical: z.boolean(),
      items: z.array(
        z.object({
          controlId: z.string(),
          ref: z.string(),
          title: z.string(),
          change: z.enum(['added', 'removed', 'changed']),
          fields: z.array(z.string()),
        }),
      ),
    }),
    history: historySchema,
  }),
  z.object({ state: z.enum(['tampered', 'invalid']), message: z.string(), history: historySchema }),
]);
export type SoaApproval = z.infer<typeof approvalSchema>;

export const viewSchema = z.discriminatedUnion('configured', [
  z.object({ configured: z.literal(false), message: z.string(), problems: z.array(z.string()) }),
  z.object({
    configured: z.literal(true),
    config: z.object({ projectKey: z.string(), includeOrganizationControls: z.boolean() }),
    page: z.object({ id: z.string(), title: z.string(), version: z.number() }),
    viewer: z.object({
      displayName: z.string(),
      canApprove: z.boolean(),
      approveBlockers: z.array(z.string()),
    }),
    filter: z.object({ objective: nullableText, status: nullableText }),
    objectives: z.array(z.object({ id: z.string(), ref: z.string(), title: z.string() })),
    live: sectionSchema.extend({
      contentHash: z.string(),
      unplaced: z.array(z.object({ key: nullableText, controlId: z.string() })),
    }),
    ownerNames: z.record(z.string(), z.string()),
    approval: approvalSchema,
  }),
]);
export type SoaView = z.infer<typeof viewSchema>;
export type ConfiguredView = Extract<SoaView, { configured: true }>;

export const csvSchema = z.object({ filename: z.string(), csv: z.string() });
export const approvedSchema = z.object({
  pageVersion: z.number(),
  contentHash: z.string(),
  approvedAt: z.string(),
});
export const configDefaultsSchema = z.object({
  projectKey: z.string(),
  includeOrganizationControls: z.boolean(),
});
export const checkedConfigSchema = z.object({ config: z.record(z.string(), z.unknown()) });
