/**
 * Demo phase 1: the three AI systems in scope with their inventory (4.3, A.6), the AI objectives
 * (6.2) and a few AIMS actions. Their impact assessments: demo-impact-assessments.ts.
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

/** The inventory of each AI system (4.3, A.4, A.6, A.7, A.9.4, A.10). */
const SYSTEMS = [
  {
    id: 'creditScoring',
    summary: 'Credit scoring model',
    text: 'Gradient-boosted model that scores consumer loan applications; a credit officer decides.',
    values: {
      intendedUse:
        'Scores consumer loan applications up to 50,000 EUR to support the credit officer, who decides.',
      aiRole: ['AI producer', 'AI provider'],
      lifecycleStage: 'Operation and monitoring',
      supplier: 'Built in-house; credit bureau data supplied under contract.',
      dataSources: 'Loan book 2015–2025 (internal); credit bureau scores (third party, contract).',
      humanOversight: 'A credit officer reviews every decline and every score near the cut-off.',
      adverseImpactReporting:
        'Applicants contest a decision through the "Question this decision" form on every decline letter; the credit operations team records each as an AI Incident.',
      inScope: 'Yes',
      euAiActClass: 'High risk',
    },
  },
  {
    id: 'chatbot',
    summary: 'Customer support chatbot',
    text: 'LLM-based assistant answering customer questions on the website, bought from a supplier.',
    values: {
      intendedUse:
        'Answers customers’ questions about products, fees and their account on the website.',
      aiRole: ['AI customer (user)'],
      lifecycleStage: 'Operation and monitoring',
      supplier: 'Hosted LLM assistant from a SaaS supplier (A.10.3: contract and DPA in place).',
      dataSources: 'Public product pages and the FAQ; no customer data is used for training.',
      humanOversight: 'Hand-over to a support agent on request or on low confidence.',
      adverseImpactReporting:
        'The chatbot\'s "Report a problem" link and the support mailbox; the service desk lead records each report as an AI Incident.',
      inScope: 'Yes',
      euAiActClass: 'Transparency obligations',
    },
  },
  {
    id: 'cvScreening',
    summary: 'CV screening assistant',
    text: 'Ranks job applications for recruiters; recruiters decide whom to invite.',
    values: {
      intendedUse: 'Ranks incoming job applications so recruiters read the most relevant first.',
      aiRole: ['AI customer (user)', 'AI partner'],
      lifecycleStage: 'Verification and validation',
      supplier: 'Screening model licensed from an HR software partner; fine-tuned in-house.',
      dataSources: 'Past applications and hiring outcomes 2019–2025 (provenance being recorded).',
      humanOversight: 'Recruiters read every CV they reject; the rank is never the decision.',
      adverseImpactReporting:
        'Candidates write to the recruiting privacy address named in every job advert; HR records each concern as an AI Incident.',
      inScope: 'Yes',
      euAiActClass: 'High risk',
    },
  },
] as const;

export async function seedSystems(jira: DemoJira): Promise<DemoSystems> {
  const keys: Record<string, string> = {};
  for (const system of SYSTEMS) {
    const key = await jira.create(
      'manager',
      'AI System',
      system.summary,
      { ...system.values, systemOwner: { user: 'manager' } },
      {
        description: textToAdf(system.text),
        assignee: { accountId: managerId() },
      },
    );
    await jira.transition('manager', key, 'Start development');
    keys[system.id] = key;
  }
  return keys as unknown as DemoSystems;
}

const managerId = (): string => demoUser('manager').accountId;

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
