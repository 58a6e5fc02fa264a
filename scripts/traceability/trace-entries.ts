/**
 * What serves each clause 4–10 sub-clause and each Annex A control, and the tests that prove it.
 * `scripts/generate-traceability.ts` turns this into docs/traceability.md; a unit test fails when a
 * path, symbol or test named here no longer exists, when a requirement of the catalogue has no row,
 * or when the committed doc is stale. Annex A controls without an entry are "soa row": decided and
 * evidenced in the Statement of Applicability, with no process of their own in the app.
 * The issue types' own clauses (src/jira/aims-schema/issue-types.ts) are added by the generator.
 */
import type { ServedBy, TraceEntry } from './trace-entry';

const SCOPE_TESTS = [
  'test/unit/domain/scope/scope-context-rules.test.ts',
  'test/integration/macros/scope-macro.test.ts',
  'test/e2e/scope-macro.e2e.test.ts',
];
const NC_TESTS = [
  'test/unit/domain/nonconformity/nonconformity-workflow.test.ts',
  'test/unit/domain/nonconformity/nonconformity-paths.property.test.ts',
  'test/integration/jira-automation/nonconformity-workflow.test.ts',
  'test/e2e/nonconformity-flow.e2e.test.ts',
];
const REVIEW_TESTS = [
  'test/unit/domain/review/build-management-review-inputs.test.ts',
  'test/integration/macros/review-macro.test.ts',
  'test/e2e/review-macro.e2e.test.ts',
];
const INCIDENT_TESTS = [
  'test/unit/domain/incident/incident-lifecycle.test.ts',
  'test/integration/jira-automation/ai-incident-workflow.test.ts',
  'test/e2e/issue-panel.e2e.test.ts::an AI incident',
  'test/integration/macros/review-macro.test.ts::AI incidents',
];
const POLICY_TESTS = [
  'test/unit/domain/policy/policy-control-rules.test.ts',
  'test/integration/macros/policy-macro.test.ts',
  'test/e2e/policy-macro.e2e.test.ts',
];

const INVENTORY_TESTS = [
  'test/unit/domain/ai-system/ai-system-lifecycle.test.ts',
  'test/integration/jira-automation/ai-system-workflow.test.ts',
];
const IMPACT_TESTS = [
  'test/unit/domain/records/impact-assessment.test.ts',
  'test/integration/jira-automation/ai-system-workflow.test.ts',
  'test/integration/jira-automation/impact-assessment-review.test.ts',
];
const IMPACT_PROCESS: readonly ServedBy[] = [
  {
    what: 'the impact assessment record: consequences for individuals, groups, societies, misuse',
    where: 'src/domain/records/impact-assessment.ts#impactAssessmentSchema',
  },
  {
    what: 'guarded workflow: draft → in assessment → completed (all fields required), reopen',
    where: 'src/domain/ai-system/impact-assessment-lifecycle.ts#completionRequirements',
  },
  {
    what: 'a due review opens one AIMS Action (daily scan)',
    where: 'src/automation/impact-review-actions.ts#IMPACT_REVIEWS',
  },
  {
    what: "a change of the system's intended use or life-cycle stage, or a new fix version, reopens it",
    where: 'src/domain/ai-system/significant-change.ts#significantChangeReason',
  },
];

