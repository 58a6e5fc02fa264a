/**
 * What the ISO 42001 issue panel shows, per AIMS issue type: plain data (JSON over the bridge),
 * built by src/issue-panels from Jira read as the viewing user, and checked by
 * static/issue-panel before anything is shown.
 */
import { z } from 'zod';
import { NONCONFORMITY_STATE_IDS } from '../domain/nonconformity/nonconformity-states';
import { serverMessageSchema } from './server-message';
import { list, nullableText, personSchema } from './wire-shapes';

export const panelIssueRefSchema = z.object({
  key: z.string(),
  summary: z.string(),
  typeName: z.string(),
  statusName: z.string(),
  /** Jira status category key: new, indeterminate, done. */
  statusCategory: z.string(),
});
export type PanelIssueRef = z.infer<typeof panelIssueRefSchema>;

/** One field of the panel's small data-entry form (text or select, or "me" for a person field). */
export const panelFormFieldSchema = z.object({
  /** Logical field key (src/jira/aims-schema/fields.ts). */
  key: z.string(),
  label: z.string(),
  description: z.string(),
  kind: z.enum(['text', 'textarea', 'select', 'viewer']),
  options: list(z.string()),
  value: nullableText,
});
export type PanelFormField = z.infer<typeof panelFormFieldSchema>;

/** A Jira transition out of the current status, and what it still needs (the validator's reasons). */
export const panelNextStepSchema = z.object({
  transitionName: z.string(),
  toStatusName: z.string(),
  allowed: z.boolean(),
  /** In English (as the validator says it), and the same as messages the screen translates. */
  missing: list(z.string()),
  missingMessages: list(serverMessageSchema),
});
export type PanelNextStep = z.infer<typeof panelNextStepSchema>;

/** A person the panel lets a manager choose: a corrective action's implementer, the reviewer. */
export const panelPersonChoiceSchema = z.object({
  role: z.enum(['implementer', 'reviewer']),
  /** The issue whose person it is (a linked Corrective Action, or the panel's issue). */
  issueKey: z.string(),
  label: z.string(),
  current: personSchema.nullable(),
});
export type PanelPersonChoice = z.infer<typeof panelPersonChoiceSchema>;

/**
 * What the panel lets a person do at the issue's current step (each checked again on the server,
 * as the person): run a transition, create a linked corrective action, add a finding to an audit,
 * choose people.
 */
export const panelActionsSchema = z.object({
  transitions: list(panelNextStepSchema),
  createCorrectiveAction: z.boolean(),
  addFinding: z.boolean(),
  /** The grades a finding added here may have (as Jira's select field offers them). */
  findingGrades: list(z.string()),
  people: list(panelPersonChoiceSchema),
});
export type PanelActionsView = z.infer<typeof panelActionsSchema>;

/** People a manager may choose from, as Jira lists them to that manager. */
export const panelPeopleSchema = z.object({ people: list(personSchema) });
export type PanelPeopleView = z.infer<typeof panelPeopleSchema>;

export const nonconformityStepSchema = z.object({
  step: z.enum(['a', 'b', 'c', 'd', 'e']),
  clauseRef: z.string(),
  label: z.string(),
  status: z.enum(['done', 'incomplete', 'current', 'upcoming', 'not-applicable']),
  missing: list(z.string()),
  missingMessages: list(serverMessageSchema),
  /** What the issue records for the step (field label → text). */
  recorded: list(z.object({ label: z.string(), value: z.string() })),
});
export type NonconformityStepView = z.infer<typeof nonconformityStepSchema>;

export const nonconformityProgressSchema = z.object({
  /** The 10.2 state of the Jira status (null: a status outside the 10.2 workflow). */
  state: z.enum(NONCONFORMITY_STATE_IDS).nullable(),
  steps: list(nonconformityStepSchema),
  next: list(panelNextStepSchema),
});
export type NonconformityProgressView = z.infer<typeof nonconformityProgressSchema>;

export const correctiveActionRowSchema = panelIssueRefSchema.extend({
  assignee: nullableText,
  duedate: nullableText,
  overdue: z.boolean(),
});
export type CorrectiveActionRow = z.infer<typeof correctiveActionRowSchema>;

export const findingRefSchema = panelIssueRefSchema.extend({ grade: nullableText });
export type FindingRef = z.infer<typeof findingRefSchema>;

const form = list(panelFormFieldSchema);

