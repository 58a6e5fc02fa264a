import {
  ACTION_SOURCE_OPTIONS,
  AI_LIFECYCLE_STAGE_OPTIONS,
  AI_ROLE_OPTIONS,
  EU_AI_ACT_CLASS_OPTIONS,
  ANNEX_C_OBJECTIVE_OPTIONS,
  ANNEX_C_RISK_SOURCE_OPTIONS,
  APPLICABILITY_OPTIONS,
  CA_DECISION_OPTIONS,
  COMPETENCE_KIND_OPTIONS,
  COMPETENCE_ROLE_OPTIONS,
  CONSEQUENCE_OPTIONS,
  FINDING_GRADE_OPTIONS,
  INCIDENT_DETECTION_OPTIONS,
  INCIDENT_SEVERITY_OPTIONS,
  IMPLEMENTATION_STATUS_OPTIONS,
  LIKELIHOOD_OPTIONS,
  NC_SOURCE_OPTIONS,
  RISK_LEVEL_OPTIONS,
  SIMILAR_NC_OPTIONS,
  TREATMENT_OPTIONS,
  VERDICT_OPTIONS,
  YES_NO_OPTIONS,
} from './field-options';
import type { AimsIssueTypeKey } from './issue-types';

/** Jira custom field type keys the app uses (com.atlassian.jira.plugin.system.customfieldtypes:*). */
export type AimsFieldKind =
  | 'select'
  | 'multiselect'
  | 'textarea'
  | 'textfield'
  | 'url'
  | 'userpicker'
  | 'datepicker'
  | 'datetime'
  | 'float';

export const CUSTOM_FIELD_TYPE_PREFIX = 'com.atlassian.jira.plugin.system.customfieldtypes:';

export const FIELD_SEARCHER: Record<AimsFieldKind, string> = {
  select: 'multiselectsearcher',
  multiselect: 'multiselectsearcher',
  textarea: 'textsearcher',
  textfield: 'textsearcher',
  url: 'exacttextsearcher',
  userpicker: 'userpickergroupsearcher',
  datepicker: 'daterange',
  datetime: 'datetimerange',
  float: 'exactnumber',
};

export interface AimsFieldDefinition {
  /** The app's stable logical key. */
  key: string;
  /** Field name as created in Jira (native custom field: usable in JQL, boards, filters). */
  name: string;
  kind: AimsFieldKind;
  description: string;
  /** Options of select fields, in order. */
  options?: readonly string[];
  /** Issue types whose screens/contexts carry the field. */
  issueTypes: readonly AimsIssueTypeKey[];
  /** A URL field that also takes an issue key (recorded as the link to the issue). */
  acceptsIssueKey?: boolean;
}

