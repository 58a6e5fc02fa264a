/**
 * A.8.4 → 10.2: an AI Incident concluded with "Requirement breached?" Yes raises exactly one
 * linked Nonconformity (source "Incident", the breached clause or control as its reference), by
 * the same idempotent path as audit findings (nonconformity-raiser.ts).
 */
import { addDays, utcDate } from '../domain/calendar';
import {
  breachedRequirementOf,
  incidentRaisesNonconformity,
  isMajorIncident,
} from '../domain/incident';
import type { ActiveAims } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import {
  AI_INCIDENT_FIELD_KEYS,
  incidentFacts,
  incidentStateOf,
} from '../jira/facts/incident-facts-reader';
import type { ProductClient } from '../jira/product-client';
import { raiseNonconformityOnce } from './nonconformity-raiser';

export async function raiseNonconformityForIncident(
  jira: ProductClient,
  aims: ActiveAims,
  incidentKey: string,
): Promise<string> {
  const { state, config } = aims;
  const incident = await loadAimsIssue(jira, state, incidentKey, AI_INCIDENT_FIELD_KEYS);
  const facts = incidentFacts(incident, config);
  if (!incidentRaisesNonconformity(incidentStateOf(incident.statusKey), facts))
    return `${incidentKey}: no breached requirement concluded, no Nonconformity`;
  const named = (facts.breachedRequirement ?? '').trim();
  const requirement = breachedRequirementOf(named);
  const major = isMajorIncident(facts.severity);
  const days = major ? config.dueDays.majorNonconformity : config.dueDays.minorNonconformity;
  return raiseNonconformityOnce(jira, aims, {
    source: incident,
    nonconformity: {
      summary: `Nonconformity: ${incident.summary}`,
      raisedFrom: `Raised from AI incident ${incident.key}`,
      description:
        `Raised from AI incident ${incident.key} (${facts.severity ?? 'severity not set'}): it breached ${named}.\n` +
        'Work it through ISO/IEC 42001 clause 10.2: react, analyse causes and similar nonconformities, implement corrective action, review its effectiveness, change the AIMS if needed.',
      duedate: addDays(utcDate(new Date()), days),
      values: {
        ncSource: 'Incident',
        ...(requirement.kind === 'iso42001' ? { isoReference: requirement.id } : {}),
      },
    },
    settle: async (fresh, what) => `${fresh.key}: ${what}`,
  });
}
