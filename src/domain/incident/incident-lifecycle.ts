import { defineGuardedMachine } from '../lifecycle/guarded-machine';
import type { TransitionEvaluation } from '../lifecycle/guarded-machine';
import { appRule } from '../lifecycle/app-rule';
import { hasText } from '../lifecycle/has-text';
import { reasonsIn } from '../lifecycle/reason';
import type { Reason } from '../lifecycle/reason';
import { breachedRequirementOf } from './breached-requirement';

/**
 * AI incidents and concerns (A.3.3, A.8.4, A.8.5, 10.2): reported → investigating → concluded →
 * closed. Investigating starts once the report says how severe it is, which AI system it affects,
 * how it was detected and who reported it. Concluding answers two questions: must it be reported
 * outside the organization, and to whom (A.8.5); was a requirement breached, and which one (10.2).
 * A breach raises a linked Nonconformity; the incident closes only once it is raised. Investigated
 * again and answered "No" while that Nonconformity is open, it cannot be concluded: it would claim
 * nothing was breached while its Nonconformity stands, and the app never closes or unlinks the
 * Nonconformity silently — it is closed first in its own workflow, saying why. Concluded
 * and closed incidents are read-only in Jira; a manager reopens a closed one, saying why
 * (`reopeningRequirements`).
 */
export const INCIDENT_STATE_IDS = ['reported', 'investigating', 'concluded', 'closed'] as const;
export type IncidentState = (typeof INCIDENT_STATE_IDS)[number];

export const INCIDENT_STATE_LABELS: Readonly<Record<IncidentState, string>> = {
  reported: 'Reported',
  investigating: 'Investigating',
  concluded: 'Investigation concluded',
  closed: 'Closed',
};

export type YesNo = 'yes' | 'no';

export interface IncidentFacts {
  readonly severity?: string | null;
  readonly detectedHow?: string | null;
  readonly reportedByAccountId?: string | null;
  readonly individualsAffected?: string | null;
  /** The AI systems it affects (keys, "affects" links). */
  readonly aiSystems: readonly string[];
  readonly externalReporting?: YesNo | null;
  readonly externalReportingTo?: string | null;
  readonly requirementBreached?: YesNo | null;
  readonly breachedRequirement?: string | null;
  /** The Nonconformities it raised (keys, "raises" links). */
  readonly nonconformities: readonly string[];
  /** Of those, the ones not closed: they stand, whatever the incident's answers say now. */
  readonly standingNonconformities: readonly string[];
}

/** What an AI incident's steps need, each a message key `incident.<name>` (the name is the code unless given). */
export const INCIDENT_MESSAGE_NAMES = [
  'severity-missing',
  'ai-system-missing',
  'detection-missing',
  'reporter-missing',
  'individuals-missing',
  'external-reporting-unanswered',
  'external-recipient-missing',
  'breach-unanswered',
  'breached-requirement-missing',
  'breached-requirement-unknown',
  'breach-withdrawn-nonconformity-stands',
  'breach-contradiction',
  'nonconformity-not-raised',
] as const;
type MessageName = (typeof INCIDENT_MESSAGE_NAMES)[number];

const reason = reasonsIn<MessageName>('incident');

/** What starting the investigation needs: the report itself (A.3.3, A.8.4). */
export function investigationRequirements(facts: IncidentFacts): Reason[] {
  const reasons: Reason[] = [];
  if (!hasText(facts.severity))
    reasons.push(reason('severity-missing', 'Set the severity of the incident.'));
  if (facts.aiSystems.length === 0)
    reasons.push(
      reason('ai-system-missing', 'Link the AI system the incident affects ("affects").'),
    );
  if (!hasText(facts.detectedHow))
    reasons.push(reason('detection-missing', 'Say how the incident was detected.'));
  if (!hasText(facts.reportedByAccountId))
    reasons.push(reason('reporter-missing', 'Name who reported the incident or concern (A.3.3).'));
  return reasons;
}

