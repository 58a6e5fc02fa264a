/**
 * AI Risk record (clauses 6.1.2 assessment and 6.1.3 treatment, 8.2/8.3).
 *
 * Likelihood and consequence are level numbers 1..5 on the site's configured scales
 * (a 3×3 matrix uses 1..3; `src/domain/risk` checks a record against the configuration).
 * Levels (`inherentLevel`, `residual.level`) are the IDs of the configured risk bands.
 *
 * Treatment options follow ISO 31000 / ISO/IEC 27005 wording:
 * - `modify` — change likelihood or consequence with controls (27005 "risk modification");
 * - `avoid`  — stop the activity that gives rise to the risk;
 * - `share`  — share the risk with another party (insurance, contract, supplier);
 * - `retain` — accept the risk by informed decision (31000 "retaining the risk").
 */
import { z } from 'zod';
import {
  SLUG_PATTERN,
  accountId,
  catalogId,
  choice,
  controlRef,
  isoDate,
  isoDateTime,
  issueKey,
  listOf,
  optionalText,
  recordKey,
  requiredText,
  wholeNumber,
} from './record-fields';

export const TREATMENT_OPTIONS = ['modify', 'avoid', 'share', 'retain'] as const;
export type TreatmentOption = (typeof TREATMENT_OPTIONS)[number];

/** Highest level number any scale may have (scales are 3..5 levels long). */
export const MAX_SCALE_LEVEL = 5;

const level = (label: string) => wholeNumber(label, 1, MAX_SCALE_LEVEL);
const bandId = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .regex(SLUG_PATTERN, { error: `${label} must be a risk level ID such as "high"` });

/** A recorded decision: who decided and when. */
export const approvalSchema = z.object(
  {
    approverAccountId: accountId('Approver'),
    approvedAt: isoDateTime('Approval time'),
  },
  { error: 'An approval needs an approver and a time' },
);
export type Approval = z.infer<typeof approvalSchema>;

export const residualRiskSchema = z.object(
  {
    likelihood: level('Residual likelihood'),
    consequence: level('Residual consequence'),
    level: bandId('Residual risk level'),
  },
  { error: 'The residual risk needs a likelihood, a consequence and a level' },
);
export type ResidualRisk = z.infer<typeof residualRiskSchema>;

export const aiRiskSchema = z
  .object(
    {
      key: recordKey(),
      title: requiredText('Title', 255),
      description: optionalText('Description'),
      aiSystemKeys: listOf('AI systems', issueKey('AI system')),
      ownerAccountId: accountId('Risk owner'),
      riskSources: listOf(
        'Risk sources',
        catalogId(
          'Risk source',
          'annex-c-risk-source',
          'an Annex C risk source',
          'ISO42001:C.risk-source.level-of-automation',
        ),
      ),
      likelihood: level('Likelihood'),
      consequence: level('Consequence'),
      inherentLevel: bandId('Risk level'),
      assessedOn: isoDate('Assessment date').optional(),
      nextAssessmentDate: isoDate('Next assessment date').optional(),
      treatment: choice('Treatment option', TREATMENT_OPTIONS).optional(),
      treatmentPlan: optionalText('Treatment plan'),
      treatmentPlanApproval: approvalSchema.optional(),
      linkedControls: listOf('Linked controls', controlRef('Linked control')),
      residual: residualRiskSchema.optional(),
      /** Acceptance of the residual risk (who accepted it, when). */
      acceptance: approvalSchema.optional(),
    },
    { error: 'An AI risk record must be an object' },
  )
  .superRefine((risk, ctx) => {
    if (risk.treatment === 'modify' && risk.linkedControls.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['linkedControls'],
        message: 'A risk treated by modifying it needs at least one linked control',
      });
    }
    if (risk.acceptance !== undefined && risk.residual === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['residual'],
        message: 'Record the residual risk before accepting it',
      });
    }
    if (
      risk.assessedOn !== undefined &&
      risk.nextAssessmentDate !== undefined &&
      risk.nextAssessmentDate < risk.assessedOn
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextAssessmentDate'],
        message: 'The next assessment date cannot be before the assessment date',
      });
    }
    if (new Set(risk.linkedControls).size !== risk.linkedControls.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['linkedControls'],
        message: 'Each control can be linked to a risk only once',
      });
    }
  });

export type AiRiskRecord = z.infer<typeof aiRiskSchema>;
