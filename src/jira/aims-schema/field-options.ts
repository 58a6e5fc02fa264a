/** The options of the app's select fields, as people pick them in Jira (in order). */
export const LIKELIHOOD_OPTIONS = [
  '1 - Rare',
  '2 - Unlikely',
  '3 - Possible',
  '4 - Likely',
  '5 - Almost certain',
] as const;
export const CONSEQUENCE_OPTIONS = [
  '1 - Negligible',
  '2 - Minor',
  '3 - Moderate',
  '4 - Major',
  '5 - Severe',
] as const;
export const RISK_LEVEL_OPTIONS = ['Low', 'Medium', 'High', 'Critical'] as const;
export const TREATMENT_OPTIONS = [
  'Modify (reduce)',
  'Avoid',
  'Share (transfer)',
  'Retain (accept)',
] as const;
export const FINDING_GRADE_OPTIONS = [
  'Major nonconformity',
  'Minor nonconformity',
  'Observation',
  'Opportunity for improvement',
] as const;
export const NC_SOURCE_OPTIONS = [
  'Internal audit',
  'External audit',
  'Incident',
  'Complaint',
  'Monitoring',
  'Other',
] as const;
export const SIMILAR_NC_OPTIONS = [
  'None exist or could occur',
  'Similar exist',
  'Similar could occur',
] as const;
export const CA_DECISION_OPTIONS = [
  'Corrective action needed',
  'No corrective action needed',
] as const;
export const VERDICT_OPTIONS = ['Effective', 'Ineffective'] as const;
export const YES_NO_OPTIONS = ['Yes', 'No'] as const;
export const APPLICABILITY_OPTIONS = ['Included', 'Excluded'] as const;
export const IMPLEMENTATION_STATUS_OPTIONS = [
  'Not started',
  'Planned',
  'In progress',
  'Implemented',
] as const;
export const ACTION_SOURCE_OPTIONS = [
  'Management review',
  'Policy review',
  'Audit',
  'Gap analysis',
  'Other',
] as const;
export const ANNEX_C_OBJECTIVE_OPTIONS = [
  'Accountability',
  'AI expertise',
  'Availability and quality of training and test data',
  'Environmental impact',
  'Fairness',
  'Maintainability',
  'Privacy',
  'Robustness',
  'Safety',
  'Security',
  'Transparency and explainability',
] as const;
export const ANNEX_C_RISK_SOURCE_OPTIONS = [
  'Complexity of environment',
  'Lack of transparency and explainability',
  'Level of automation',
  'Risk sources related to machine learning',
  'System hardware issues',
  'System life cycle issues',
  'Technology readiness',
] as const;
/** The organization's AI roles (ISO/IEC 22989), as `AI_ROLE_NAMES` of the domain names them. */
export const AI_ROLE_OPTIONS = [
  'AI provider',
  'AI producer',
  'AI customer (user)',
  'AI partner',
  'AI subject',
  'Relevant authority',
] as const;
/** The AI system life cycle (ISO/IEC 22989), as `AI_LIFECYCLE_STAGE_NAMES` of the domain names them. */
export const AI_LIFECYCLE_STAGE_OPTIONS = [
  'Inception',
  'Design and development',
  'Verification and validation',
  'Deployment',
  'Operation and monitoring',
  'Re-evaluation',
  'Retirement',
] as const;
/** The EU AI Act's risk classes: informative only, the AIMS does not decide legal classification. */
export const EU_AI_ACT_CLASS_OPTIONS = [
  'Prohibited practice',
  'High risk',
  'Transparency obligations',
  'Minimal risk',
  'Not determined',
] as const;
