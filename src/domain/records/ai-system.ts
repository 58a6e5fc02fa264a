/** AI System record (clause 4.1 roles; the subject of risks and impact assessments). */
import { z } from 'zod';
import { accountId, choice, listOf, optionalText, recordKey, requiredText } from './record-fields';

/** The organization's roles for an AI system (ISO/IEC 22989 terms, as 42001 clause 4.1 lists them). */
export const AI_ROLES = [
  'provider',
  'producer',
  'customer',
  'partner',
  'subject',
  'relevant-authority',
] as const;
export type AiRole = (typeof AI_ROLES)[number];

/** Life cycle stages of an AI system (ISO/IEC 22989 life cycle, shortened). */
export const AI_LIFECYCLE_STAGES = [
  'inception',
  'design-and-development',
  'verification-and-validation',
  'deployment',
  'operation-and-monitoring',
  're-evaluation',
  'retirement',
] as const;
export type AiLifecycleStage = (typeof AI_LIFECYCLE_STAGES)[number];

export const aiSystemSchema = z.object(
  {
    key: recordKey(),
    name: requiredText('Name', 255),
    description: optionalText('Description'),
    intendedUse: requiredText('Intended use'),
    organizationRoles: listOf('Organization roles', choice('Organization role', AI_ROLES)).refine(
      (roles) => roles.length > 0,
      { error: "Choose at least one of the organization's roles for this AI system" },
    ),
    lifecycleStage: choice('Life cycle stage', AI_LIFECYCLE_STAGES),
    ownerAccountId: accountId('Owner'),
  },
  { error: 'An AI system record must be an object' },
);

export type AiSystemRecord = z.infer<typeof aiSystemSchema>;