export const nonconformityPanelSchema = z.object({
  kind: z.literal('nonconformity'),
  issue: panelIssueRefSchema,
  isoReference: nullableText,
  source: nullableText,
  duedate: nullableText,
  overdue: z.boolean(),
  progress: nonconformityProgressSchema,
  findings: list(findingRefSchema),
  correctiveActions: list(correctiveActionRowSchema),
  effectiveness: z.object({
    verdict: nullableText,
    reviewer: personSchema.nullable(),
    evidence: nullableText,
  }),
  aimsChange: z.object({ answer: nullableText, link: nullableText }),
  /**
   * 10.2 b) recurrence: the closed nonconformities this one recurs (`of`), the later ones recorded
   * as recurrences of this one (`recurredAs`), and what the panel says about them.
   */
  recurrence: z.object({
    of: list(panelIssueRefSchema),
    recurredAs: list(panelIssueRefSchema.extend({ recordedOn: nullableText })),
    notes: list(z.string()),
  }),
  form,
  actions: panelActionsSchema,
});
export type NonconformityPanelView = z.infer<typeof nonconformityPanelSchema>;

export const riskPositionSchema = z.object({
  likelihood: z.number(),
  consequence: z.number(),
  score: z.number(),
  bandId: z.string(),
  bandLabel: z.string(),
  /** 0 = least severe band. */
  bandRank: z.number(),
  withinAppetite: z.boolean(),
});
export type RiskPosition = z.infer<typeof riskPositionSchema>;

export const riskMatrixCellSchema = riskPositionSchema.extend({
  inherent: z.boolean(),
  residual: z.boolean(),
});
export type RiskMatrixCellView = z.infer<typeof riskMatrixCellSchema>;

