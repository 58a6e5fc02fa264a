/**
 * Statement of Applicability decisions on the AI Control issues the app created (one per Annex A
 * control): applicability, our own justification, implementation status and an owner.
 * Demo phase 3 records them all, DEMO_SOA_DECISIONS (the ones the SoA page's approval story
 * starts from) and DEMO_CONTROL_DECISIONS, well before the manager approves the SoA (Jira's search
 * has caught up by then); the SoA page's own seed records any still missing when it runs alone.
 * Together they decide every Annex A control with its justification, and every implemented control
 * shows its evidence: the SoA can only be approved so (6.1.3 d). What is left is implementation
 * work (controls planned or in progress).
 */
import type { DemoJira } from './demo-jira';
import type { DemoLogin } from './demo-rest';
import { demoUser } from './demo-rest';
import { daysFromNow } from './demo-dates';

type Status = 'Not started' | 'Planned' | 'In progress' | 'Implemented';
export type Decision = readonly [
  ref: string,
  applicability: 'Included' | 'Excluded',
  justification?: string,
  status?: Status,
  owner?: DemoLogin,
  evidence?: string,
];

/** The decisions the SoA page's story starts from (approved, then one changes in Jira). */
export const DEMO_SOA_DECISIONS: readonly Decision[] = [
  [
    'A.2.2',
    'Included',
    'Clause 5.2 needs an AI policy; ours is the "AI Policy" page.',
    'Implemented',
    'manager',
    '2026-06-30 AI Policy approved at page version 1',
  ],
  [
    'A.2.3',
    'Included',
    'The AI policy must agree with our security and privacy policies.',
    'In progress',
    'manager',
  ],
  [
    'A.2.4',
    'Included',
    'Yearly policy review, tracked by the app.',
    'Implemented',
    'manager',
    "2026-07-01 Policy review scheduled in the AI Policy page's review date",
  ],
  [
    'A.3.2',
    'Included',
    'Roles are assigned per AI system.',
    'Implemented',
    'admin',
    'Roles listed on each AI System issue (owner, developer, reviewer)',
  ],
  ['A.3.3', 'Included', 'Staff report concerns through the AIMS project.', 'Planned', 'admin'],
  [
    'A.5.2',
    'Included',
    'Impact assessments for every AI system in scope.',
    'In progress',
    'manager',
  ],
  [
    'A.6.2.4',
    'Included',
    'Credit models must be validated before release.',
    'In progress',
    'manager',
    // Stale evidence (7.5): its review date has passed, so the daily scan opens an AIMS Action.
    `${daysFromNow(-380)}/${daysFromNow(-15)} Validation report https://docs.example.com/aims/validation-2025.pdf`,
  ],
  ['A.6.2.8', 'Included', 'Event logs are needed to investigate incidents.', 'Planned', 'admin'],
  [
    'A.7.4',
    'Included',
    'Each model card records the quality requirements its data must meet.',
    'Not started',
    'admin',
  ],
  ['A.10.4', 'Excluded', 'We provide no AI system to customers; we only use AI internally.'],
];

