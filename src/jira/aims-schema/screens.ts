import {
  AI_SYSTEM_INVENTORY_FIELD_KEYS,
  IMPACT_ASSESSMENT_FIELD_KEYS,
  NC_CAUSE_FIELD_KEYS,
  NC_EFFECTIVENESS_FIELD_KEYS,
  NC_REACTION_FIELD_KEYS,
  RISK_ASSESSMENT_FIELD_KEYS,
  RISK_TREATMENT_FIELD_KEYS,
  SOA_CONTROL_FIELD_KEYS,
  AUDIT_FIELD_KEYS,
} from './field-groups';
import { fieldDefinition } from './fields';
import type { AimsIssueTypeKey } from './issue-types';

/**
 * The Jira system fields on the AIMS screens (Jira field ids). Jira sets a field through REST only
 * when it is on the screen of the operation, so these are every system field the app, its
 * automation and the people working the records set: what it is, who owns it, by when, how
 * urgent, its labels (the app's markers) and its security level (confidential records).
 */
export const AIMS_SCREEN_SYSTEM_FIELDS = [
  'summary',
  'description',
  'assignee',
  'reporter',
  'duedate',
  'priority',
  'labels',
  'security',
] as const;
export type AimsScreenSystemField = (typeof AIMS_SCREEN_SYSTEM_FIELDS)[number];

/** The system fields' names, as Jira shows them. */
const SYSTEM_FIELD_NAMES: Record<AimsScreenSystemField, string> = {
  summary: 'Summary',
  description: 'Description',
  assignee: 'Assignee',
  reporter: 'Reporter',
  duedate: 'Due date',
  priority: 'Priority',
  labels: 'Labels',
  security: 'Security Level',
};

/** One tab of an AIMS screen: its name and fields, in order (system field ids or AIMS field keys). */
export interface AimsScreenTab {
  name: string;
  fields: readonly string[];
}

/** The create/edit/view screen of one AIMS issue type. */
export interface AimsScreenDefinition {
  issueType: AimsIssueTypeKey;
  tabs: readonly AimsScreenTab[];
}

const WHAT = ['summary', 'description'] as const;
const WHO_AND_WHEN = ['assignee', 'reporter', 'duedate', 'priority', 'labels', 'security'] as const;

/** A one-tab screen: what it is, the type's own fields, then who and by when. */
const record = (issueType: AimsIssueTypeKey, name: string, own: readonly string[]) => ({
  issueType,
  tabs: [{ name, fields: [...WHAT, ...own, ...WHO_AND_WHEN] }],
});

/**
 * Each AIMS issue type's screen, laid out as an auditor reads the record: what it is first, then
 * its own fields grouped by the clause they evidence (a tab per step where the record has steps),
 * then owner, dates and handling. Every field of a type (`AimsFieldDefinition.issueTypes`) is on
 * its type's screen once, and no other AIMS field is.
 */
export const AIMS_SCREENS: readonly AimsScreenDefinition[] = [
  record('aiSystem', 'AI system inventory (4.3, A.4, A.6)', AI_SYSTEM_INVENTORY_FIELD_KEYS),
  {
    issueType: 'aiRisk',
    tabs: [
      { name: 'AI risk', fields: [...WHAT, 'isoReference', 'riskSources', ...WHO_AND_WHEN] },
      { name: 'Assessment (6.1.2)', fields: RISK_ASSESSMENT_FIELD_KEYS },
      { name: 'Treatment (6.1.3)', fields: RISK_TREATMENT_FIELD_KEYS },
    ],
  },
  record('impactAssessment', 'Impact assessment (6.1.4, A.5)', IMPACT_ASSESSMENT_FIELD_KEYS),
  record('aiControl', 'Statement of Applicability (6.1.3 d)', SOA_CONTROL_FIELD_KEYS),
  record('audit', 'Internal audit (9.2)', AUDIT_FIELD_KEYS),
  record('auditFinding', 'Audit finding', ['findingGrade', 'isoReference']),
  {
    issueType: 'nonconformity',
    tabs: [
      { name: 'Nonconformity', fields: [...WHAT, 'ncSource', 'isoReference', ...WHO_AND_WHEN] },
      { name: 'React (10.2 a)', fields: NC_REACTION_FIELD_KEYS },
      { name: 'Causes (10.2 b)', fields: NC_CAUSE_FIELD_KEYS },
      { name: 'Effectiveness (10.2 d, e)', fields: NC_EFFECTIVENESS_FIELD_KEYS },
    ],
  },
  record('correctiveAction', 'Corrective action (10.2 c)', ['implementationNotes', 'evidence']),
  record('aimsAction', 'AIMS action', ['actionSource', 'reviewReference']),
  record('aiObjective', 'AI objective (6.2)', ['annexCObjective', 'objectiveMeasure']),
];

export function screenDefinition(issueType: AimsIssueTypeKey): AimsScreenDefinition {
  const def = AIMS_SCREENS.find((s) => s.issueType === issueType);
  if (!def) throw new Error(`No AIMS screen for issue type '${issueType}'`);
  return def;
}

/** Whether a screen field is a Jira system field (else it is an AIMS field key). */
export function isScreenSystemField(field: string): field is AimsScreenSystemField {
  return (AIMS_SCREEN_SYSTEM_FIELDS as readonly string[]).includes(field);
}

/** A screen field's name as a person sees it: "Due date", "Root cause". */
export function screenFieldName(field: string): string {
  return isScreenSystemField(field) ? SYSTEM_FIELD_NAMES[field] : fieldDefinition(field).name;
}
