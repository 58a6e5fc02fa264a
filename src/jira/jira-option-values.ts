/**
 * Jira select options (as provisioned, src/jira/aims-schema/fields.ts) ↔ the domain's values.
 * The option labels are what people pick in Jira; the domain speaks in stable ids.
 */
import type { TreatmentOption } from '../domain/records/ai-risk';
import type { Applicability, ImplementationStatus } from '../domain/records/control';
import type { FindingGrade } from '../domain/records/audit-finding';
import type {
  CorrectiveActionDecision,
  EffectivenessVerdict,
  YesNo,
} from '../domain/records/nonconformity';
import type {
  APPLICABILITY_OPTIONS,
  CA_DECISION_OPTIONS,
  FINDING_GRADE_OPTIONS,
  IMPLEMENTATION_STATUS_OPTIONS,
  SIMILAR_NC_OPTIONS,
  TREATMENT_OPTIONS,
  VERDICT_OPTIONS,
  YES_NO_OPTIONS,
} from './aims-schema';
import type { AimsFieldValue } from './aims-issue';

type OptionOf<T extends readonly string[]> = T[number];

const SIMILAR_CHECK: Record<
  OptionOf<typeof SIMILAR_NC_OPTIONS>,
  'none' | 'exists' | 'could-occur'
> = {
  'None exist or could occur': 'none',
  'Similar exist': 'exists',
  'Similar could occur': 'could-occur',
};
const CA_DECISION: Record<OptionOf<typeof CA_DECISION_OPTIONS>, CorrectiveActionDecision> = {
  'Corrective action needed': 'needed',
  'No corrective action needed': 'not-needed',
};
const VERDICT: Record<OptionOf<typeof VERDICT_OPTIONS>, EffectivenessVerdict> = {
  Effective: 'effective',
  Ineffective: 'ineffective',
};
const YES_NO: Record<OptionOf<typeof YES_NO_OPTIONS>, YesNo> = { Yes: 'yes', No: 'no' };
const TREATMENT: Record<OptionOf<typeof TREATMENT_OPTIONS>, TreatmentOption> = {
  'Modify (reduce)': 'modify',
  Avoid: 'avoid',
  'Share (transfer)': 'share',
  'Retain (accept)': 'retain',
};
export const FINDING_GRADE_BY_OPTION: Record<
  OptionOf<typeof FINDING_GRADE_OPTIONS>,
  FindingGrade
> = {
  'Major nonconformity': 'major-nc',
  'Minor nonconformity': 'minor-nc',
  Observation: 'observation',
  'Opportunity for improvement': 'opportunity-for-improvement',
};

const APPLICABILITY: Record<OptionOf<typeof APPLICABILITY_OPTIONS>, Applicability> = {
  Included: 'included',
  Excluded: 'excluded',
};
const IMPLEMENTATION: Record<
  OptionOf<typeof IMPLEMENTATION_STATUS_OPTIONS>,
  ImplementationStatus
> = {
  'Not started': 'not-started',
  Planned: 'planned',
  'In progress': 'in-progress',
  Implemented: 'implemented',
};

const lookup = <T>(table: Record<string, T>, value: AimsFieldValue | undefined): T | null =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value)
    ? (table[value] ?? null)
    : null;

export const similarCheckAnswer = (v: AimsFieldValue | undefined) => lookup(SIMILAR_CHECK, v);
export const correctiveActionDecision = (v: AimsFieldValue | undefined) => lookup(CA_DECISION, v);
export const effectivenessVerdict = (v: AimsFieldValue | undefined) => lookup(VERDICT, v);
export const yesNo = (v: AimsFieldValue | undefined) => lookup(YES_NO, v);
export const treatmentOption = (v: AimsFieldValue | undefined) => lookup(TREATMENT, v);
export const findingGrade = (v: AimsFieldValue | undefined) => lookup(FINDING_GRADE_BY_OPTION, v);
export const applicabilityOf = (v: AimsFieldValue | undefined) => lookup(APPLICABILITY, v);
export const implementationStatusOf = (v: AimsFieldValue | undefined) => lookup(IMPLEMENTATION, v);

/** The level number of a scale option such as "3 - Possible"; null when absent or not a level. */
export function scaleLevel(value: AimsFieldValue | undefined): number | null {
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+)\s*-/.exec(value);
  return match ? Number(match[1]) : null;
}

/** Plain text of an AIMS field value (text, option, or null). */
export function textOf(value: AimsFieldValue | undefined): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** accountId of a user-picker value. */
export function accountIdOf(value: AimsFieldValue | undefined): string | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? value.accountId : null;
}
