/**
 * Demo phase 2: twelve AI risks (6.1.2, 6.1.3) at every step of the app's risk workflow,
 * moved by the real transitions as the AIMS manager: rated, assessed (the app records the
 * levels), treatment planned with the mitigating controls linked, treated and monitored with a
 * residual risk (one above appetite, accepted by the manager), one closed. One risk is
 * Confidential, so member@example.com does not see it. Two summaries match the SoA page's seed,
 * which then finds these risks instead of creating its own.
 */
import { dateTimeFromNow } from './demo-dates';
import type { DemoJira, DemoValues } from './demo-jira';
import type { DemoSystems } from './demo-systems';

type Stage = 'identified' | 'assessed' | 'planned' | 'monitoring' | 'closed';
type SystemId = keyof DemoSystems;

interface DemoRisk {
  summary: string;
  system: SystemId;
  stage: Stage;
  likelihood?: string;
  consequence?: string;
  sources?: readonly string[];
  treatment?: string;
  /** Annex A ids of the controls that mitigate the risk. */
  controls?: readonly string[];
  residual?: [likelihood: string, consequence: string];
  /** Residual above appetite: the manager accepts it. */
  accepted?: boolean;
  confidential?: boolean;
}

export const CONFIDENTIAL_RISK_SUMMARY = 'Model extraction through the scoring API';

export const DEMO_RISKS: readonly DemoRisk[] = [
  {
    summary: 'Biased credit decisions for thin-file applicants',
    system: 'creditScoring',
    stage: 'planned',
    likelihood: '4 - Likely',
    consequence: '4 - Major',
    sources: ['Risk sources related to machine learning'],
    treatment: 'Modify (reduce)',
    controls: ['A.6.2.4', 'A.7.4'],
  },
  {
    summary: CONFIDENTIAL_RISK_SUMMARY,
    system: 'creditScoring',
    stage: 'assessed',
    likelihood: '4 - Likely',
    consequence: '5 - Severe',
    sources: ['Complexity of environment'],
    confidential: true,
  },
  {
    summary: 'Credit model drifts after interest-rate changes',
    system: 'creditScoring',
    stage: 'monitoring',
    likelihood: '3 - Possible',
    consequence: '4 - Major',
    sources: ['System life cycle issues'],
    treatment: 'Modify (reduce)',
    controls: ['A.6.2.6'],
    residual: ['2 - Unlikely', '3 - Moderate'],
  },
  {
    summary: 'Applicants cannot understand automated credit decisions',
    system: 'creditScoring',
    stage: 'planned',
    likelihood: '4 - Likely',
    consequence: '3 - Moderate',
    sources: ['Lack of transparency and explainability'],
    treatment: 'Modify (reduce)',
    controls: ['A.8.2', 'A.9.4'],
  },
  {
    summary: 'Chatbot gives wrong answers about refunds and fees',
    system: 'chatbot',
    stage: 'monitoring',
    likelihood: '4 - Likely',
    consequence: '3 - Moderate',
    sources: ['Risk sources related to machine learning'],
    treatment: 'Modify (reduce)',
    controls: ['A.6.2.4', 'A.8.2'],
    residual: ['2 - Unlikely', '2 - Minor'],
  },
  {
    summary: 'Chatbot reveals personal data of other customers',
    system: 'chatbot',
    stage: 'planned',
    likelihood: '3 - Possible',
    consequence: '5 - Severe',
    sources: ['Complexity of environment'],
    treatment: 'Modify (reduce)',
    controls: ['A.4.3', 'A.6.2.5'],
  },
  {
    summary: 'Prompt injection makes the chatbot act outside its role',
    system: 'chatbot',
    stage: 'assessed',
    likelihood: '3 - Possible',
    consequence: '4 - Major',
    sources: ['Technology readiness'],
  },
  {
    summary: 'Chatbot unavailable during peak hours',
    system: 'chatbot',
    stage: 'monitoring',
    likelihood: '3 - Possible',
    consequence: '2 - Minor',
    sources: ['System hardware issues'],
    treatment: 'Retain (accept)',
  },
  {
    summary: 'CV screening disadvantages candidates with career gaps',
    system: 'cvScreening',
    stage: 'monitoring',
    likelihood: '4 - Likely',
    consequence: '5 - Severe',
    sources: ['Risk sources related to machine learning', 'Level of automation'],
    treatment: 'Modify (reduce)',
    controls: ['A.5.4', 'A.7.4'],
    residual: ['3 - Possible', '4 - Major'],
    accepted: true,
  },
  {
    summary: 'Training data for CV screening has no provenance record',
    system: 'cvScreening',
    stage: 'identified',
    sources: ['System life cycle issues'],
  },
  {
    summary: 'Recruiters rely on the screening rank without reading the CV',
    system: 'cvScreening',
    stage: 'identified',
    likelihood: '3 - Possible',
    sources: ['Level of automation'],
  },
  {
    summary: 'Retired scorecard still used by the branch network',
    system: 'creditScoring',
    stage: 'closed',
    likelihood: '2 - Unlikely',
    consequence: '2 - Minor',
    sources: ['System life cycle issues'],
    treatment: 'Retain (accept)',
  },
];

