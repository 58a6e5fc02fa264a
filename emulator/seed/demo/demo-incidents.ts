/**
 * Demo phase: two AI incidents (A.3.3, A.8.4, A.8.5, 10.2) reported by a member of staff. An
 * applicant's concern about a credit decline breached no requirement (the model worked as intended
 * and the decline was explained): concluded and closed. The CV screening
 * assistant ranking career gaps lower breached a requirement: concluded, the app raises its
 * Nonconformity (source "Incident") by itself; this phase waits for it (it fails if none is raised).
 */
import { raisedBy } from './demo-audit';
import type { DemoJira, DemoValues } from './demo-jira';
import type { DemoSystems } from './demo-systems';

export interface DemoIncidents {
  /** Concluded without a breach, closed. */
  noBreach: string;
  /** Concluded with a breached requirement. */
  breach: string;
  /** The Nonconformity the app raised from the breach. */
  raised: string;
}

interface DemoIncident {
  system: keyof DemoSystems;
  summary: string;
  report: DemoValues;
  conclusion: DemoValues;
}

const NO_BREACH: DemoIncident = {
  system: 'creditScoring',
  summary: 'Applicant questioned an automated credit decline',
  report: {
    incidentSeverity: 'Low',
    detectedHow: 'User or customer report',
    incidentReportedBy: { user: 'member' },
  },
  conclusion: {
    individualsAffected:
      'One applicant; the credit officer had reviewed the decline and explained the main factors to them.',
    externalReporting: 'No',
    requirementBreached: 'No',
  },
};

const BREACH: DemoIncident = {
  system: 'cvScreening',
  summary: 'CV screening ranked candidates with career gaps lower',
  report: {
    incidentSeverity: 'High',
    detectedHow: 'Employee concern',
    incidentReportedBy: { user: 'member' },
  },
  conclusion: {
    individualsAffected:
      'Around 40 applicants in September, mostly returning from parental leave; recruiters re-read their CVs.',
    externalReporting: 'Yes',
    externalReportingTo: 'The works council, and each affected applicant by letter within 30 days.',
    requirementBreached: 'Yes',
    breachedRequirement: 'ISO42001:A.6.2.4',
  },
};

async function reportAndConclude(
  jira: DemoJira,
  systems: DemoSystems,
  incident: DemoIncident,
): Promise<string> {
  const key = await jira.create('manager', 'AI Incident', incident.summary, incident.report);
  await jira.link('manager', 'AIMS Affects', key, systems[incident.system]);
  await jira.transition('manager', key, 'Start investigation');
  await jira.edit('manager', key, incident.conclusion);
  await jira.transition('manager', key, 'Conclude investigation');
  return key;
}

export async function seedIncidents(
  jira: DemoJira,
  systems: DemoSystems,
  settle: () => Promise<void>,
): Promise<DemoIncidents> {
  const noBreach = await reportAndConclude(jira, systems, NO_BREACH);
  await jira.transition('manager', noBreach, 'Close incident');
  const breach = await reportAndConclude(jira, systems, BREACH);
  await settle();
  const raised = await raisedBy(jira, breach);
  if (!raised)
    throw new Error(
      `The app raised no Nonconformity for the incident ${breach}: is its issue-event automation running?`,
    );
  return { noBreach, breach, raised };
}
