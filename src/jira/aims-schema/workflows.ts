import type { AimsIssueTypeKey } from './issue-types';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface AimsStatusDefinition {
  /** Logical key, unique across the app's workflows. */
  key: string;
  name: string;
  category: StatusCategoryKey;
}

export interface AimsTransitionDefinition {
  /** Logical key, unique within its workflow. */
  key: string;
  name: string;
  /** Logical status keys the transition leaves from; empty = the initial (create) transition. */
  from: readonly string[];
  to: string;
  /** The app's Forge function validator guards this transition. */
  validated: boolean;
  /** A Forge expression condition offers the transition only to the AIMS manager group. */
  managersOnly: boolean;
  /** The app's Forge post function runs after this transition. */
  postFunction: boolean;
  /**
   * Only the person recorded in this user field may take it (a Jira expression validator
   * comparing the transitioning user with the field): the Nonconformity's effectiveness reviewer,
   * an AI Risk's treatment approver or its accepter. The field is recorded by who takes the step.
   */
  recordedPersonOnly?: RecordedPersonField;
}

/** The user fields a transition may be kept to (see `recordedPersonOnly`). */
export type RecordedPersonField =
  'effectivenessReviewer' | 'treatmentApprovedBy' | 'riskAcceptedBy';

export interface AimsWorkflowDefinition {
  key:
    | 'nonconformity'
    | 'correctiveAction'
    | 'aiRisk'
    | 'auditFinding'
    | 'audit'
    | 'aiSystem'
    | 'impactAssessment'
    | 'aiControl'
    | 'aiIncident'
    | 'simple';
  name: string;
  description: string;
  issueTypes: readonly AimsIssueTypeKey[];
  statuses: readonly AimsStatusDefinition[];
  /**
   * Statuses whose issues are read-only: the workflow status property `jira.issue.editable` is
   * `false`, so Jira refuses every field edit (only a transition leaves them).
   */
  readOnlyStatuses: readonly string[];
  transitions: readonly AimsTransitionDefinition[];
}

const t = (
  key: string,
  name: string,
  from: readonly string[],
  to: string,
  opts: Partial<
    Pick<
      AimsTransitionDefinition,
      'validated' | 'managersOnly' | 'postFunction' | 'recordedPersonOnly'
    >
  > = {},
): AimsTransitionDefinition => ({
  key,
  name,
  from,
  to,
  validated: opts.validated ?? false,
  managersOnly: opts.managersOnly ?? false,
  postFunction: opts.postFunction ?? false,
  ...(opts.recordedPersonOnly ? { recordedPersonOnly: opts.recordedPersonOnly } : {}),
});

/** A manager's transition that reopens a closed (read-only) record: it needs and records why. */
const MANAGER_REOPENING = { validated: true, managersOnly: true, postFunction: true } as const;

/** Name and category of each of the app's statuses, by logical key (unique across its workflows). */
const STATUS_TABLE = {
  ncReact: ['React', 'new'],
  ncCauseAnalysis: ['Cause Analysis', 'indeterminate'],
  ncImplementing: ['Implementing Actions', 'indeterminate'],
  ncEffectivenessReview: ['Effectiveness Review', 'indeterminate'],
  ncClosed: ['NC Closed', 'done'],
  toDo: ['To Do', 'new'],
  inProgress: ['In Progress', 'indeterminate'],
  done: ['Done', 'done'],
  riskIdentified: ['Identified', 'new'],
  riskAssessed: ['Assessed', 'indeterminate'],
  riskTreatmentPlanned: ['Treatment Planned', 'indeterminate'],
  riskMonitoring: ['Treated - Monitoring', 'indeterminate'],
  riskClosed: ['Risk Closed', 'done'],
  findingOpen: ['Finding Open', 'new'],
  findingNcRaised: ['Nonconformity Raised', 'indeterminate'],
  findingClosed: ['Finding Closed', 'done'],
  auditPlanned: ['Planned', 'new'],
  auditFieldwork: ['Fieldwork', 'indeterminate'],
  auditReported: ['Reported', 'indeterminate'],
  auditClosed: ['Audit Closed', 'done'],
  systemProposed: ['Proposed', 'new'],
  systemInDevelopment: ['In Development', 'indeterminate'],
  systemInOperation: ['In Operation', 'indeterminate'],
  systemRetired: ['Retired', 'done'],
  impactDraft: ['Assessment Draft', 'new'],
  impactInAssessment: ['In Assessment', 'indeterminate'],
  impactCompleted: ['Assessment Completed', 'done'],
  incidentReported: ['Incident Reported', 'new'],
  incidentInvestigating: ['Investigating', 'indeterminate'],
  incidentConcluded: ['Investigation Concluded', 'indeterminate'],
  incidentClosed: ['Incident Closed', 'done'],
} as const satisfies Record<string, readonly [string, StatusCategoryKey]>;

