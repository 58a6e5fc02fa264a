/**
 * The panel data as the resolver sends it (src/issue-panels/panel-types.ts), checked with zod
 * before anything is shown.
 */
import { z } from 'zod';

const issueRef = z.object({
  key: z.string(),
  summary: z.string(),
  typeName: z.string(),
  statusName: z.string(),
  statusCategory: z.string(),
});
export type IssueRef = z.infer<typeof issueRef>;

const user = z.object({ accountId: z.string(), displayName: z.string() });

const formField = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  kind: z.enum(['text', 'textarea', 'select', 'viewer']),
  options: z.array(z.string()),
  value: z.string().nullable(),
});
export type FormFieldView = z.infer<typeof formField>;

const nextStep = z.object({
  transitionName: z.string(),
  toStatusName: z.string(),
  allowed: z.boolean(),
  missing: z.array(z.string()),
});
export type NextStepView = z.infer<typeof nextStep>;

const progress = z.object({
  state: z.string().nullable(),
  steps: z.array(
    z.object({
      step: z.enum(['a', 'b', 'c', 'd', 'e']),
      clauseRef: z.string(),
      label: z.string(),
      status: z.enum(['done', 'incomplete', 'current', 'upcoming', 'not-applicable']),
      missing: z.array(z.string()),
      recorded: z.array(z.object({ label: z.string(), value: z.string() })),
    }),
  ),
  next: z.array(nextStep),
});
export type ProgressView = z.infer<typeof progress>;

const nonconformity = z.object({
  kind: z.literal('nonconformity'),
  issue: issueRef,
  isoReference: z.string().nullable(),
  source: z.string().nullable(),
  duedate: z.string().nullable(),
  overdue: z.boolean(),
  progress,
  findings: z.array(issueRef.extend({ grade: z.string().nullable() })),
  correctiveActions: z.array(
    issueRef.extend({
      assignee: z.string().nullable(),
      duedate: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  effectiveness: z.object({
    verdict: z.string().nullable(),
    reviewer: user.nullable(),
    evidence: z.string().nullable(),
  }),
  aimsChange: z.object({ answer: z.string().nullable(), link: z.string().nullable() }),
  form: z.array(formField),
});
export type NonconformityView = z.infer<typeof nonconformity>;

const position = z.object({
  likelihood: z.number(),
  consequence: z.number(),
  score: z.number(),
  bandId: z.string(),
  bandLabel: z.string(),
  bandRank: z.number(),
  withinAppetite: z.boolean(),
});
export type PositionView = z.infer<typeof position>;

const matrix = z.object({
  likelihoodLabels: z.array(z.string()),
  consequenceLabels: z.array(z.string()),
  rows: z.array(z.array(position.extend({ inherent: z.boolean(), residual: z.boolean() }))),
  bands: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      rank: z.number(),
      minScore: z.number(),
      maxScore: z.number(),
    }),
  ),
  appetiteBandId: z.string(),
  appetiteLabel: z.string(),
});
export type MatrixView = z.infer<typeof matrix>;

const controlRow = issueRef.extend({
  isoReference: z.string().nullable(),
  implementationStatus: z.string().nullable(),
  applicability: z.string().nullable(),
});

const risk = z.object({
  kind: z.literal('risk'),
  issue: issueRef,
  lifecycleState: z.string().nullable(),
  matrix,
  inherent: position.nullable(),
  residual: position.nullable(),
  appetiteNotice: z.string().nullable(),
  treatmentOption: z.string().nullable(),
  controls: z.array(controlRow),
  aiSystems: z.array(issueRef),
  acceptance: z.object({ by: user.nullable(), at: z.string().nullable() }),
  next: z.array(nextStep),
  form: z.array(formField),
});
export type RiskView = z.infer<typeof risk>;

const riskRow = issueRef.extend({
  inherentLevel: z.string().nullable(),
  residualLevel: z.string().nullable(),
});
export type RiskRowView = z.infer<typeof riskRow>;

const control = z.object({
  kind: z.literal('control'),
  issue: issueRef,
  isoReference: z.string().nullable(),
  catalogTitle: z.string().nullable(),
  objective: z.string().nullable(),
  applicability: z.string().nullable(),
  justification: z.string().nullable(),
  implementationStatus: z.string().nullable(),
  owner: user.nullable(),
  evidence: z.string().nullable(),
  warnings: z.array(z.string()),
  risks: z.array(riskRow),
  evidenceIssues: z.array(issueRef),
  correctiveActions: z.array(issueRef),
  form: z.array(formField),
});
export type ControlView = z.infer<typeof control>;

const aiSystem = z.object({
  kind: z.literal('aiSystem'),
  issue: issueRef,
  risks: z.array(riskRow),
  impactAssessments: z.array(issueRef),
  controls: z.array(issueRef),
  openNonconformities: z.array(issueRef),
});
export type AiSystemView = z.infer<typeof aiSystem>;

const finding = z.object({
  kind: z.literal('finding'),
  issue: issueRef,
  grade: z.string().nullable(),
  isoReference: z.string().nullable(),
  raisesNonconformity: z.boolean(),
  nonconformities: z.array(z.object({ issue: issueRef, progress })),
  next: z.array(nextStep),
  form: z.array(formField),
});
export type FindingView = z.infer<typeof finding>;

const correctiveAction = z.object({
  kind: z.literal('correctiveAction'),
  issue: issueRef,
  assignee: user.nullable(),
  duedate: z.string().nullable(),
  overdue: z.boolean(),
  nonconformities: z.array(z.object({ issue: issueRef, stepLabel: z.string().nullable() })),
  doneNeeds: z.array(z.string()),
  form: z.array(formField),
});
export type CorrectiveActionView = z.infer<typeof correctiveAction>;

const generic = z.object({
  kind: z.literal('generic'),
  issue: issueRef,
  clause: z.string().nullable(),
  description: z.string(),
  links: z.array(
    z.object({
      linkTypeName: z.string(),
      direction: z.enum(['outward', 'inward']),
      issue: issueRef,
    }),
  ),
});
export type GenericView = z.infer<typeof generic>;

const notProvisioned = z.object({ kind: z.literal('notProvisioned'), message: z.string() });

export const panelSchema = z.discriminatedUnion('kind', [
  nonconformity,
  risk,
  control,
  aiSystem,
  finding,
  correctiveAction,
  generic,
  notProvisioned,
]);
export type PanelView = z.infer<typeof panelSchema>;
