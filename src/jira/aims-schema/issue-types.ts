/**
 * The AIMS issue types the app provisions. `key` is the app's stable logical key; `defaultName`
 * is what the admin sees unless they rename it in the admin page.
 */
export const AIMS_ISSUE_TYPE_KEYS = [
  'aiSystem',
  'aiRisk',
  'impactAssessment',
  'aiControl',
  'audit',
  'auditFinding',
  'nonconformity',
  'correctiveAction',
  'aimsAction',
  'aiObjective',
  'aiIncident',
  'competenceRecord',
] as const;

export type AimsIssueTypeKey = (typeof AIMS_ISSUE_TYPE_KEYS)[number];

export interface AimsIssueTypeDefinition {
  key: AimsIssueTypeKey;
  defaultName: string;
  description: string;
  /** ISO/IEC 42001 clause or Annex A reference the type records. */
  clause: string;
  /**
   * Default names of earlier versions (ADR 0013): a type the app created under one of them is
   * renamed to the current name, and a configuration stored with it reads back with the new one.
   */
  formerDefaultNames?: readonly string[];
}

export const AIMS_ISSUE_TYPES: readonly AimsIssueTypeDefinition[] = [
  {
    key: 'aiSystem',
    defaultName: 'AI System',
    clause: 'ISO42001:4.3',
    description: 'An AI system in the scope of the AIMS.',
  },
  {
    key: 'aiRisk',
    defaultName: 'AI Risk',
    clause: 'ISO42001:6.1.2',
    description: 'An AI risk: assessed, treated and accepted (6.1.2, 6.1.3).',
  },
  {
    key: 'impactAssessment',
    defaultName: 'AI Impact Assessment',
    clause: 'ISO42001:6.1.4',
    description: 'An AI system impact assessment (6.1.4, 8.4).',
  },
  {
    key: 'aiControl',
    defaultName: 'AI Control',
    clause: 'ISO42001:6.1.3',
    description: 'A control: one row of the Statement of Applicability.',
  },
  {
    key: 'audit',
    // Not "Audit": a reserved word of JQL (`issuetype = Audit` is an error). ADR 0013.
    defaultName: 'AIMS Audit',
    formerDefaultNames: ['Audit'],
    clause: 'ISO42001:9.2',
    description: 'An internal audit of the AIMS (9.2).',
  },
  {
    key: 'auditFinding',
    defaultName: 'Audit Finding',
    clause: 'ISO42001:9.2',
    description: 'A graded finding of an audit.',
  },
  {
    key: 'nonconformity',
    defaultName: 'Nonconformity',
    clause: 'ISO42001:10.2',
    description: 'A nonconformity handled step by step as clause 10.2 asks.',
  },
  {
    key: 'correctiveAction',
    defaultName: 'Corrective Action',
    clause: 'ISO42001:10.2',
    description: 'An action that eliminates the cause of a nonconformity.',
  },
  {
    key: 'aimsAction',
    defaultName: 'AIMS Action',
    clause: 'ISO42001:9.3.3',
    description: 'An action decided by management review or another AIMS process.',
  },
  {
    key: 'aiObjective',
    defaultName: 'AI Objective',
    clause: 'ISO42001:6.2',
    description: 'A measurable AI objective with a plan, owner and date (6.2).',
  },
  {
    key: 'aiIncident',
    defaultName: 'AI Incident',
    clause: 'ISO42001:A.8.4',
    description:
      'An AI incident or concern: reported, investigated, a breached requirement raises a Nonconformity (A.3.3, A.8.4, A.8.5, 10.2).',
  },
  {
    key: 'competenceRecord',
    defaultName: 'Competence Record',
    clause: 'ISO42001:7.2',
    description:
      "A person's training or qualification for an AIMS role, with its evidence and expiry (7.2, A.4.6).",
  },
];