export const DEMO_CONTROL_DECISIONS: readonly Decision[] = [
  [
    'A.4.2',
    'Included',
    'Each AI System issue lists the resources the system needs.',
    'Implemented',
    'manager',
    'Resource lists on the three AI System issues, reviewed in October.',
  ],
  [
    'A.4.3',
    'Included',
    'The data sets used by the credit and CV models are inventoried.',
    'In progress',
    'admin',
  ],
  [
    'A.4.4',
    'Included',
    'ML tooling is on the approved software list.',
    'Implemented',
    'admin',
    'Approved software list, revision 12.',
  ],
  [
    'A.4.5',
    'Included',
    'Model training and scoring run on the cloud capacity the platform team plans each quarter.',
    'In progress',
    'admin',
  ],
  [
    'A.4.6',
    'Included',
    'Named data scientists and reviewers per system; HR keeps the skills matrix.',
    'Implemented',
    'manager',
    'Skills matrix kept by HR, revision 2026-09',
  ],
  [
    'A.5.3',
    'Included',
    'Impact assessments are kept as AI Impact Assessment issues.',
    'Implemented',
    'manager',
    'The AI Impact Assessment issues of the three AI systems',
  ],
  [
    'A.5.4',
    'Included',
    'Credit and hiring decisions affect individuals directly.',
    'In progress',
    'manager',
  ],
  [
    'A.5.5',
    'Included',
    'Societal effects of automated credit and hiring decisions are reviewed yearly.',
    'Planned',
    'manager',
  ],
  [
    'A.6.1.2',
    'Included',
    'Objectives for responsible development are set for the credit model we build.',
    'In progress',
    'admin',
  ],
  [
    'A.6.1.3',
    'Excluded',
    'We design no AI system from scratch besides the credit model, whose life cycle is covered by the A.6.2 controls.',
  ],
  [
    'A.6.2.2',
    'Included',
    'Requirements are written and approved before each model release.',
    'Implemented',
    'admin',
    'Requirements sign-off for credit model 4.3',
  ],
  [
    'A.6.2.3',
    'Included',
    'Design decisions are recorded in the model repository.',
    'In progress',
    'admin',
  ],
  [
    'A.6.2.5',
    'Included',
    'Deployment follows the release checklist with a named sign-off.',
    'Implemented',
    'admin',
    'Release checklist signed for credit model 4.3.',
  ],
  [
    'A.6.2.6',
    'Included',
    'Drift and complaint monitoring run weekly for all three systems.',
    'In progress',
    'manager',
  ],
  [
    'A.6.2.7',
    'Included',
    'Technical documentation is kept for supervisors and auditors.',
    'Planned',
    'admin',
  ],
  [
    'A.7.2',
    'Included',
    'Training data needs are defined for each model.',
    'Implemented',
    'admin',
    'Data requirements section of each model card',
  ],
  [
    'A.7.3',
    'Included',
    'Data is acquired only from vetted suppliers under contract.',
    'Implemented',
    'admin',
    'Supplier contracts with data clauses, register revision 7',
  ],
  [
    'A.7.5',
    'Included',
    'Provenance of the CV training data must be recorded (audit finding).',
    'Not started',
    'admin',
  ],
  [
    'A.7.6',
    'Included',
    'Data preparation steps are scripted and peer reviewed.',
    'In progress',
    'admin',
  ],
  [
    'A.8.2',
    'Included',
    'Users get a plain-language notice about each AI system.',
    'In progress',
    'manager',
  ],
  [
    'A.8.3',
    'Included',
    'Users and applicants can report adverse impacts through the complaint form.',
    'Planned',
    'manager',
  ],
  [
    'A.8.4',
    'Included',
    'AI incidents are reported to affected users within 72 hours.',
    'Planned',
    'manager',
  ],
  [
    'A.8.5',
    'Included',
    'Interested parties find our AI statement on the website.',
    'Implemented',
    'manager',
    'AI statement https://www.example.com/ai-statement',
  ],
  [
    'A.9.2',
    'Included',
    'Staff who use AI outputs follow the responsible-use procedure.',
    'In progress',
    'manager',
  ],
  [
    'A.9.3',
    'Included',
    'Objectives for responsible use are among the AI objectives.',
    'Implemented',
    'manager',
    'The AI Objective issues on responsible use',
  ],
  [
    'A.9.4',
    'Included',
    'Each system states its intended use; audits check it.',
    'Implemented',
    'manager',
    'Intended-use statement on each AI System issue',
  ],
  [
    'A.10.2',
    'Included',
    'Supplier contracts split AIMS responsibilities between us and each supplier.',
    'Planned',
    'manager',
  ],
  [
    'A.10.3',
    'Included',
    'The chatbot and the CV assistant are bought from suppliers.',
    'In progress',
    'manager',
  ],
];

export interface DemoControl {
  key: string;
  /** Whether its applicability is set. */
  decided: boolean;
}

/** The AI Control issues by their "ISO 42001 reference" ('ISO42001:A.6.2.4', 'ORG:…'). */
export async function aiControls(jira: DemoJira): Promise<Map<string, DemoControl>> {
  const refField = jira.fieldId('isoReference');
  const applicability = jira.fieldId('applicability');
  const hits = await jira.search('project = "AIMS" AND issuetype = "AI Control" ORDER BY key', [
    refField,
    applicability,
  ]);
  return new Map(
    hits.map((hit) => [
      String(hit.fields[refField] ?? ''),
      {
        key: hit.key,
        decided: hit.fields[applicability] !== null && hit.fields[applicability] !== undefined,
      },
    ]),
  );
}

/** Annex A id ('A.6.2.4') → AI Control issue key, from the controls' "ISO 42001 reference". */
export async function controlKeys(jira: DemoJira): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [ref, control] of await aiControls(jira)) {
    if (ref !== '') out.set(ref.replace(/^ISO42001:/, ''), control.key);
  }
  return out;
}

/** Records a decision on a control as `login`; the owner becomes the assignee. */
export async function recordDecision(
  jira: DemoJira,
  login: DemoLogin,
  key: string,
  [, applicability, justification, status, owner, evidence]: Decision,
): Promise<void> {
  await jira.edit(
    login,
    key,
    { applicability, justification, implementationStatus: status, evidence },
    owner ? { assignee: { accountId: demoUser(owner).accountId } } : {},
  );
}

export async function seedControlDecisions(
  jira: DemoJira,
  controls: ReadonlyMap<string, string>,
): Promise<number> {
  let decided = 0;
  for (const decision of [...DEMO_SOA_DECISIONS, ...DEMO_CONTROL_DECISIONS]) {
    const [ref, , , , owner] = decision;
    const key = controls.get(ref);
    if (!key) continue;
    await recordDecision(jira, owner ?? 'manager', key, decision);
    decided += 1;
  }
  return decided;
}
