/**
 * The impact assessment of each demo AI system (6.1.4, 8.4, A.5): written in phase 1, completed
 * once the risks they inform exist. The credit scoring one is current; the chatbot's was completed
 * a year ago and is due for review; the CV screening one is still being assessed. The two systems
 * with a completed assessment and an assessed risk then go into operation.
 */
import { daysFromNow } from './demo-dates';
import type { DemoJira } from './demo-jira';
import type { DemoSystems } from './demo-systems';

type SystemId = keyof DemoSystems;

interface DemoAssessment {
  system: SystemId;
  summary: string;
  individuals: string;
  groups: string;
  societal: string;
  misuse: string;
  context: string;
  /** Days from now of the assessment and of its next review; none while still in assessment. */
  dates?: { assessed: number; nextReview: number };
}

const ASSESSMENTS: readonly DemoAssessment[] = [
  {
    system: 'creditScoring',
    summary: 'Impact assessment: Credit scoring model 2026',
    individuals:
      'A wrong score can deny credit or raise its price for an applicant; thin-file applicants are most exposed.',
    groups: 'Young applicants and recent migrants have short credit histories and score lower.',
    societal: 'Systematic bias could reduce access to credit for whole neighbourhoods.',
    misuse: 'Using the score for marketing or for employment checks, which it was not built for.',
    context:
      'Consumer lending in Germany and Austria; GDPR, consumer credit law and the EU AI Act.',
    dates: { assessed: -40, nextReview: 325 },
  },
  {
    system: 'chatbot',
    summary: 'Impact assessment: Customer support chatbot',
    individuals: 'Customers may act on a wrong answer about refunds, fees or their data.',
    groups: 'Customers less at ease with written German get worse answers.',
    societal: 'Low: the chatbot gives information and takes no decisions.',
    misuse:
      'Customers trying to make it reveal other customers’ data or act as a general assistant.',
    context: 'Public website, customers in the EU; GDPR and the EU AI Act transparency duties.',
    dates: { assessed: -372, nextReview: -7 },
  },
  {
    system: 'cvScreening',
    summary: 'Impact assessment: CV screening assistant',
    individuals:
      'Candidates can be screened out unfairly, e.g. for career gaps or non-standard education.',
    groups: 'Women returning from parental leave and older candidates are most exposed.',
    societal: 'Bias at scale would narrow who gets hired across the company.',
    misuse: 'Recruiters using the rank as the decision instead of as a prompt to read the CV.',
    context:
      'Hiring in Germany; AGG (equal treatment), GDPR art. 22 and the EU AI Act (Annex III).',
  },
];

export type DemoImpactAssessments = Record<SystemId, string>;

/** Phase 1: each assessment written, linked to its AI system, and started. */
export async function seedImpactAssessments(
  jira: DemoJira,
  systems: DemoSystems,
): Promise<DemoImpactAssessments> {
  const keys: Partial<DemoImpactAssessments> = {};
  for (const a of ASSESSMENTS) {
    const key = await jira.create('manager', 'AI Impact Assessment', a.summary, {
      impactIndividuals: a.individuals,
      impactGroups: a.groups,
      impactSocietal: a.societal,
      foreseeableMisuse: a.misuse,
      assessmentContext: a.context,
    });
    await jira.link('manager', 'AIMS Assesses', key, systems[a.system]);
    await jira.transition('manager', key, 'Start assessment');
    keys[a.system] = key;
  }
  return keys as DemoImpactAssessments;
}

/**
 * Once the risks exist: each assessment informs its system's risks; the dated ones are completed
 * by the auditor's assessment, and their systems go into operation.
 */
export async function completeImpactAssessments(
  jira: DemoJira,
  systems: DemoSystems,
  assessments: DemoImpactAssessments,
  risksOf: (system: SystemId) => readonly string[],
): Promise<void> {
  for (const a of ASSESSMENTS) {
    const key = assessments[a.system];
    for (const risk of risksOf(a.system)) await jira.link('manager', 'AIMS Informs', key, risk);
    if (!a.dates) continue;
    await jira.edit('manager', key, {
      impactAssessor: { user: 'auditor' },
      impactAssessedOn: daysFromNow(a.dates.assessed),
      impactNextReview: daysFromNow(a.dates.nextReview),
    });
    await jira.transition('manager', key, 'Complete assessment');
    await jira.transition('manager', systems[a.system], 'Put into operation');
  }
}