export type AimsStatusKey = keyof typeof STATUS_TABLE;

export const AIMS_STATUSES = Object.fromEntries(
  Object.entries(STATUS_TABLE).map(([key, [name, category]]) => [key, { key, name, category }]),
) as Readonly<Record<AimsStatusKey, AimsStatusDefinition>>;

const S = AIMS_STATUSES;

export const AIMS_WORKFLOWS: readonly AimsWorkflowDefinition[] = [
  {
    key: 'nonconformity',
    name: 'AIMS Nonconformity (ISO 42001 10.2)',
    description:
      'React, analyse causes and similar nonconformities, implement, review effectiveness, change the AIMS.',
    issueTypes: ['nonconformity'],
    statuses: [S.ncReact, S.ncCauseAnalysis, S.ncImplementing, S.ncEffectivenessReview, S.ncClosed],
    readOnlyStatuses: ['ncClosed'],
    transitions: [
      t('create', 'Create', [], 'ncReact'),
      t('toCauseAnalysis', 'Start cause analysis', ['ncReact'], 'ncCauseAnalysis', {
        validated: true,
      }),
      t('toImplementing', 'Implement corrective actions', ['ncCauseAnalysis'], 'ncImplementing', {
        validated: true,
      }),
      t(
        'closeWithoutAction',
        'Close: no corrective action needed',
        ['ncCauseAnalysis'],
        'ncClosed',
        { validated: true, managersOnly: true, postFunction: true },
      ),
      t(
        'toEffectivenessReview',
        'Review effectiveness',
        ['ncImplementing'],
        'ncEffectivenessReview',
        { validated: true },
      ),
      t('closeEffective', 'Verify effective and close', ['ncEffectivenessReview'], 'ncClosed', {
        validated: true,
        managersOnly: true,
        postFunction: true,
        recordedPersonOnly: 'effectivenessReviewer',
      }),
      t(
        'backToCauseAnalysis',
        'Ineffective: back to cause analysis',
        ['ncEffectivenessReview'],
        'ncCauseAnalysis',
        { validated: true, managersOnly: true, postFunction: true },
      ),
      t('reopen', 'Reopen nonconformity', ['ncClosed'], 'ncCauseAnalysis', MANAGER_REOPENING),
    ],
  },
  {
    key: 'correctiveAction',
    name: 'AIMS Corrective Action',
    description: 'Plan, implement and record a corrective action.',
    issueTypes: ['correctiveAction'],
    statuses: [S.toDo, S.inProgress, S.done],
    readOnlyStatuses: ['done'],
    transitions: [
      t('create', 'Create', [], 'toDo'),
      t('start', 'Start', ['toDo'], 'inProgress'),
      t('complete', 'Done', ['toDo', 'inProgress'], 'done', {
        validated: true,
        postFunction: true,
      }),
      t('reopen', 'Reopen', ['done'], 'inProgress', MANAGER_REOPENING),
    ],
  },
  {
    key: 'aiRisk',
    name: 'AIMS AI Risk (ISO 42001 6.1)',
    description: 'Identify, assess, plan treatment, treat and monitor, close.',
    issueTypes: ['aiRisk'],
    statuses: [
      S.riskIdentified,
      S.riskAssessed,
      S.riskTreatmentPlanned,
      S.riskMonitoring,
      S.riskClosed,
    ],
    readOnlyStatuses: [],
    transitions: [
      t('create', 'Create', [], 'riskIdentified'),
      t('assess', 'Assess', ['riskIdentified', 'riskMonitoring'], 'riskAssessed', {
        validated: true,
        postFunction: true,
      }),
      t('planTreatment', 'Plan treatment', ['riskAssessed'], 'riskTreatmentPlanned', {
        validated: true,
        recordedPersonOnly: 'treatmentApprovedBy',
      }),
      t('treated', 'Treated: monitor', ['riskTreatmentPlanned'], 'riskMonitoring', {
        validated: true,
        postFunction: true,
        recordedPersonOnly: 'riskAcceptedBy',
      }),
      t('close', 'Close risk', ['riskMonitoring'], 'riskClosed', { validated: true }),
    ],
  },
  {
    key: 'auditFinding',
    name: 'AIMS Audit Finding',
    description:
      'A nonconformity finding raises a Nonconformity and closes with it; others are tracked.',
    issueTypes: ['auditFinding'],
    statuses: [S.findingOpen, S.findingNcRaised, S.findingClosed],
    // Once a Nonconformity is linked (raised or linked by hand) the finding (and its grade) is the
    // record the NC rests on: the app moves it to Nonconformity Raised.
    readOnlyStatuses: ['findingNcRaised', 'findingClosed'],
    transitions: [
      t('create', 'Create', [], 'findingOpen'),
      t('ncRaised', 'Nonconformity raised', ['findingOpen'], 'findingNcRaised', {
        validated: true,
      }),
      t('close', 'Close finding', ['findingOpen', 'findingNcRaised'], 'findingClosed', {
        validated: true,
      }),
      t('regrade', 'Re-grade finding', ['findingNcRaised'], 'findingNcRaised', {
        validated: true,
        managersOnly: true,
        postFunction: true,
      }),
      // Reopened where the grade stays locked while a Nonconformity is linked (the validator
      // offers each reopening only when it fits).
      t('reopen', 'Reopen finding', ['findingClosed'], 'findingOpen', MANAGER_REOPENING),
      t(
        'reopenWithNonconformity',
        'Reopen finding with its Nonconformity',
        ['findingClosed'],
        'findingNcRaised',
        MANAGER_REOPENING,
      ),
    ],
  },
  {
    key: 'audit',
    name: 'AIMS Internal Audit (ISO 42001 9.2)',
    description: 'Plan, perform, report and close an internal audit.',
    issueTypes: ['audit'],
    statuses: [S.auditPlanned, S.auditFieldwork, S.auditReported, S.auditClosed],
    readOnlyStatuses: [],
    transitions: [
      t('create', 'Create', [], 'auditPlanned'),
      t('start', 'Start fieldwork', ['auditPlanned'], 'auditFieldwork', { validated: true }),
      t('report', 'Report results', ['auditFieldwork'], 'auditReported', { validated: true }),
      t('close', 'Close audit', ['auditReported'], 'auditClosed', { validated: true }),
    ],
  },
  {
    key: 'aiSystem',
    name: 'AIMS AI System (ISO 42001 A.6)',
    description:
      'Proposed, in development, in operation (once impact and risks are assessed), retired.',
    issueTypes: ['aiSystem'],
    readOnlyStatuses: [],
    statuses: [S.systemProposed, S.systemInDevelopment, S.systemInOperation, S.systemRetired],
    transitions: [
      t('create', 'Create', [], 'systemProposed'),
      t('develop', 'Start development', ['systemProposed'], 'systemInDevelopment'),
      t(
        'operate',
        'Put into operation',
        ['systemProposed', 'systemInDevelopment'],
        'systemInOperation',
        { validated: true },
      ),
      t('backToDevelopment', 'Back to development', ['systemInOperation'], 'systemInDevelopment'),
      t(
        'retire',
        'Retire',
        ['systemProposed', 'systemInDevelopment', 'systemInOperation'],
        'systemRetired',
      ),
    ],
  },
  {
    key: 'impactAssessment',
    name: 'AIMS AI System Impact Assessment (ISO 42001 6.1.4)',
    description:
      'Draft, assess, complete; reopened for review or after a significant change (8.4).',
    issueTypes: ['impactAssessment'],
    readOnlyStatuses: [],
    statuses: [S.impactDraft, S.impactInAssessment, S.impactCompleted],
    transitions: [
      t('create', 'Create', [], 'impactDraft'),
      t('start', 'Start assessment', ['impactDraft'], 'impactInAssessment'),
      t('complete', 'Complete assessment', ['impactInAssessment'], 'impactCompleted', {
        validated: true,
      }),
      t('reopen', 'Reopen assessment', ['impactCompleted'], 'impactInAssessment'),
    ],
  },
  {
    key: 'aiControl',
    name: 'AIMS AI Control (ISO 42001 6.1.3)',
    description:
      'A Statement of Applicability row: decided and justified before work starts; done once implemented with evidence, or excluded with a justification.',
    issueTypes: ['aiControl'],
    statuses: [S.toDo, S.inProgress, S.done],
    readOnlyStatuses: [],
    transitions: [
      t('create', 'Create', [], 'toDo'),
      t('start', 'Start', ['toDo', 'done'], 'inProgress', { validated: true }),
      t('complete', 'Done', ['toDo', 'inProgress'], 'done', { validated: true }),
    ],
  },
  {
    key: 'aiIncident',
    name: 'AIMS AI Incident (ISO 42001 A.8.4)',
    description:
      'Reported, investigated, concluded (requirement breached? raises a Nonconformity), closed.',
    issueTypes: ['aiIncident'],
    statuses: [S.incidentReported, S.incidentInvestigating, S.incidentConcluded, S.incidentClosed],
    // The concluded answers (breach and which requirement, external reporting) are the record a
    // raised Nonconformity and an external report rest on: they change only through "Investigate
    // again" (a step in the history, concluded again under the validator); a closed incident
    // only through a manager's reopening that says why.
    readOnlyStatuses: ['incidentConcluded', 'incidentClosed'],
    transitions: [
      t('create', 'Create', [], 'incidentReported'),
      t('investigate', 'Start investigation', ['incidentReported'], 'incidentInvestigating', {
        validated: true,
      }),
      t('conclude', 'Conclude investigation', ['incidentInvestigating'], 'incidentConcluded', {
        validated: true,
      }),
      t('reinvestigate', 'Investigate again', ['incidentConcluded'], 'incidentInvestigating'),
      t('close', 'Close incident', ['incidentConcluded'], 'incidentClosed', { validated: true }),
      t(
        'reopen',
        'Reopen incident',
        ['incidentClosed'],
        'incidentInvestigating',
        MANAGER_REOPENING,
      ),
    ],
  },
  {
    key: 'simple',
    name: 'AIMS Simple',
    description: 'To Do, In Progress, Done.',
    issueTypes: ['aimsAction', 'aiObjective', 'competenceRecord'],
    statuses: [S.toDo, S.inProgress, S.done],
    readOnlyStatuses: [],
    transitions: [
      t('create', 'Create', [], 'toDo'),
      t('start', 'Start', ['toDo', 'done'], 'inProgress'),
      t('complete', 'Done', ['toDo', 'inProgress'], 'done'),
    ],
  },
];

export function workflowForIssueType(type: AimsIssueTypeKey): AimsWorkflowDefinition {
  const wf = AIMS_WORKFLOWS.find((w) => w.issueTypes.includes(type));
  if (!wf) throw new Error(`No AIMS workflow for issue type '${type}'`);
  return wf;
}
