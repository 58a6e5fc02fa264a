/**
 * The readiness of the records that run the AIMS (clauses 6–8): risk treatment and residual
 * acceptance (6.1.3, 8.3), AI system impact assessments (6.1.4, 8.4) and competence (7.2).
 * Counts are what the viewer can see in Jira.
 */
import type { ReadinessJudgement } from './readiness-verdict';
import { attention, fail, pass, plural } from './readiness-verdict';

export interface RiskTreatmentFacts {
  open: number;
  /** Open risks whose treatment plan nobody approved yet. */
  treatmentNotApproved: number;
  /** Open risks with a treatment plan approved whose residual risk nobody accepted yet. */
  residualNotAccepted: number;
}

export function riskTreatmentReadiness(facts: RiskTreatmentFacts): ReadinessJudgement {
  if (facts.open === 0)
    return fail('No open AI risk is recorded: an auditor expects the risk assessment (6.1.2).');
  const pending = [
    facts.treatmentNotApproved > 0
      ? `${plural(facts.treatmentNotApproved, 'risk has', 'risks have')} no approved treatment plan`
      : '',
    facts.residualNotAccepted > 0
      ? `${plural(facts.residualNotAccepted, 'risk has', 'risks have')} no accepted residual risk`
      : '',
  ].filter(Boolean);
  if (pending.length > 0)
    return attention(`Of ${plural(facts.open, 'open risk', 'open risks')}, ${pending.join('; ')}.`);
  return pass(
    `Every one of ${plural(facts.open, 'open risk', 'open risks')} has an approved treatment plan and an accepted residual risk.`,
  );
}

export interface ImpactAssessmentFacts {
  completed: number;
  open: number;
  reviewOverdue: number;
}

export function impactAssessmentReadiness(facts: ImpactAssessmentFacts): ReadinessJudgement {
  if (facts.completed === 0) return fail('No AI system impact assessment is completed (6.1.4).');
  if (facts.reviewOverdue > 0)
    return attention(
      `${plural(facts.reviewOverdue, 'completed assessment is', 'completed assessments are')} past the next review date (8.4).`,
    );
  if (facts.open > 0)
    return attention(
      `${plural(facts.completed, 'assessment is', 'assessments are')} completed; ${plural(facts.open, 'is', 'are')} still open.`,
    );
  return pass(
    `${plural(facts.completed, 'impact assessment is', 'impact assessments are')} completed and none is past its review date.`,
  );
}

export interface CompetenceFacts {
  records: number;
  /** Records whose expiry date has passed within the last 12 months. */
  expired: number;
  /** Records expiring in the next 30 days. */
  expiring: number;
  /**
   * The competence requirements per AIMS role (7.2 a) and the gaps against them, as the viewer
   * may know them; absent when the project cannot hold them yet.
   */
  requirements?: {
    /** How many requirements are set. */
    set: number;
    /** Requirements some person of the role does not meet with a current record. */
    unmet: number;
    /** Requirements whose role's group the viewer may not list (gaps unknown). */
    unknown: number;
  };
}

function requirementsJudgement(
  r: NonNullable<CompetenceFacts['requirements']>,
): ReadinessJudgement | null {
  if (r.set === 0)
    return attention(
      'No competence requirement is set for the AIMS roles (7.2 a): set them on the AIMS overview.',
    );
  if (r.unmet > 0)
    return attention(
      `${plural(r.unmet, 'competence requirement is', 'competence requirements are')} not met by every person of the role: record their training or qualification on a Competence Record (7.2).`,
    );
  if (r.unknown > 0)
    return attention(
      `The gaps of ${plural(r.unknown, 'requirement', 'requirements')} are not known: you may not list the members of the role's group.`,
    );
  return null;
}

export function competenceReadiness(facts: CompetenceFacts): ReadinessJudgement {
  if (facts.records === 0) return fail('No competence record is kept (7.2).');
  if (facts.expired > 0 || facts.expiring > 0)
    return attention(
      [
        facts.expired > 0 ? `${plural(facts.expired, 'record', 'records')} expired` : '',
        facts.expiring > 0
          ? `${plural(facts.expiring, 'record expires', 'records expire')} within 30 days`
          : '',
      ]
        .filter(Boolean)
        .join('; ') + ': renew the training or qualification (7.2).',
    );
  const gaps = facts.requirements ? requirementsJudgement(facts.requirements) : null;
  if (gaps) return gaps;
  return pass(
    `${plural(facts.records, 'competence record', 'competence records')}, none expired${
      facts.requirements ? '; every requirement of the AIMS roles is met' : ''
    }.`,
  );
}
