/**
 * What serves each clause 4–10 sub-clause and each Annex A control, and the tests that prove it.
 * `scripts/generate-traceability.ts` turns this into docs/traceability.md; a unit test fails when a
 * path, symbol or test named here no longer exists, when a requirement of the catalogue has no row,
 * or when the committed doc is stale. Annex A controls without an entry are "soa row": decided and
 * evidenced in the Statement of Applicability, with no process of their own in the app.
 * The issue types' own clauses (src/jira/aims-schema/issue-types.ts) are added by the generator.
 */
import type { TraceEntry } from './trace-entry';

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
const POLICY_TESTS = [
  'test/unit/domain/policy/policy-control-rules.test.ts',
  'test/integration/macros/policy-macro.test.ts',
  'test/e2e/policy-macro.e2e.test.ts',
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
    ],
    tests: [...SCOPE_TESTS, 'test/integration/macros/large-site-lists.test.ts'],
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
    level: 'partly',
    servedBy: [
      {
        what: 'risk criteria: a 3×3…5×5 matrix, bands and appetite',
        where: 'src/domain/risk/risk-matrix-config.ts',
      },
    ],
    tests: [
      'test/unit/domain/risk/risk-matrix-config.test.ts',
      'test/unit/domain/risk/risk-matrix.property.test.ts',
    ],
    gap: 'The matrix is configurable in the domain but every caller still uses the default one; setting it on the admin page is not built yet.',
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
    ],
    tests: [
      'test/unit/domain/risk/assess-risk.test.ts',
      'test/unit/domain/lifecycle/ai-risk-lifecycle.test.ts',
      'test/integration/jira-automation/risk-workflow.test.ts',
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
      'test/unit/domain/soa/build-statement-of-applicability.test.ts',
      'test/integration/macros/soa-macro.test.ts',
      'test/e2e/soa-macro.e2e.test.ts',
    ],
  },
  {
    ref: '6.1.4',
    level: 'partly',
    servedBy: [
      {
        what: 'the impact assessment record: consequences for individuals, groups, societies, misuse',
        where: 'src/domain/records/impact-assessment.ts',
      },
    ],
    tests: ['test/unit/domain/records/impact-assessment.test.ts'],
    gap: 'The Impact Assessment issue type has no guarded workflow yet.',
  },
  {
    ref: '6.2',
    level: 'partly',
    servedBy: [
      { what: 'AI Objective records', where: 'src/domain/records/ai-objective.ts' },
      {
        what: 'the objectives the AI policy frames',
        where: 'src/macros/policy/policy-objectives.ts',
      },
    ],
    tests: [
      'test/unit/domain/records/ai-objective.test.ts',
      'test/integration/macros/policy-macro.test.ts',
    ],
    gap: "Objectives' progress is not measured yet (the 9.1 overview).",
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
    level: 'catalogue only',
    servedBy: [],
    tests: [],
    gap: 'Competence requirements and records per person are not built yet.',
  },
  {
    ref: '7.3',
    level: 'catalogue only',
    servedBy: [],
    tests: [],
    gap: 'Acknowledgement of the AI policy ("I have read and understood this version") is not built yet.',
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
    ],
    tests: [
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
    level: 'partly',
    servedBy: [
      {
        what: 'risk assessments as AI Risk issues with their level',
        where: 'src/domain/risk/assess-risk.ts#assessRisk',
      },
    ],
    tests: ['test/integration/jira-automation/risk-workflow.test.ts'],
    gap: 'Reassessment at planned intervals (a reassessment date raising an action) is not built yet.',
  },
  {
    ref: '8.3',
    level: 'feature',
    servedBy: [
      {
        what: 'the treatment step needs linked controls',
        where: 'src/domain/lifecycle/ai-risk-lifecycle.ts#treatmentNeedsControls',
      },
      {
        what: 'residual risk acceptance',
        where: 'src/domain/risk/residual-acceptance.ts#checkResidualAcceptance',
      },
    ],
    tests: [
      'test/unit/domain/lifecycle/ai-risk-lifecycle.test.ts',
      'test/integration/jira-automation/risk-workflow.test.ts',
    ],
  },
  {
    ref: '8.4',
    level: 'partly',
    servedBy: [
      { what: 'the impact assessment record', where: 'src/domain/records/impact-assessment.ts' },
    ],
    tests: ['test/unit/domain/records/impact-assessment.test.ts'],
    gap: 'Reassessment on significant change and at its review date is not built yet.',
  },
  {
    ref: '9.1',
    level: 'partly',
    servedBy: [
      {
        what: 'monthly trends of tracked items for the management review',
        where: 'src/domain/review/tracked-item-trends.ts#trackedItemTrends',
      },
      {
        what: 'overdue AIMS work labelled daily',
        where: 'src/automation/overdue-labels.ts#overduePass',
      },
    ],
    tests: [
      'test/integration/jira-automation/overdue-scan-in-parts.test.ts',
      'test/unit/domain/review/build-management-review-inputs.test.ts',
    ],
    gap: 'The AIMS overview and the monitoring register (what is measured, how, when, by whom) are not built yet.',
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
    ],
    tests: [
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
    ],
    tests: [...NC_TESTS, 'test/integration/issue-panel/issue-panel.test.ts'],
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
    ref: 'A.5.2',
    level: 'partly',
    servedBy: [
      { what: 'the impact assessment record', where: 'src/domain/records/impact-assessment.ts' },
    ],
    tests: ['test/unit/domain/records/impact-assessment.test.ts'],
    gap: 'The impact assessment process (guarded workflow, reassessment) is not built yet.',
  },
];
