/** Logical fields read together wherever the same record is shown. */

/** The AI Control fields that make one row of the Statement of Applicability (6.1.3 d). */
export const SOA_CONTROL_FIELD_KEYS = [
  'isoReference',
  'applicability',
  'justification',
  'implementationStatus',
  'evidence',
  'evidenceReviewDate',
] as const;

/** A risk's level fields (inherent and residual), shown wherever a risk is listed. */
export const RISK_LEVEL_FIELD_KEYS = ['inherentLevel', 'residualLevel'] as const;

/**
 * How an AI risk is assessed (6.1.2 d): likelihood × consequence → the inherent level, the
 * consequences for the organization, individuals and societies, its owner and reassessment date.
 */
export const RISK_ASSESSMENT_FIELD_KEYS = [
  'likelihood',
  'consequence',
  'inherentLevel',
  'riskConsequenceOrganization',
  'riskConsequenceIndividuals',
  'riskConsequenceSocieties',
  'riskOwner',
  'riskReassessmentDate',
] as const;

/** How an AI risk is treated (6.1.3): the plan and its approval, the residual risk and its acceptance. */
export const RISK_TREATMENT_FIELD_KEYS = [
  'treatmentOption',
  'treatmentApprovedBy',
  'treatmentApprovedAt',
  'residualLikelihood',
  'residualConsequence',
  'residualLevel',
  'riskAcceptedBy',
  'riskAcceptedAt',
] as const;

/** An internal audit's plan and report (9.2.2), in the order its screen shows them. */
export const AUDIT_FIELD_KEYS = [
  'auditObjectives',
  'auditScope',
  'auditCycle',
  'auditCoverage',
  'leadAuditor',
  'auditee',
  'auditReport',
] as const;

/** Clause 10.2 a): react to the nonconformity. */
export const NC_REACTION_FIELD_KEYS = ['correction', 'consequences'] as const;

/** Clause 10.2 b): evaluate the need for action to eliminate its causes. */
export const NC_CAUSE_FIELD_KEYS = [
  'rootCause',
  'similarCheck',
  'similarNotes',
  'caDecision',
  'caDecisionRationale',
] as const;

/** Clause 10.2 d) and e): review the effectiveness, change the AIMS if needed. */
export const NC_EFFECTIVENESS_FIELD_KEYS = [
  'verdict',
  'effectivenessEvidence',
  'effectivenessReviewer',
  'aimsChangeNeeded',
  'aimsChangeLink',
] as const;

/** The AI System inventory (4.3, A.4, A.6, A.9.4, A.10, A.7). */
export const AI_SYSTEM_INVENTORY_FIELD_KEYS = [
  'intendedUse',
  'aiRole',
  'lifecycleStage',
  'systemOwner',
  'supplier',
  'dataSources',
  'humanOversight',
  'adverseImpactReporting',
  'inScope',
  'euAiActClass',
] as const;

/** What a competence record holds (7.2 d: documented information as evidence of competence). */
export const COMPETENCE_RECORD_FIELD_KEYS = [
  'competencePerson',
  'competenceRole',
  'competenceKind',
  'competenceObtained',
  'competenceExpires',
  'competenceMeets',
  'evidence',
] as const;

/** What an AI system impact assessment records (6.1.4, A.5.2–A.5.5). */
export const IMPACT_ASSESSMENT_FIELD_KEYS = [
  'impactIndividuals',
  'impactGroups',
  'impactSocietal',
  'foreseeableMisuse',
  'assessmentContext',
  'impactAssessor',
  'impactAssessedOn',
  'impactNextReview',
] as const;

/** What an AI incident or concern records (A.3.3, A.8.4, A.8.5), in the order its screen shows them. */
export const AI_INCIDENT_REPORT_FIELD_KEYS = [
  'incidentSeverity',
  'detectedHow',
  'incidentReportedBy',
  'individualsAffected',
] as const;

/** What concluding an incident's investigation decides: reporting outside, a breached requirement (A.8.5, 10.2). */
export const AI_INCIDENT_CONCLUSION_FIELD_KEYS = [
  'externalReporting',
  'externalReportingTo',
  'requirementBreached',
  'breachedRequirement',
] as const;
