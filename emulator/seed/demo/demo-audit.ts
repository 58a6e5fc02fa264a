/**
 * Demo phase 4: an internal audit (9.2) by the auditor with findings of every grade. The app
 * raises a Nonconformity for each major or minor nonconformity finding by itself; this phase
 * waits for that and returns the raised Nonconformities (it fails if the app raised none).
 */
import type { DemoJira } from './demo-jira';
import { demoRest } from './demo-rest';

export type FindingId =
  'validation' | 'incidentComms' | 'provenance' | 'policySignOff' | 'eventLogs' | 'misuseTemplate';

interface DemoFinding {
  id: FindingId;
  summary: string;
  grade:
    'Major nonconformity' | 'Minor nonconformity' | 'Observation' | 'Opportunity for improvement';
  reference: string;
  text: string;
}

export const DEMO_FINDINGS: readonly DemoFinding[] = [
  {
    id: 'validation',
    grade: 'Major nonconformity',
    reference: 'ISO42001:A.6.2.4',
    summary: 'Credit model 4.2 released without a validation record',
    text: 'Release 4.2 went live on 3 September; no validation report or sign-off could be shown.',
  },
  {
    id: 'incidentComms',
    grade: 'Minor nonconformity',
    reference: 'ISO42001:A.8.4',
    summary: 'Chatbot incident not communicated to affected customers',
    text: 'The August outage of the chatbot gave wrong answers for two days; affected customers were not told.',
  },
  {
    id: 'provenance',
    grade: 'Major nonconformity',
    reference: 'ISO42001:A.7.5',
    summary: 'No provenance for the CV screening training data',
    text: 'The supplier could not say where 40% of the training CVs came from.',
  },
  {
    id: 'policySignOff',
    grade: 'Minor nonconformity',
    reference: 'ISO42001:A.2.4',
    summary: 'AI policy review of June has no recorded sign-off',
    text: 'The June review happened (minutes exist) but nobody approved the outcome.',
  },
  {
    id: 'eventLogs',
    grade: 'Observation',
    reference: 'ISO42001:A.6.2.8',
    summary: 'Event log retention for the chatbot is not defined yet',
    text: 'Logs are kept, but for how long is not decided; this could become a problem for incident investigations.',
  },
  {
    id: 'misuseTemplate',
    grade: 'Opportunity for improvement',
    reference: 'ISO42001:A.5.2',
    summary: 'Impact assessment template could prompt for misuse examples',
    text: 'Assessors would find foreseeable misuse easier with a few worked examples in the template.',
  },
];

export interface DemoAudit {
  audit: string;
  /** The earlier audit of the cycle, closed with its report. */
  closedAudit: string;
  findings: Map<FindingId, string>;
  /** Nonconformities the app raised, by the finding that raised them. */
  raised: Map<FindingId, string>;
}

/**
 * The first audit of the 2026 programme, done and closed with its report: context, leadership and
 * management review (so the programme shows what one audit covered).
 */
export async function seedClosedAudit(jira: DemoJira): Promise<string> {
  const audit = await jira.create(
    'auditor',
    'AIMS Audit',
    'Internal audit 2026-Q1: context, leadership and management review',
    {
      auditObjectives:
        'Establish whether the AIMS scope, policy, roles and management review meet clauses 4, 5 and 9.3.',
      auditScope: 'Scope: the AIMS as a whole.\n\nCriteria: ISO/IEC 42001 clauses 4, 5 and 9.3.',
      auditCycle: '2026',
      auditCoverage: '4, 5, 9.3, A.2',
      leadAuditor: { user: 'auditor' },
      auditee: { user: 'manager' },
    },
    { duedate: '2026-03-31' },
  );
  await jira.transition('auditor', audit, 'Start fieldwork');
  await jira.transition('auditor', audit, 'Report results');
  await jira.edit('auditor', audit, {
    auditReport: 'https://wiki.example.com/aims/audit-report-2026-q1',
  });
  await jira.transition('auditor', audit, 'Close audit');
  return audit;
}

export async function seedAudit(jira: DemoJira, settle: () => Promise<void>): Promise<DemoAudit> {
  const closed = await seedClosedAudit(jira);
  const audit = await jira.create(
    'auditor',
    'AIMS Audit',
    'Internal audit 2026-Q3: AI system life cycle and data',
    {
      auditScope:
        'Scope: credit scoring model, customer support chatbot, CV screening assistant.\n\nCriteria: ISO/IEC 42001 clauses 6.1, 8 and 10.2; Annex A controls A.2, A.5 to A.8.',
      auditObjectives:
        'Establish whether the AI system life cycle and data controls are implemented as the SoA says, and whether nonconformities are handled as 10.2 requires.',
      auditCycle: '2026',
      auditCoverage: '6.1, 8, 10.2, A.2, A.5, A.6, A.7, A.8',
      leadAuditor: { user: 'auditor' },
      auditee: { user: 'manager' },
    },
    { duedate: '2026-09-30' },
  );
  await jira.transition('auditor', audit, 'Start fieldwork');
  const findings = new Map<FindingId, string>();
  for (const f of DEMO_FINDINGS) {
    const key = await jira.create(
      'auditor',
      'Audit Finding',
      f.summary,
      { findingGrade: f.grade, isoReference: f.reference },
      {
        description: {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: f.text }] }],
        },
      },
    );
    await jira.link('auditor', 'AIMS Found In', key, audit);
    findings.set(f.id, key);
  }
  await jira.transition('auditor', audit, 'Report results');
  await settle();
  const raised = new Map<FindingId, string>();
  for (const f of DEMO_FINDINGS) {
    if (f.grade !== 'Major nonconformity' && f.grade !== 'Minor nonconformity') continue;
    const key = findings.get(f.id) ?? '';
    const nc = await raisedBy(jira, key);
    if (!nc)
      throw new Error(
        `The app raised no Nonconformity for ${key} (${f.grade}): is its issue-event automation running?`,
      );
    raised.set(f.id, nc);
  }
  return { audit, closedAudit: closed, findings, raised };
}

/** The Nonconformity a finding raises ('AIMS Raises' link from the finding). */
export async function raisedBy(jira: DemoJira, findingKey: string): Promise<string | undefined> {
  const issue = await demoRest<{
    fields: { issuelinks?: { type: { name?: string }; outwardIssue?: { key: string } }[] };
  }>(jira.site, 'admin', 'GET', `/rest/api/3/issue/${findingKey}?fields=issuelinks`);
  return (issue.fields.issuelinks ?? []).find(
    (l) => l.type.name === 'AIMS Raises' && l.outwardIssue,
  )?.outwardIssue?.key;
}