export const AIMS_FIELDS: readonly AimsFieldDefinition[] = [
  // References and SoA
  {
    key: 'isoReference',
    name: 'ISO 42001 reference',
    kind: 'textfield',
    issueTypes: ['aiControl', 'auditFinding', 'nonconformity', 'aiRisk'],
    description: 'Namespaced clause or Annex A control, e.g. ISO42001:A.6.2.4.',
  },
  {
    key: 'applicability',
    name: 'Applicability',
    kind: 'select',
    options: APPLICABILITY_OPTIONS,
    issueTypes: ['aiControl'],
    description: 'Whether the control is included in or excluded from the AIMS (SoA).',
  },
  {
    key: 'justification',
    name: 'SoA justification',
    kind: 'textarea',
    issueTypes: ['aiControl'],
    description: 'Why the control is included or excluded (required either way).',
  },
  {
    key: 'implementationStatus',
    name: 'Implementation status',
    kind: 'select',
    options: IMPLEMENTATION_STATUS_OPTIONS,
    issueTypes: ['aiControl'],
    description: 'How far the control is implemented.',
  },
  {
    key: 'evidence',
    name: 'Evidence',
    kind: 'textarea',
    issueTypes: ['aiControl', 'correctiveAction', 'competenceRecord'],
    description:
      'Where the evidence is: links, documents, records. One item per line; on an AI Control a line starts with its effective and review dates, e.g. "2026-01-15/2027-01-15 Model card https://…" (7.5).',
  },
  {
    key: 'evidenceReviewDate',
    name: 'Evidence review date',
    kind: 'datepicker',
    issueTypes: ['aiControl'],
    description:
      'The earliest review date of the control\'s evidence items, kept by the app from "Evidence"; the daily scan opens an AIMS Action when it comes (7.5).',
  },
  // Competence (7.2, A.4.6)
  {
    key: 'competencePerson',
    name: 'Competent person',
    kind: 'userpicker',
    issueTypes: ['competenceRecord'],
    description: 'Whose competence this record evidences (7.2).',
  },
  {
    key: 'competenceRole',
    name: 'AIMS role',
    kind: 'select',
    options: COMPETENCE_ROLE_OPTIONS,
    issueTypes: ['competenceRecord'],
    description: 'The AIMS role the competence is needed for (7.2 a, A.4.6).',
  },
  {
    key: 'competenceKind',
    name: 'Training or qualification',
    kind: 'select',
    options: COMPETENCE_KIND_OPTIONS,
    issueTypes: ['competenceRecord'],
    description:
      'How the person acquired the competence (7.2 b, c): training, qualification or experience.',
  },
  {
    key: 'competenceObtained',
    name: 'Competence date',
    kind: 'datepicker',
    issueTypes: ['competenceRecord'],
    description: 'When the training was completed or the qualification obtained.',
  },
  {
    key: 'competenceExpires',
    name: 'Competence expiry',
    kind: 'datepicker',
    issueTypes: ['competenceRecord'],
    description:
      'When the training or qualification expires; the daily scan raises an AIMS Action then (7.2 c).',
  },
  {
    key: 'competenceMeets',
    name: 'Competence requirements met',
    kind: 'multiselect',
    // One option per competence requirement, kept in step by the app (requirement-option-sync.ts).
    options: [],
    issueTypes: ['competenceRecord'],
    description:
      'The competence requirements of the AIMS roles this record meets (7.2 a, A.4.6); the options follow the requirements an AIMS manager keeps on the overview.',
  },
  // Risk
  {
    key: 'likelihood',
    name: 'Likelihood',
    kind: 'select',
    options: LIKELIHOOD_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'Inherent likelihood.',
  },
  {
    key: 'consequence',
    name: 'Consequence',
    kind: 'select',
    options: CONSEQUENCE_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'Inherent consequence.',
  },
  {
    key: 'riskConsequenceOrganization',
    name: 'Consequences for the organization',
    kind: 'textarea',
    issueTypes: ['aiRisk'],
    description: 'What the risk would mean for the organization (6.1.2 d).',
  },
  {
    key: 'riskConsequenceIndividuals',
    name: 'Consequences for individuals',
    kind: 'textarea',
    issueTypes: ['aiRisk'],
    description: 'What the risk would mean for individuals (6.1.2 d).',
  },
  {
    key: 'riskConsequenceSocieties',
    name: 'Consequences for societies',
    kind: 'textarea',
    issueTypes: ['aiRisk'],
    description: 'What the risk would mean for societies (6.1.2 d).',
  },
  {
    key: 'riskOwner',
    name: 'Risk owner',
    kind: 'userpicker',
    issueTypes: ['aiRisk'],
    description:
      'Who is accountable for the risk: approves its treatment plan, accepts it within appetite.',
  },
  {
    key: 'riskReassessmentDate',
    name: 'Risk reassessment date',
    kind: 'datepicker',
    issueTypes: ['aiRisk'],
    description:
      'When the risk is assessed again (8.2); the daily scan raises an AIMS Action then.',
  },
  {
    key: 'inherentLevel',
    name: 'Inherent risk level',
    kind: 'select',
    options: RISK_LEVEL_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'Set by the app from likelihood × consequence.',
  },
  {
    key: 'treatmentOption',
    name: 'Treatment option',
    kind: 'select',
    options: TREATMENT_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'How the risk is treated (6.1.3).',
  },
  {
    key: 'treatmentApprovedBy',
    name: 'Treatment plan approved by',
    kind: 'userpicker',
    issueTypes: ['aiRisk'],
    description: 'The risk owner or AIMS manager who approved the treatment plan (6.1.3 f).',
  },
  {
    key: 'treatmentApprovedAt',
    name: 'Treatment plan approved on',
    kind: 'datetime',
    issueTypes: ['aiRisk'],
    description: 'When the treatment plan was approved.',
  },
  {
    key: 'residualLikelihood',
    name: 'Residual likelihood',
    kind: 'select',
    options: LIKELIHOOD_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'Likelihood after treatment.',
  },
  {
    key: 'residualConsequence',
    name: 'Residual consequence',
    kind: 'select',
    options: CONSEQUENCE_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'Consequence after treatment.',
  },
  {
    key: 'residualLevel',
    name: 'Residual risk level',
    kind: 'select',
    options: RISK_LEVEL_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'Set by the app from the residual likelihood × consequence.',
  },
  {
    key: 'riskSources',
    name: 'AI risk sources',
    kind: 'multiselect',
    options: ANNEX_C_RISK_SOURCE_OPTIONS,
    issueTypes: ['aiRisk'],
    description: 'Annex C risk sources.',
  },
  {
    key: 'riskAcceptedBy',
    name: 'Residual risk accepted by',
    kind: 'userpicker',
    issueTypes: ['aiRisk'],
    description:
      'Who accepted the residual risk: the risk owner or an AIMS manager; only an AIMS manager above appetite.',
  },
  {
    key: 'riskAcceptedAt',
    name: 'Residual risk accepted on',
    kind: 'datetime',
    issueTypes: ['aiRisk'],
    description: 'When the residual risk was accepted.',
  },
  // AI system inventory (4.3, A.4, A.6, A.9.4)
  {
    key: 'intendedUse',
    name: 'Intended use',
    kind: 'textarea',
    issueTypes: ['aiSystem'],
    description: 'What the AI system is for, for whom and where (A.6.2.2, A.9.4).',
  },
  {
    key: 'aiRole',
    name: 'AI role of the organization',
    kind: 'multiselect',
    options: AI_ROLE_OPTIONS,
    issueTypes: ['aiSystem'],
    description: "The organization's roles for this AI system (ISO/IEC 22989; 4.1).",
  },
  {
    key: 'lifecycleStage',
    name: 'Life-cycle stage',
    kind: 'select',
    options: AI_LIFECYCLE_STAGE_OPTIONS,
    issueTypes: ['aiSystem'],
    description: 'Where the AI system is in its life cycle (A.6.2).',
  },
  {
    key: 'systemOwner',
    name: 'AI system owner',
    kind: 'userpicker',
    issueTypes: ['aiSystem'],
    description: 'Who is accountable for the AI system (A.3.2).',
  },
  {
    key: 'supplier',
    name: 'Supplier or third party',
    kind: 'textarea',
    issueTypes: ['aiSystem'],
    description: 'Suppliers, partners and third parties involved, and what they provide (A.10).',
  },
  {
    key: 'dataSources',
    name: 'Data sources',
    kind: 'textarea',
    issueTypes: ['aiSystem'],
    description:
      'The data the AI system is trained, tested and run on, and where it comes from (A.7).',
  },
  {
    key: 'humanOversight',
    name: 'Human oversight',
    kind: 'textarea',
    issueTypes: ['aiSystem'],
    description: 'How people oversee the AI system and can intervene (A.9.2).',
  },
  {
    key: 'adverseImpactReporting',
    name: 'Adverse impact reporting',
    kind: 'textarea',
    issueTypes: ['aiSystem'],
    description:
      'How interested parties report adverse impacts of the AI system (A.8.3): the channel, where it is published, who handles the reports (recorded as AI Incidents). Needed to put it into operation.',
  },
  {
    key: 'inScope',
    name: 'In AIMS scope',
    kind: 'select',
    options: YES_NO_OPTIONS,
    issueTypes: ['aiSystem'],
    description: 'Whether the AI system is in the scope of the AIMS (4.3).',
  },
  {
    key: 'euAiActClass',
    name: 'EU AI Act risk class (informative)',
    kind: 'select',
    options: EU_AI_ACT_CLASS_OPTIONS,
    issueTypes: ['aiSystem'],
    description:
      'Informative only: the class the organization believes applies; not a legal determination.',
  },
  // Impact assessment (6.1.4, 8.4, A.5)
  {
    key: 'impactIndividuals',
    name: 'Impact on individuals',
    kind: 'textarea',
    issueTypes: ['impactAssessment'],
    description: 'Assessed consequences for individuals (A.5.4).',
  },
  {
    key: 'impactGroups',
    name: 'Impact on groups of individuals',
    kind: 'textarea',
    issueTypes: ['impactAssessment'],
    description: 'Assessed consequences for groups of individuals (A.5.4).',
  },
  {
    key: 'impactSocietal',
    name: 'Societal impact',
    kind: 'textarea',
    issueTypes: ['impactAssessment'],
    description: 'Assessed consequences for societies (A.5.5).',
  },
  {
    key: 'foreseeableMisuse',
    name: 'Foreseeable misuse',
    kind: 'textarea',
    issueTypes: ['impactAssessment'],
    description: 'Reasonably foreseeable misuse considered.',
  },
  {
    key: 'assessmentContext',
    name: 'Context and jurisdiction',
    kind: 'textarea',
    issueTypes: ['impactAssessment'],
    description: 'The context of use and the jurisdictions the AI system is deployed in (6.1.4).',
  },
  {
    key: 'impactAssessor',
    name: 'Impact assessor',
    kind: 'userpicker',
    issueTypes: ['impactAssessment'],
    description: 'Who carried out the impact assessment.',
  },
  {
    key: 'impactAssessedOn',
    name: 'Impact assessment date',
    kind: 'datepicker',
    issueTypes: ['impactAssessment'],
    description: 'When the impact assessment was carried out.',
  },
  {
    key: 'impactNextReview',
    name: 'Impact assessment next review',
    kind: 'datepicker',
    issueTypes: ['impactAssessment'],
    description:
      'When the impact assessment is reviewed next (8.4); the daily scan raises an AIMS Action then.',
  },
  // AI incidents and concerns (A.3.3, A.8.4, A.8.5, 10.2)
  {
    key: 'incidentSeverity',
    name: 'Incident severity',
    kind: 'select',
    options: INCIDENT_SEVERITY_OPTIONS,
    issueTypes: ['aiIncident'],
    description: 'How severe the AI incident is (A.8.4).',
  },
  {
    key: 'individualsAffected',
    name: 'Individuals affected',
    kind: 'textarea',
    issueTypes: ['aiIncident'],
    description: 'Who was affected and how many, as far as known (A.8.4, A.5.4).',
  },
  {
    key: 'detectedHow',
    name: 'Detected how',
    kind: 'select',
    options: INCIDENT_DETECTION_OPTIONS,
    issueTypes: ['aiIncident'],
    description: 'How the incident or concern came to light (A.3.3, A.8.4).',
  },
  {
    key: 'externalReporting',
    name: 'External reporting needed',
    kind: 'select',
    options: YES_NO_OPTIONS,
    issueTypes: ['aiIncident'],
    description: 'Whether the incident must be reported outside the organization (A.8.5).',
  },
  {
    key: 'externalReportingTo',
    name: 'Reported externally to',
    kind: 'textarea',
    issueTypes: ['aiIncident'],
    description: 'To whom it is reported (authority, customers, users) and by when (A.8.5).',
  },
  {
    key: 'incidentReportedBy',
    name: 'Incident reported by',
    kind: 'userpicker',
    issueTypes: ['aiIncident'],
    description: 'Who reported the incident or concern (A.3.3).',
  },
  {
    key: 'requirementBreached',
    name: 'Requirement breached?',
    kind: 'select',
    options: YES_NO_OPTIONS,
    issueTypes: ['aiIncident'],
    description:
      'Whether the incident breached a requirement; Yes raises a linked Nonconformity (10.2).',
  },
  {
    key: 'breachedRequirement',
    name: 'Breached requirement',
    kind: 'textfield',
    issueTypes: ['aiIncident'],
    description:
      'Which requirement was breached: a clause or control (e.g. ISO42001:A.6.2.6), a law or a contract.',
  },
  // Audit and findings
  {
    key: 'auditScope',
    name: 'Audit scope and criteria',
    kind: 'textarea',
    issueTypes: ['audit'],
    description: 'Scope and criteria of this audit (9.2.2).',
  },
  {
    key: 'auditObjectives',
    name: 'Audit objectives',
    kind: 'textarea',
    issueTypes: ['audit'],
    description: 'What this audit sets out to establish (9.2.2).',
  },
  {
    key: 'auditCycle',
    name: 'Audit programme cycle',
    kind: 'textfield',
    issueTypes: ['audit'],
    description: 'The audit programme cycle the audit belongs to, e.g. 2026 (9.2.2).',
  },
  {
    key: 'auditCoverage',
    name: 'Requirements audited',
    kind: 'textarea',
    issueTypes: ['audit'],
    description:
      'The clauses 4–10 and Annex A controls the audit covers, e.g. 6.1.2, 9.3, A.6.2.4.',
  },
  {
    key: 'leadAuditor',
    name: 'Lead auditor',
    kind: 'userpicker',
    issueTypes: ['audit'],
    description: 'Who leads the audit; never the auditee (9.2.2 c).',
  },
  {
    key: 'auditee',
    name: 'Auditee',
    kind: 'userpicker',
    issueTypes: ['audit'],
    description: 'Who answers for the audited area.',
  },
  {
    key: 'auditReport',
    name: 'Audit report',
    kind: 'url',
    issueTypes: ['audit'],
    description: 'Link to the audit report (9.2.2 d: results reported to management).',
  },
  {
    key: 'findingGrade',
    name: 'Finding grade',
    kind: 'select',
    options: FINDING_GRADE_OPTIONS,
    issueTypes: ['auditFinding'],
    description: 'Major or minor nonconformity, observation, or opportunity for improvement.',
  },
  // Nonconformity (10.2)
  {
    key: 'ncSource',
    name: 'Nonconformity source',
    kind: 'select',
    options: NC_SOURCE_OPTIONS,
    issueTypes: ['nonconformity'],
    description: 'Where the nonconformity was found.',
  },
  {
    key: 'correction',
    name: 'Correction and containment',
    kind: 'textarea',
    issueTypes: ['nonconformity'],
    description: '10.2 a) action taken to control and correct the nonconformity.',
  },
  {
    key: 'consequences',
    name: 'Consequences dealt with',
    kind: 'textarea',
    issueTypes: ['nonconformity'],
    description: '10.2 a) how its consequences were dealt with.',
  },
  {
    key: 'rootCause',
    name: 'Root cause',
    kind: 'textarea',
    issueTypes: ['nonconformity'],
    description: '10.2 b) the causes determined.',
  },
  {
    key: 'similarCheck',
    name: 'Similar nonconformities',
    kind: 'select',
    options: SIMILAR_NC_OPTIONS,
    issueTypes: ['nonconformity'],
    description: '10.2 b) whether similar nonconformities exist or could occur.',
  },
  {
    key: 'similarNotes',
    name: 'Similar nonconformities notes',
    kind: 'textarea',
    issueTypes: ['nonconformity'],
    description: 'Where else it exists or could occur, and what was checked.',
  },
  {
    key: 'caDecision',
    name: 'Corrective action decision',
    kind: 'select',
    options: CA_DECISION_OPTIONS,
    issueTypes: ['nonconformity'],
    description: '10.2 b) whether action is needed to eliminate the causes.',
  },
  {
    key: 'caDecisionRationale',
    name: 'Decision rationale',
    kind: 'textarea',
    issueTypes: ['nonconformity'],
    description: 'Why corrective action is or is not needed.',
  },
  {
    key: 'verdict',
    name: 'Effectiveness verdict',
    kind: 'select',
    options: VERDICT_OPTIONS,
    issueTypes: ['nonconformity'],
    description: '10.2 d) result of the effectiveness review.',
  },
  {
    key: 'effectivenessEvidence',
    name: 'Effectiveness evidence',
    kind: 'textarea',
    issueTypes: ['nonconformity'],
    description: '10.2 d) evidence that the corrective action worked (or not).',
  },
  {
    key: 'effectivenessReviewer',
    name: 'Effectiveness reviewer',
    kind: 'userpicker',
    issueTypes: ['nonconformity'],
    description: 'Who reviewed effectiveness (not an implementer of the actions).',
  },
  {
    key: 'aimsChangeNeeded',
    name: 'AIMS change needed',
    kind: 'select',
    options: YES_NO_OPTIONS,
    issueTypes: ['nonconformity'],
    description: '10.2 e) whether the AIMS must change.',
  },
  {
    key: 'aimsChangeLink',
    name: 'AIMS change reference',
    kind: 'url',
    issueTypes: ['nonconformity'],
    acceptsIssueKey: true,
    description: '10.2 e) link to the change (issue or page) when one is needed.',
  },
  // Corrective action
  {
    key: 'implementationNotes',
    name: 'Implementation notes',
    kind: 'textarea',
    issueTypes: ['correctiveAction'],
    description: 'What was done to implement the action (10.2 c).',
  },
  // Actions and objectives
  {
    key: 'actionSource',
    name: 'Action source',
    kind: 'select',
    options: ACTION_SOURCE_OPTIONS,
    issueTypes: ['aimsAction'],
    description: 'Which AIMS process decided the action.',
  },
  {
    key: 'reviewReference',
    name: 'Management review reference',
    kind: 'textfield',
    issueTypes: ['aimsAction'],
    description: 'The Confluence page id of the review or policy that decided the action.',
  },
  {
    key: 'annexCObjective',
    name: 'AI objective area',
    kind: 'select',
    options: ANNEX_C_OBJECTIVE_OPTIONS,
    issueTypes: ['aiObjective'],
    description: 'Annex C objective the AI objective serves.',
  },
  {
    key: 'objectiveMeasure',
    name: 'Measure and target',
    kind: 'textarea',
    issueTypes: ['aiObjective'],
    description: 'How the objective is measured and its target (6.2).',
  },
];

export function fieldDefinition(key: string): AimsFieldDefinition {
  const def = AIMS_FIELDS.find((f) => f.key === key);
  if (!def) throw new Error(`Unknown AIMS field '${key}'`);
  return def;
}