export const riskMatrixSchema = z.object({
  likelihoodLabels: list(z.string()),
  consequenceLabels: list(z.string()),
  /** Rows from the highest likelihood down (as risk heat maps are drawn), columns by consequence. */
  rows: list(list(riskMatrixCellSchema)),
  bands: list(
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
export type RiskMatrixView = z.infer<typeof riskMatrixSchema>;

export const controlRowSchema = panelIssueRefSchema.extend({
  isoReference: nullableText,
  implementationStatus: nullableText,
  applicability: nullableText,
});
export type ControlRow = z.infer<typeof controlRowSchema>;

export const riskPanelSchema = z.object({
  kind: z.literal('risk'),
  issue: panelIssueRefSchema,
  lifecycleState: nullableText,
  matrix: riskMatrixSchema,
  inherent: riskPositionSchema.nullable(),
  residual: riskPositionSchema.nullable(),
  /** A sentence when the residual (or retained) risk is above appetite. */
  appetiteNotice: nullableText,
  treatmentOption: nullableText,
  controls: list(controlRowSchema),
  aiSystems: list(panelIssueRefSchema),
  acceptance: z.object({ by: personSchema.nullable(), at: nullableText }),
  next: list(panelNextStepSchema),
  form,
});
export type RiskPanelView = z.infer<typeof riskPanelSchema>;

export const riskRowSchema = panelIssueRefSchema.extend({
  inherentLevel: nullableText,
  residualLevel: nullableText,
});
export type RiskRow = z.infer<typeof riskRowSchema>;

/** An AI incident affecting an AI system, with its severity (A.8.4). */
export const incidentRowSchema = panelIssueRefSchema.extend({
  severity: nullableText,
});
export type IncidentRow = z.infer<typeof incidentRowSchema>;

export const controlPanelSchema = z.object({
  kind: z.literal('control'),
  issue: panelIssueRefSchema,
  isoReference: nullableText,
  catalogTitle: nullableText,
  objective: nullableText,
  applicability: nullableText,
  justification: nullableText,
  implementationStatus: nullableText,
  owner: personSchema.nullable(),
  evidence: nullableText,
  /** What an auditor would flag about this SoA row. */
  warnings: list(z.string()),
  risks: list(riskRowSchema),
  evidenceIssues: list(panelIssueRefSchema),
  correctiveActions: list(panelIssueRefSchema),
  form,
});
export type ControlPanelView = z.infer<typeof controlPanelSchema>;

/** One recorded fact of a record, as the panel lists it ("Intended use": "…"); null: not recorded. */
export const panelFactSchema = z.object({ label: z.string(), value: nullableText });
export type PanelFact = z.infer<typeof panelFactSchema>;

export const aiSystemPanelSchema = z.object({
  kind: z.literal('aiSystem'),
  issue: panelIssueRefSchema,
  /** The inventory (4.3, A.6): intended use, roles, stage, owner, scope… */
  inventory: list(panelFactSchema),
  next: list(panelNextStepSchema),
  risks: list(riskRowSchema),
  impactAssessments: list(panelIssueRefSchema),
  controls: list(panelIssueRefSchema),
  openNonconformities: list(panelIssueRefSchema),
  /** The AI incidents affecting it that the viewer may browse, open ones first (A.8.4). */
  incidents: list(incidentRowSchema),
});
export type AiSystemPanelView = z.infer<typeof aiSystemPanelSchema>;

export const impactAssessmentPanelSchema = z.object({
  kind: z.literal('impactAssessment'),
  issue: panelIssueRefSchema,
  /** Who assessed it, when, and when it is reviewed next. */
  facts: list(panelFactSchema),
  /** A sentence when the completed assessment's review has fallen due (8.4). */
  reviewNotice: nullableText,
  aiSystems: list(panelIssueRefSchema),
  risks: list(panelIssueRefSchema),
  next: list(panelNextStepSchema),
});
export type ImpactAssessmentPanelView = z.infer<typeof impactAssessmentPanelSchema>;

export const incidentPanelSchema = z.object({
  kind: z.literal('incident'),
  issue: panelIssueRefSchema,
  /** The report and its conclusion: severity, detection, reporter, people affected, answers. */
  facts: list(panelFactSchema),
  /** A sentence while the Nonconformity of a concluded breach is being raised. */
  breachNotice: nullableText,
  aiSystems: list(panelIssueRefSchema),
  nonconformities: list(panelIssueRefSchema),
  next: list(panelNextStepSchema),
});
export type IncidentPanelView = z.infer<typeof incidentPanelSchema>;

export const findingPanelSchema = z.object({
  kind: z.literal('finding'),
  issue: panelIssueRefSchema,
  grade: nullableText,
  isoReference: nullableText,
  raisesNonconformity: z.boolean(),
  nonconformities: list(
    z.object({ issue: panelIssueRefSchema, progress: nonconformityProgressSchema }),
  ),
  next: list(panelNextStepSchema),
  form,
});
export type FindingPanelView = z.infer<typeof findingPanelSchema>;

export const correctiveActionPanelSchema = z.object({
  kind: z.literal('correctiveAction'),
  issue: panelIssueRefSchema,
  assignee: personSchema.nullable(),
  duedate: nullableText,
  overdue: z.boolean(),
  nonconformities: list(z.object({ issue: panelIssueRefSchema, stepLabel: nullableText })),
  /** What moving to Done still needs (empty when it may be done, or is done). */
  doneNeeds: list(z.string()),
  doneNeedsMessages: list(serverMessageSchema),
  form,
  actions: panelActionsSchema,
});
export type CorrectiveActionPanelView = z.infer<typeof correctiveActionPanelSchema>;

export const competenceRecordPanelSchema = z.object({
  kind: z.literal('competenceRecord'),
  issue: panelIssueRefSchema,
  /** Whose competence, for which role, how acquired, when, until when. */
  facts: list(panelFactSchema),
  /** Whether it counts on the review date (today): the sentence says why. */
  currency: z.object({
    state: z.enum(['current', 'expiring', 'expired', 'noExpiry']),
    text: z.string(),
  }),
  /** The requirements it meets, with the AIMS role that needs each. */
  meets: list(z.object({ id: z.string(), title: z.string(), role: z.string() })),
  /** Requirement ids it names that no role needs any more. */
  noLongerSet: list(z.string()),
  /** When it meets none: why, and how to fix it. */
  meetsNone: nullableText,
});
export type CompetenceRecordPanelView = z.infer<typeof competenceRecordPanelSchema>;

export const genericPanelSchema = z.object({
  kind: z.literal('generic'),
  issue: panelIssueRefSchema,
  clause: nullableText,
  description: z.string(),
  links: list(
    z.object({
      linkTypeName: z.string(),
      direction: z.enum(['outward', 'inward']),
      issue: panelIssueRefSchema,
    }),
  ),
  actions: panelActionsSchema,
});
export type GenericPanelView = z.infer<typeof genericPanelSchema>;

export const notProvisionedPanelSchema = z.object({
  kind: z.literal('notProvisioned'),
  message: z.string(),
});
export type NotProvisionedPanelView = z.infer<typeof notProvisionedPanelSchema>;

export const issuePanelViewSchema = z.discriminatedUnion('kind', [
  nonconformityPanelSchema,
  riskPanelSchema,
  controlPanelSchema,
  aiSystemPanelSchema,
  impactAssessmentPanelSchema,
  incidentPanelSchema,
  findingPanelSchema,
  correctiveActionPanelSchema,
  competenceRecordPanelSchema,
  genericPanelSchema,
  notProvisionedPanelSchema,
]);
export type IssuePanelView = z.infer<typeof issuePanelViewSchema>;