export const TRACE_ENTRIES: readonly TraceEntry[] = [
  {
    ref: '4.1',
    level: 'feature',
    servedBy: [
      {
        what: 'internal and external issues, climate change decision',
        where: 'src/domain/scope/scope-context.ts#contextIssueSchema',
      },
      {
        what: 'climate change relevance (2024 amendment)',
        where: 'src/domain/scope/scope-context.ts#climateChangeSchema',
      },
      {
        what: 'the AI roles the organization takes',
        where: 'src/domain/scope/scope-context.ts#aiRolesSchema',
      },
      { what: '"AIMS scope and context" macro', where: 'src/macros/scope' },
    ],
    tests: SCOPE_TESTS,
  },
  {
    ref: '4.2',
    level: 'feature',
    servedBy: [
      {
        what: 'interested parties, their requirements, which the AIMS addresses',
        where: 'src/domain/scope/scope-context.ts#interestedPartySchema',
      },
      { what: '"AIMS scope and context" macro', where: 'src/macros/scope' },
    ],
    tests: SCOPE_TESTS,
  },
  {
    ref: '4.3',
    level: 'feature',
    servedBy: [
      {
        what: 'scope statement: boundaries, units, locations',
        where: 'src/domain/scope/scope-context.ts#scopeStatementSchema',
      },
      {
        what: 'exclusions with justification',
        where: 'src/domain/scope/scope-context.ts#exclusionSchema',
      },
      {
        what: 'document control of the scope page (approval bound to a page version)',
        where: 'src/domain/scope/scope-control.ts#scopeControlRules',
      },
      {
        what: 'the AI systems in scope: inventory fields on the AI System issue type',
        where: 'src/domain/records/ai-system.ts#aiSystemSchema',
      },
    ],
    tests: [...SCOPE_TESTS, 'test/integration/macros/large-site-lists.test.ts', ...INVENTORY_TESTS],
  },
  {
    ref: '4.4',
    level: 'partly',
    servedBy: [
      {
        what: 'the AIMS project, its types, fields, screens and workflows, provisioned idempotently',
        where: 'src/workflows/provisioning/provision.ts',
      },
    ],
    tests: ['test/integration/provisioning/provision.test.ts'],
    gap: 'The processes and their interactions are the provisioned workflows; there is no separate process map record.',
  },
  {
    ref: '5.1',
    level: 'partly',
    servedBy: [
      {
        what: 'the top management role, mapped to a Jira group',
        where: 'src/domain/authorization/aims-roles.ts#AIMS_ROLE_DEFINITIONS',
      },
      {
        what: 'policy approval and management reviews held by the roles that may',
        where: 'src/domain/authorization/macro-writes.ts',
      },
    ],
    tests: ['test/integration/security/authorization.test.ts'],
    gap: "Leadership's commitment shows through the records it signs (policy approval, management review); there is no separate commitment record.",
  },
  {
    ref: '5.2',
    level: 'feature',
    servedBy: [
      {
        what: 'AI policy macro: clause 5.2 checklist, owner, approval bound to a page version',
        where: 'src/domain/policy/policy-control-rules.ts#approve',
      },
      {
        what: 'one document control for every controlled page',
        where: 'src/domain/document-control/control-rules.ts#documentControlRules',
      },
    ],
    tests: POLICY_TESTS,
  },
  {
    ref: '5.3',
    level: 'partly',
    servedBy: [
      {
        what: 'AIMS roles (manager, auditor, top management, member) → Jira groups',
        where: 'src/domain/authorization/aims-roles.ts#AIMS_ROLE_DEFINITIONS',
      },
      { what: 'every write checked against the role, as the user', where: 'src/authorization' },
    ],
    tests: ['test/integration/security/authorization.test.ts', 'test/unit/resolvers'],
    gap: 'Responsibilities are assigned by role (Jira group) and by record owner; there is no per-person responsibility matrix.',
  },
  {
    ref: '6.1.1',
    level: 'feature',
    servedBy: [
      {
        what: 'risk criteria: a 3×3…5×5 matrix, bands and appetite',
        where: 'src/domain/risk/risk-matrix-config.ts',
      },
      {
        what: 'the matrix set on the admin page, used by every caller',
        where: 'src/storage/risk-matrix.ts#loadRiskMatrix',
      },
      { what: 'the admin page editor', where: 'static/admin/src/RiskMatrixSection.tsx' },
    ],
    tests: [
      'test/unit/domain/risk/risk-matrix-config.test.ts',
      'test/unit/domain/risk/risk-matrix.property.test.ts',
      'test/integration/jira-automation/risk-matrix.test.ts',
      'test/e2e/admin-risk-matrix.e2e.test.ts',
    ],
  },
  {
    ref: '6.1.2',
    level: 'feature',
    servedBy: [
      {
        what: 'risk level from likelihood × consequence, band, appetite',
        where: 'src/domain/risk/assess-risk.ts#assessRisk',
      },
      {
        what: 'the AI risk lifecycle and its guards',
        where: 'src/domain/lifecycle/ai-risk-lifecycle.ts#evaluateAiRiskTransition',
      },
      {
        what: 'assessing needs the consequences for the organization, individuals and societies, an owner and a reassessment date',
        where: 'src/domain/lifecycle/ai-risk-lifecycle.ts#assessmentRecordRequirements',
      },
      { what: 'the configured matrix', where: 'src/storage/risk-matrix.ts#loadRiskMatrix' },
    ],
    tests: [
      'test/unit/domain/risk/assess-risk.test.ts',
      'test/unit/domain/lifecycle/ai-risk-lifecycle.test.ts',
      'test/integration/jira-automation/risk-workflow.test.ts::consequences for the organization, individuals and societies',
      'test/integration/jira-automation/risk-matrix.test.ts',
    ],
  },
  {
    ref: '6.1.3',
    level: 'feature',
    servedBy: [
      {
        what: 'treatment needs controls; residual risk accepted inside appetite or by management',
        where: 'src/domain/risk/residual-acceptance.ts#checkResidualAcceptance',
      },
      {
        what: 'treatment plan approved and risk accepted, who and when, by the risk owner or AIMS management (only management above appetite)',
        where: 'src/domain/risk/risk-decision.ts#riskDecisionRequirements',
      },
      {
        what: 'only the person recorded as approver or accepter takes the step (Jira expression validator)',
        where: 'src/workflows/provisioning/workflow-payload.ts#recordedPersonOnlyExpression',
      },
      {
        what: 'the Statement of Applicability from the AI Control issues and their risks',
        where: 'src/domain/soa/build-statement-of-applicability.ts#buildStatementOfApplicability',
      },
      {
        what: 'SoA approval bound to its content',
        where: 'src/domain/soa/soa-content-hash.ts#soaContentHash',
      },
    ],
    tests: [
      'test/unit/domain/risk/residual-acceptance.test.ts',
      'test/unit/domain/lifecycle/ai-risk-lifecycle.test.ts',
      'test/integration/jira-automation/risk-workflow.test.ts::above appetite only by an AIMS manager',
      'test/unit/domain/soa/build-statement-of-applicability.test.ts',
      'test/integration/macros/soa-macro.test.ts',
      'test/e2e/soa-macro.e2e.test.ts',
    ],
  },
  {
    ref: '6.1.4',
    level: 'feature',
    servedBy: IMPACT_PROCESS,
    tests: IMPACT_TESTS,
  },
  {
    ref: '6.2',
    level: 'feature',
    servedBy: [
      { what: 'AI Objective records', where: 'src/domain/records/ai-objective.ts' },
      {
        what: 'the objectives the AI policy frames',
        where: 'src/macros/policy/policy-objectives.ts',
      },
      {
        what: "objectives' progress (achieved, overdue) on the AIMS overview, with their JQL",
        where: 'src/overview/overview-jira-reader.ts#readOverviewFigures',
      },
    ],
    tests: [
      'test/unit/domain/records/ai-objective.test.ts',
      'test/integration/macros/policy-macro.test.ts',
      'test/integration/overview/overview.test.ts',
    ],
  },
  {
    ref: '6.3',
    level: 'partly',
    servedBy: [
      {
        what: '10.2 e): a nonconformity that needs the AIMS changed names the change (issue or page)',
        where: 'src/domain/nonconformity/nonconformity-requirements.ts#aimsChangeRequirements',
      },
    ],
    tests: ['test/unit/domain/nonconformity/nonconformity-workflow.test.ts'],
    gap: 'Changes planned outside a nonconformity are ordinary AIMS Actions; there is no planned-change record.',
  },
  {
    ref: '7.1',
    level: 'catalogue only',
    servedBy: [],
    tests: [],
    gap: 'Resources are decided by management; decisions on them are recorded as management review decisions (9.3.3), which become AIMS Actions.',
  },
  {
    ref: '7.2',
    level: 'feature',
    servedBy: [
      {
        what: 'competence requirements per AIMS role, set by an AIMS manager on the overview',
        where: 'src/domain/competence/competence-requirements.ts#competenceRequirementsSchema',
      },
      {
        what: 'gaps: per requirement, the people of the role without a current record for it',
        where: 'src/domain/competence/competence-gaps.ts#competenceGaps',
      },
      {
        what: 'a Competence Record names the requirements it meets in "Competence requirements met", whose options the app keeps in step with the list (ADR 0012)',
        where: 'src/domain/competence/requirement-options.ts#requirementOptionChanges',
      },
      {
        what: 'records still marked with the old label get the option, by one bulk edit per set of options (idempotent)',
        where: 'src/jira/competence-requirement-sync.ts#syncCompetenceRequirements',
      },
      {
        what: 'the gaps as counts, group members and records read as the viewer (management review input d), readiness report, overview)',
        where: 'src/jira/competence-gaps-reader.ts#readCompetenceGaps',
      },
      {
        what: "the record's issue panel: the requirements it meets with their roles, whether it is current, how to fix one meeting none",
        where: 'src/issue-panels/competence-record-panel.ts#buildCompetenceRecordPanel',
      },
      {
        what: '"Competence Record" issue type: person, AIMS role, training or qualification, date, expiry, evidence (its own screen)',
        where: 'src/jira/aims-schema/field-groups.ts#COMPETENCE_RECORD_FIELD_KEYS',
      },
      {
        what: 'expiry opens an AIMS Action (daily scan)',
        where: 'src/automation/competence-expiry-actions.ts#COMPETENCE_EXPIRIES',
      },
      {
        what: 'management review input d): Competence Records expired in the period and expiring within 30 days of the review date, counted by Jira as the viewer, with their JQL',
        where: 'src/macros/review/review-jira-reader.ts#countCompetence',
      },
    ],
    tests: [
      'test/integration/jira-automation/competence-records.test.ts',
      'test/unit/domain/review/build-management-review-inputs.test.ts',
      'test/integration/macros/review-macro.test.ts',
      'test/unit/domain/competence/competence-gaps.test.ts',
      'test/unit/domain/competence/requirement-options.test.ts',
      'test/integration/overview/overview.test.ts',
      'test/integration/issue-panel/competence-record-panel.test.ts',
      'test/e2e/overview.e2e.test.ts',
      'test/e2e/issue-panel.e2e.test.ts',
    ],
  },
  {
    ref: '7.3',
    level: 'partly',
    servedBy: [
      {
        what: '"I have read and understood this version" on the AI policy macro: who acknowledged which approved version and when; the share of the AIMS members group',
        where: 'src/macros/policy/policy-acknowledgement.ts#acknowledgePolicy',
      },
      {
        what: 'only the approved version in force; a new approval starts from nobody',
        where: 'src/domain/policy/policy-acknowledgement.ts#acknowledgementBlockers',
      },
      {
        what: 'management review input d): the acknowledgement share of each registered AI policy in force, read as the viewer (counts only); says so when it finds no policy page',
        where: 'src/macros/review/review-policy-awareness.ts#readPolicyAwareness',
      },
    ],
    tests: [
      'test/unit/domain/policy/policy-acknowledgement.test.ts',
      'test/integration/macros/policy-acknowledgement.test.ts',
      'test/e2e/policy-macro.e2e.test.ts::acknowledges the approved version',
      'test/integration/macros/review-macro.test.ts',
    ],
    gap: "Awareness of the AI policy (7.3 a) is recorded; awareness of one's contribution to the AIMS and of the implications of not conforming (7.3 b, c) is left to training, recorded as Competence Records.",
  },
  {
    ref: '7.4',
    level: 'catalogue only',
    servedBy: [],
    tests: [],
    gap: 'What is communicated, when and to whom is not modelled; the controlled Confluence pages are what is communicated.',
  },
  {
    ref: '7.5.1',
    level: 'feature',
    servedBy: [
      {
        what: 'records are Jira issues and Confluence pages (ADR 0001)',
        where: 'docs/decisions/0001-records-live-in-jira-and-confluence.md',
      },
      {
        what: 'the AIMS records and their validation',
        where: 'src/domain/records/validate-record.ts',
      },
    ],
    tests: [
      'test/unit/domain/records/format-validation-error.test.ts',
      'test/integration/demo-seed.test.ts',
    ],
  },
  {
    ref: '7.5.2',
    level: 'feature',
    servedBy: [
      {
        what: 'identification, review and approval of controlled pages',
        where: 'src/domain/document-control/control-rules.ts#documentControlRules',
      },
      {
        what: 'status of each page version',
        where: 'src/domain/document-control/version-status.ts#documentVersionStatus',
      },
    ],
    tests: [...POLICY_TESTS, 'test/integration/macros/scope-macro.test.ts'],
  },
  {
    ref: '7.5.3',
    level: 'feature',
    servedBy: [
      {
        what: 'approvals bound to a page version and its content',
        where: 'src/domain/document-control/control-record.ts#approvalsOf',
      },
      {
        what: 'held management review records frozen with a hash',
        where: 'src/domain/review/frozen-review-record.ts#verifyFrozenRecord',
      },
      { what: 'access: everything shown is read as the viewer', where: 'src/authorization' },
      {
        what: 'review dates of controlled pages',
        where: 'src/domain/document-control/document-review-dates.ts#isDocumentReviewDue',
      },
      {
        what: 'each evidence item of an AI Control has an effective and a review date; stale evidence is flagged on the SoA, the panel and the overview (ADR 0009)',
        where: 'src/domain/evidence/evidence-currency.ts#evidenceCurrency',
      },
      {
        what: 'evidence whose review date has come opens an AIMS Action (daily scan)',
        where: 'src/automation/evidence-expiry-actions.ts#EVIDENCE_EXPIRIES',
      },
    ],
    tests: [
      'test/unit/domain/evidence/evidence-currency.test.ts',
      'test/integration/jira-automation/evidence-currency.test.ts',
      'test/unit/domain/review/frozen-review-record.test.ts',
      'test/unit/domain/soa/soa-approval.test.ts',
      'test/integration/security/authorization.test.ts',
    ],
  },
  {
    ref: '8.1',
    level: 'partly',
    servedBy: [
      {
        what: 'the processes run as Jira workflows whose validators enforce them',
        where: 'src/workflows/transition-validator.ts',
      },
    ],
    tests: [
      'test/integration/jira-automation/nonconformity-workflow.test.ts',
      'test/integration/jira-automation/risk-workflow.test.ts',
    ],
    gap: 'Externally provided processes (A.10) are SoA rows only.',
  },
  {
    ref: '8.2',
    level: 'feature',
    servedBy: [
      {
        what: 'risk assessments as AI Risk issues with their level',
        where: 'src/domain/risk/assess-risk.ts#assessRisk',
      },
      {
        what: 'a reassessment date on every assessed risk; the daily scan opens an AIMS Action when it falls due',
        where: 'src/automation/risk-reassessment-actions.ts#RISK_REASSESSMENTS',
      },
    ],
    tests: [
      'test/integration/jira-automation/risk-workflow.test.ts',
      'test/integration/jira-automation/risk-reassessment.test.ts',
    ],
  },
  {
    ref: '8.3',
    level: 'feature',
    servedBy: [
      {
        what: 'the treatment step needs linked controls and an approved plan',
        where: 'src/domain/lifecycle/ai-risk-lifecycle.ts#treatmentNeedsControls',
      },
      {
        what: 'treatment approval and residual risk acceptance, who and when',
        where: 'src/domain/risk/risk-decision.ts#riskDecisionRequirements',
      },
    ],
    tests: [
      'test/unit/domain/lifecycle/ai-risk-lifecycle.test.ts',
      'test/integration/jira-automation/risk-workflow.test.ts::the treatment plan is approved by the risk owner',
    ],
  },
  {
    ref: '8.4',
    level: 'feature',
    servedBy: [
      ...IMPACT_PROCESS,
      {
        what: 'an AI system goes into operation only with a completed assessment and an assessed risk',
        where: 'src/domain/ai-system/ai-system-lifecycle.ts#operationRequirements',
      },
    ],
    tests: [...IMPACT_TESTS, ...INVENTORY_TESTS],
  },
  {
    ref: '9.1',
    level: 'feature',
    servedBy: [
      {
        what: 'the AIMS overview (Jira global page): the measures, each with the JQL that gives it, read as the viewer; trends over four quarters',
        where: 'src/overview/overview-jira-reader.ts',
      },
      {
        what: 'the monitoring register: what is measured, how, how often, by whom, target, results (kept by AIMS managers)',
        where: 'src/domain/overview/monitoring-register.ts#kpiDefinitionSchema',
      },
      {
        what: "the register's latest results are input 9.3.2 d) 2) of the management review",
        where: 'src/domain/overview/monitoring-register.ts#latestKpiResults',
      },
      {
        what: 'monthly trends of tracked items for the management review',
        where: 'src/domain/review/tracked-item-trends.ts#trackedItemTrends',
      },
      {
        what: 'overdue AIMS work labelled daily',
        where: 'src/automation/overdue-labels.ts#overduePass',
      },
      {
        what: '"Certification readiness report" macro: each item an auditor starts from (scope, policy, SoA, risks, impact assessments, nonconformities, audit coverage, management review, competence, external findings) pass / attention / fail with its proof, read as the viewer; Stage 1 / Stage 2 dates',
        where: 'src/macros/readiness/readiness-view.ts#loadReadinessView',
      },
      {
        what: 'the pass / attention / fail criteria of each readiness item',
        where: 'src/domain/readiness/evaluation-readiness.ts#nonconformityReadiness',
      },
    ],
    tests: [
      'test/integration/overview/overview.test.ts',
      'test/e2e/overview.e2e.test.ts',
      'test/unit/domain/readiness/readiness-rules.test.ts',
      'test/integration/macros/readiness-macro.test.ts',
      'test/e2e/readiness-macro.e2e.test.ts',
      'test/integration/jira-automation/overdue-scan-in-parts.test.ts',
      'test/unit/domain/review/build-management-review-inputs.test.ts',
    ],
  },
  {
    ref: '9.2.1',
    level: 'feature',
    servedBy: [
      {
        what: 'audit findings and what each grade needs before it moves on',
        where: 'src/domain/nonconformity/audit-finding-requirements.ts#auditFindingRequirements',
      },
      {
        what: 'a graded finding raises exactly one linked nonconformity',
        where: 'src/automation/finding-nonconformity-raiser.ts#raiseNonconformityForFinding',
      },
      {
        what: 'findings imported from CSV or a signed webhook',
        where: 'src/findings/findings-import.ts#importFindings',
      },
      {
        what: 'findings of the external (certification) audit imported with that source; their nonconformity carries it',
        where: 'src/domain/records/audit-finding.ts#findingSourceOf',
      },
    ],
    tests: [
      'test/integration/macros/readiness-macro.test.ts::external audit',
      'test/integration/jira-automation/audit-finding-automation.test.ts',
      'test/integration/jira-automation/findings-import.test.ts',
      'test/unit/findings/findings-import.test.ts',
    ],
  },
  {
    ref: '9.2.2',
    level: 'feature',
    servedBy: [
      {
        what: 'an Audit starts only with objectives, scope and criteria, cycle, covered requirements, a lead auditor who is not the auditee; closes only with its report',
        where: 'src/domain/audit-programme/audit-requirements.ts#auditRequirements',
      },
      {
        what: 'the coverage of a cycle: which clauses and controls were audited, planned, not covered',
        where: 'src/domain/audit-programme/audit-coverage.ts#cycleCoverage',
      },
      {
        what: '"Internal audit programme" macro: frequency, methods, responsibilities and coverage, read as the viewer',
        where: 'src/macros/audit-programme/audit-programme-view.ts#loadAuditProgrammeView',
      },
    ],
    tests: [
      'test/unit/domain/audit-programme/audit-requirements.test.ts',
      'test/integration/jira-automation/audit-programme.test.ts',
      'test/integration/macros/audit-programme-macro.test.ts',
      'test/e2e/audit-programme-macro.e2e.test.ts',
    ],
  },
  {
    ref: '9.3.1',
    level: 'feature',
    servedBy: [
      {
        what: 'management review pages, held and frozen',
        where: 'src/domain/review/frozen-review-record.ts#freezeReviewRecord',
      },
    ],
    tests: [...REVIEW_TESTS, 'test/unit/domain/review/frozen-review-record.test.ts'],
  },
  {
    ref: '9.3.2',
    level: 'feature',
    servedBy: [
      {
        what: 'inputs a)–g) from Jira, read as the viewer',
        where: 'src/domain/review/build-management-review-inputs.ts#buildManagementReviewInputs',
      },
      {
        what: 'b) and c): changes of the scope and context since the last review',
        where: 'src/domain/scope/scope-context-changes.ts#scopeContextChanges',
      },
      {
        what: 'd): the AI incidents of the period (reported, breached a requirement, open), counted by Jira',
        where: 'src/macros/review/review-jira-reader.ts#countIncidents',
      },
    ],
    tests: [...REVIEW_TESTS, 'test/integration/macros/scope-review-inputs.test.ts'],
  },
  {
    ref: '9.3.3',
    level: 'feature',
    servedBy: [
      {
        what: 'decisions become AIMS Actions linked back to the review',
        where: 'src/macros/review/review-decision-action.ts#ensureDecisionAction',
      },
    ],
    tests: [
      'test/unit/macros/review/review-decision-action.test.ts',
      'test/integration/macros/review-macro.test.ts',
    ],
  },
  {
    ref: '10.1',
    level: 'partly',
    servedBy: [
      {
        what: 'opportunities for improvement as a management review input',
        where: 'src/domain/review/build-management-review-inputs.ts#ImprovementOpportunity',
      },
    ],
    tests: ['test/unit/domain/review/build-management-review-inputs.test.ts'],
    gap: 'Continual improvement is shown through the 10.2 loop and review decisions; there is no separate improvement register.',
  },
  {
    ref: '10.2',
    level: 'feature',
    servedBy: [
      {
        what: 'a recurrence of a closed nonconformity ("AIMS Recurrence" link): cause analysis refuses "none exist" for it; the earlier one\'s panel puts its verdict in question',
        where: 'src/domain/nonconformity/nonconformity-recurrence.ts#recurrenceVerdictNote',
      },
      {
        what: 'a) react, b) causes and similar nonconformities, c) implement, d) effectiveness by someone else, e) change the AIMS',
        where: 'src/domain/nonconformity/nonconformity-requirements.ts#effectivenessRequirements',
      },
      {
        what: "Jira's validator calls the domain's guards",
        where: 'src/workflows/transition-validator.ts',
      },
      {
        what: 'nonconformities and findings move forward together',
        where: 'src/automation/nonconformity-progression.ts#progressNonconformitiesOf',
      },
      { what: 'the issue panel: where it stands, what is missing', where: 'src/issue-panels' },
      {
        what: 'an audit finding or an AI incident that breached a requirement raises one linked Nonconformity (source Incident), whatever the deliveries',
        where: 'src/automation/nonconformity-raiser.ts#raiseNonconformityOnce',
      },
    ],
    tests: [
      'test/integration/jira-automation/nonconformity-recurrence.test.ts',
      'test/unit/domain/nonconformity/nonconformity-recurrence.test.ts',
      ...NC_TESTS,
      'test/integration/issue-panel/issue-panel.test.ts',
      'test/integration/jira-automation/audit-finding-automation.test.ts',
      'test/integration/jira-automation/ai-incident-workflow.test.ts::exactly one linked Nonconformity',
    ],
  },
  {
    ref: 'A.2.2',
    level: 'feature',
    servedBy: [{ what: 'the AI policy macro under document control', where: 'src/macros/policy' }],
    tests: POLICY_TESTS,
  },
  {
    ref: 'A.2.4',
    level: 'feature',
    servedBy: [
      {
        what: 'review dates of the policy',
        where: 'src/domain/document-control/document-review-dates.ts#isDocumentReviewDue',
      },
      {
        what: 'a due policy review opens one AIMS Action',
        where: 'src/automation/policy-review-actions.ts#policyReviewPass',
      },
    ],
    tests: [
      'test/unit/domain/policy/policy-review-dates.test.ts',
      'test/integration/jira-automation/overdue-and-provisioning.test.ts',
    ],
  },
  {
    ref: 'A.3.2',
    level: 'partly',
    servedBy: [
      {
        what: 'AIMS roles → Jira groups; writes checked by role',
        where: 'src/domain/authorization/aims-roles.ts#AIMS_ROLE_DEFINITIONS',
      },
    ],
    tests: ['test/integration/security/authorization.test.ts'],
    gap: 'Roles for AI systems (owner, oversight) are not recorded per system yet.',
  },
  {
    ref: 'A.3.3',
    level: 'partly',
    servedBy: [
      {
        what: 'the "AI Incident" type records concerns as well as incidents: who reported it, how it came to light',
        where: 'src/jira/aims-schema/fields.ts#incidentReportedBy',
      },
      {
        what: 'investigating needs the report complete; concluding needs the answers',
        where: 'src/domain/incident/incident-lifecycle.ts#investigationRequirements',
      },
    ],
    tests: INCIDENT_TESTS,
    gap: 'Anonymous reporting and the protection of whoever reports are left to the organization’s own channels: the record names the reporter.',
  },
  {
    ref: 'A.4.6',
    level: 'feature',
    servedBy: [
      {
        what: '"Competence Record" per person and AIMS role, with evidence and expiry',
        where: 'src/jira/aims-schema/issue-types.ts#competenceRecord',
      },
      {
        what: 'expiry opens an AIMS Action (daily scan)',
        where: 'src/automation/competence-expiry-actions.ts#COMPETENCE_EXPIRIES',
      },
      {
        what: 'the competences each AIMS role needs, and the people lacking them, in the management review',
        where: 'src/domain/competence/competence-gaps.ts#competenceGaps',
      },
      {
        what: 'which requirements a record meets, picked from options the app keeps in step',
        where: 'src/domain/competence/requirement-options.ts#requirementOptionChanges',
      },
    ],
    tests: [
      'test/integration/jira-automation/competence-records.test.ts',
      'test/unit/domain/competence/competence-gaps.test.ts',
      'test/unit/domain/competence/requirement-options.test.ts',
      'test/integration/overview/overview.test.ts',
      'test/integration/issue-panel/competence-record-panel.test.ts',
    ],
  },
  {
    ref: 'A.5.2',
    level: 'feature',
    servedBy: IMPACT_PROCESS,
    tests: IMPACT_TESTS,
  },
  {
    ref: 'A.5.3',
    level: 'feature',
    servedBy: [
      {
        what: 'the assessment is an issue of its own, linked to its AI system and the risks it informs',
        where: 'src/domain/records/impact-assessment.ts#impactAssessmentSchema',
      },
    ],
    tests: IMPACT_TESTS,
  },
  {
    ref: 'A.5.4',
    level: 'feature',
    servedBy: IMPACT_PROCESS.slice(0, 2),
    tests: IMPACT_TESTS,
  },
  {
    ref: 'A.5.5',
    level: 'feature',
    servedBy: IMPACT_PROCESS.slice(0, 2),
    tests: IMPACT_TESTS,
  },
  {
    ref: 'A.9.4',
    level: 'feature',
    servedBy: [
      {
        what: 'intended use recorded on each AI System',
        where: 'src/domain/records/ai-system.ts#aiSystemSchema',
      },
      {
        what: 'a change of intended use reopens its impact assessments',
        where: 'src/domain/ai-system/significant-change.ts#significantChangeReason',
      },
    ],
    tests: [...INVENTORY_TESTS, ...IMPACT_TESTS],
  },
  {
    ref: 'A.8.3',
    level: 'partly',
    servedBy: [
      {
        what: 'each AI System records how interested parties report its adverse impacts ("Adverse impact reporting"); it cannot go into operation without it',
        where: 'src/domain/ai-system/ai-system-lifecycle.ts#operationRequirements',
      },
      {
        what: 'what is reported arrives as an AI Incident or concern, with who reported it and how it came (user or customer report, authority)',
        where: 'src/jira/aims-schema/field-options.ts#INCIDENT_DETECTION_OPTIONS',
      },
    ],
    tests: [...INVENTORY_TESTS, 'test/integration/issue-panel/issue-panel.test.ts'],
    gap: "The reporting channel itself (a form, a mailbox) is the organization's; the app records it per AI system, enforces that one is named before operation, and records the reports as AI Incidents.",
  },
  {
    ref: 'A.8.4',
    level: 'partly',
    servedBy: [
      {
        what: 'each AI incident: severity, AI system affected, individuals affected, how detected',
        where: 'src/jira/aims-schema/field-groups.ts#AI_INCIDENT_REPORT_FIELD_KEYS',
      },
      {
        what: 'concluding refuses until it says whether the incident is reported outside the organization and to whom',
        where: 'src/domain/incident/incident-lifecycle.ts#conclusionRequirements',
      },
      {
        what: 'the issue panel: where the incident stands, what is missing, the Nonconformity raised',
        where: 'src/issue-panels/incident-panel.ts#buildIncidentPanel',
      },
    ],
    tests: INCIDENT_TESTS,
    gap: 'The plan for communicating incidents to users is a document the app does not hold; each incident records and enforces whether and to whom it is communicated.',
  },
  {
    ref: 'A.8.5',
    level: 'partly',
    servedBy: [
      {
        what: '"External reporting needed" and "Reported externally to" on every incident, required to conclude it',
        where: 'src/domain/incident/incident-lifecycle.ts#conclusionRequirements',
      },
    ],
    tests: INCIDENT_TESTS,
    gap: 'Reporting obligations are recorded per incident; a register of the obligations per AI system and interested party is not kept.',
  },
];