const ORDER: readonly Stage[] = ['identified', 'assessed', 'planned', 'monitoring', 'closed'];
const reached = (risk: DemoRisk, stage: Stage): boolean =>
  ORDER.indexOf(risk.stage) >= ORDER.indexOf(stage);

/** The keys of the demo risks that affect one AI system. */
export function risksOfSystem(risks: ReadonlyMap<string, string>, system: SystemId): string[] {
  return DEMO_RISKS.filter((r) => r.system === system).flatMap((r) => {
    const key = risks.get(r.summary);
    return key ? [key] : [];
  });
}

/** Creates the risks and moves each to its stage; waits for the app between steps. */
export async function seedRisks(
  jira: DemoJira,
  systems: DemoSystems,
  controls: ReadonlyMap<string, string>,
  settle: () => Promise<void>,
): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const risk of DEMO_RISKS) {
    const values: DemoValues = {
      likelihood: risk.likelihood,
      consequence: risk.consequence,
      riskSources: risk.sources,
    };
    if (risk.confidential && !jira.confidentialLevelId)
      throw new Error('Project AIMS has no "Confidential" security level');
    const key = await jira.create('manager', 'AI Risk', risk.summary, values, {
      ...(risk.confidential ? { security: { id: jira.confidentialLevelId } } : {}),
    });
    await jira.link('manager', 'AIMS Affects', key, systems[risk.system]);
    keys.set(risk.summary, key);
  }
  for (const risk of DEMO_RISKS) {
    const key = keys.get(risk.summary) ?? '';
    if (!reached(risk, 'assessed')) continue;
    await jira.transition('manager', key, 'Assess');
    if (!reached(risk, 'planned')) continue;
    for (const ref of risk.controls ?? []) {
      const control = controls.get(ref);
      if (control) await jira.link('manager', 'AIMS Mitigates', control, key);
    }
    await jira.edit('manager', key, { treatmentOption: risk.treatment });
    await jira.transition('manager', key, 'Plan treatment');
    if (!reached(risk, 'monitoring')) continue;
    if (risk.residual || risk.accepted) {
      await jira.edit('manager', key, {
        residualLikelihood: risk.residual?.[0],
        residualConsequence: risk.residual?.[1],
        ...(risk.accepted
          ? { riskAcceptedBy: { user: 'manager' }, riskAcceptedAt: dateTimeFromNow(-3) }
          : {}),
      });
    }
    await jira.transition('manager', key, 'Treated: monitor');
    if (!reached(risk, 'closed')) continue;
    await jira.transition(
      'manager',
      key,
      'Close risk',
      'The branch network moved to the credit scoring model in October; the old scorecard is switched off.',
    );
  }
  await settle();
  return keys;
}
