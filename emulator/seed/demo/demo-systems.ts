/**
 * Demo phase 1: the three AI systems in scope, an impact assessment for each (6.1.4, A.5),
 * the AI objectives (6.2) and a few AIMS actions.
 */
import { daysFromNow } from './demo-dates';
import type { DemoJira } from './demo-jira';
import { textToAdf } from '../../adf/adf-text';
import { demoUser } from './demo-rest';

export interface DemoSystems {
  creditScoring: string;
  chatbot: string;
  cvScreening: string;
}

const SYSTEMS = [
  [
    'creditScoring',
    'Credit scoring model',
    'Gradient-boosted model that scores consumer loan applications; a credit officer decides.',
  ],
  [
    'chatbot',
    'Customer support chatbot',
    'LLM-based assistant answering customer questions on the website, bought from a supplier.',
  ],
  [
    'cvScreening',
    'CV screening assistant',
    'Ranks job applications for recruiters; recruiters decide whom to invite.',
  ],
] as const;

export async function seedSystems(jira: DemoJira): Promise<DemoSystems> {
  const keys: Record<string, string> = {};
  for (const [id, summary, text] of SYSTEMS) {
    const key = await jira.create(
      'manager',
      'AI System',
      summary,
      {},
      {
        description: textToAdf(text),
        assignee: { accountId: managerId() },
      },
    );
    await jira.transition('manager', key, 'Start');
    keys[id] = key;
  }
  return keys as unknown as DemoSystems;
}

const managerId = (): string => demoUser('manager').accountId;

export async function seedImpactAssessments(
  jira: DemoJira,
  systems: DemoSystems,
): Promise<string[]> {
  const assessments = [
    {
      system: systems.creditScoring,
      summary: 'Impact assessment: Credit scoring model 2026',
      individuals:
        'A wrong score can deny credit or raise its price for an applicant; thin-file applicants are most exposed.',
      societal: 'Systematic bias could reduce access to credit for whole neighbourhoods.',
      misuse: 'Using the score for marketing or for employment checks, which it was not built for.',
      done: true,
    },
    {
      system: systems.chatbot,
      summary: 'Impact assessment: Customer support chatbot',
      individuals: 'Customers may act on a wrong answer about refunds, fees or their data.',
      societal: 'Low: the chatbot gives information and takes no decisions.',
      misuse:
        'Customers trying to make it reveal other customers’ data or act as a general assistant.',
      done: false,
    },
    {
      system: systems.cvScreening,
      summary: 'Impact assessment: CV screening assistant',
      individuals:
        'Candidates can be screened out unfairly, e.g. for career gaps or non-standard education.',
      societal: 'Bias at scale would narrow who gets hired across the company.',
      misuse: 'Recruiters using the rank as the decision instead of as a prompt to read the CV.',
      done: false,
    },
  ];
  const keys: string[] = [];
  for (const a of assessments) {
    const key = await jira.create('manager', 'AI Impact Assessment', a.summary, {
      impactIndividuals: a.individuals,
      impactSocietal: a.societal,
      foreseeableMisuse: a.misuse,
    });
    await jira.link('manager', 'AIMS Assesses', key, a.system);
    await jira.transition('manager', key, a.done ? 'Done' : 'Start');
    keys.push(key);
  }
  return keys;
}

export async function seedObjectives(jira: DemoJira): Promise<string[]> {
  const objectives = [
    [
      'Explain every credit decision to the applicant',
      'Transparency and explainability',
      'Share of credit decisions sent with a plain-language explanation: 100%.',
      180,
      'Start',
    ],
    [
      'Keep approval rates fair across groups',
      'Fairness',
      'Demographic parity gap of the credit model below 5 points, measured monthly.',
      240,
      'Start',
    ],
    [
      'Answer customer questions correctly',
      'Robustness',
      'Chatbot answer accuracy on the monthly test set at least 95%.',
      90,
      'Done',
    ],
    [
      'Record provenance for all training data',
      'Availability and quality of training and test data',
      'Every data set used for training has a provenance record.',
      120,
      undefined,
    ],
  ] as const;
  const keys: string[] = [];
  for (const [summary, area, measure, dueIn, move] of objectives) {
    const key = await jira.create(
      'manager',
      'AI Objective',
      summary,
      { annexCObjective: area, objectiveMeasure: measure },
      { duedate: daysFromNow(dueIn), assignee: { accountId: managerId() } },
    );
    if (move) await jira.transition('manager', key, move);
    keys.push(key);
  }
  return keys;
}

export async function seedAimsActions(jira: DemoJira): Promise<string[]> {
  const actions = [
    ['Publish the AI statement on the company website', 'Management review', -20, 'Done'],
    ['Add AI incidents to the incident response procedure', 'Audit', 25, 'Start'],
    ['Plan the yearly review of the AI policy', 'Policy review', 45, undefined],
  ] as const;
  const keys: string[] = [];
  for (const [summary, source, dueIn, move] of actions) {
    const key = await jira.create(
      'manager',
      'AIMS Action',
      summary,
      { actionSource: source },
      { duedate: daysFromNow(dueIn) },
    );
    if (move) await jira.transition('manager', key, move);
    keys.push(key);
  }
  return keys;
}