/** What concluding the investigation needs: who was affected, external reporting, a breach (A.8.5, 10.2). */
export function conclusionRequirements(facts: IncidentFacts): Reason[] {
  const reasons = investigationRequirements(facts);
  if (!hasText(facts.individualsAffected))
    reasons.push(
      reason(
        'individuals-missing',
        'Describe the individuals affected, and how many (write "None" if nobody was).',
      ),
    );
  if (!facts.externalReporting)
    reasons.push(
      reason(
        'external-reporting-unanswered',
        'Answer "External reporting needed": must the incident be reported outside the organization (A.8.5)?',
      ),
    );
  else if (facts.externalReporting === 'yes' && !hasText(facts.externalReportingTo))
    reasons.push(
      reason(
        'external-recipient-missing',
        'Say to whom the incident is reported externally (authority, customers, users) (A.8.5).',
      ),
    );
  if (!facts.requirementBreached)
    reasons.push(
      reason(
        'breach-unanswered',
        'Answer "Requirement breached?": did the incident breach a requirement (10.2)?',
      ),
    );
  else if (facts.requirementBreached === 'yes' && !hasText(facts.breachedRequirement))
    reasons.push(
      reason(
        'breached-requirement-missing',
        'Name the breached requirement: a clause or control (e.g. ISO42001:A.6.2.6), a law or a contract.',
      ),
    );
  else if (
    facts.requirementBreached === 'yes' &&
    breachedRequirementOf(facts.breachedRequirement ?? '').kind === 'unknown-iso42001'
  )
    reasons.push(
      reason(
        'breached-requirement-unknown',
        `"${(facts.breachedRequirement ?? '').trim()}" is not a clause or Annex A control of ISO/IEC 42001: correct it, or name the law or contract in words.`,
        { requirement: (facts.breachedRequirement ?? '').trim() },
      ),
    );
  else if (facts.requirementBreached === 'no' && facts.standingNonconformities.length > 0)
    reasons.push(
      reason(
        'breach-withdrawn-nonconformity-stands',
        appRule(
          '"Requirement breached?" is No, yet the Nonconformity this incident raised (linked "raises") is still open: the incident cannot say nothing was breached while it stands. Keep Yes, or first close that Nonconformity in its own workflow, saying why it was raised in error.',
        ),
      ),
    );
  else if (facts.requirementBreached === 'no' && hasText(facts.breachedRequirement))
    reasons.push(
      reason(
        'breach-contradiction',
        `"Requirement breached?" is No, yet "${facts.breachedRequirement.trim()}" is named as breached: answer Yes or clear it.`,
        { requirement: facts.breachedRequirement.trim() },
      ),
    );
  return reasons;
}

/** Whether the incident's answers raise a Nonconformity (once concluded with a breach). */
export function incidentRaisesNonconformity(
  state: IncidentState | undefined,
  facts: Pick<IncidentFacts, 'requirementBreached'>,
): boolean {
  return (state === 'concluded' || state === 'closed') && facts.requirementBreached === 'yes';
}

/** Severities whose Nonconformity is due as soon as a major one's (the others: a minor one's). */
const MAJOR_SEVERITIES: ReadonlySet<string> = new Set(['Critical', 'High']);

/** Whether the Nonconformity an incident of this severity raises is handled as a major one. */
export function isMajorIncident(severity: string | null | undefined): boolean {
  return hasText(severity) && MAJOR_SEVERITIES.has(severity.trim());
}

/** What closing the incident needs: the conclusion, and the Nonconformity of a breach raised. */
export function closingRequirements(facts: IncidentFacts): Reason[] {
  const reasons = conclusionRequirements(facts);
  if (facts.requirementBreached === 'yes' && facts.nonconformities.length === 0)
    reasons.push(
      reason(
        'nonconformity-not-raised',
        'The Nonconformity of the breached requirement is not linked yet ("raises"): the app raises it when the investigation is concluded; close the incident once it is there.',
      ),
    );
  return reasons;
}

const free = (): Reason[] => [];

export const incidentMachine = defineGuardedMachine<IncidentState, IncidentFacts, Reason>({
  states: INCIDENT_STATE_IDS,
  transitions: [
    {
      from: 'reported',
      to: 'investigating',
      label: 'Start investigation',
      guard: investigationRequirements,
    },
    {
      from: 'investigating',
      to: 'concluded',
      label: 'Conclude investigation',
      guard: conclusionRequirements,
    },
    { from: 'concluded', to: 'investigating', label: 'Investigate again', guard: free },
    { from: 'concluded', to: 'closed', label: 'Close incident', guard: closingRequirements },
  ],
  notATransition: (from, to) => ({
    code: 'not-an-incident-step',
    message: `An AI incident cannot move from "${from}" to "${to}" (its steps are ${INCIDENT_STATE_IDS.join(' → ')}).`,
  }),
});

export function evaluateIncidentTransition(
  from: string,
  to: string,
  facts: IncidentFacts,
): TransitionEvaluation {
  return incidentMachine.evaluateTransition(from, to, facts);
}
