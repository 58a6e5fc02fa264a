/**
 * The competence each AIMS role needs (7.2 a, A.4.6): an AIMS manager keeps a list of
 * requirements per role; a Competence Record meets a requirement when it carries the
 * requirement's label (competenceRequirementLabel). Stored in app storage, checked with zod when
 * read back and before it is written.
 */
import { z } from 'zod';
import { AIMS_ROLES } from '../authorization';

export const MAX_COMPETENCE_REQUIREMENTS = 60;

const requirementId = z
  .string({ error: 'The requirement id must be text' })
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      'The requirement id must be lower-case letters, digits and single hyphens (e.g. ai-risk-basics)',
  })
  .max(40, { error: 'The requirement id must be at most 40 characters' });

export const competenceRequirementSchema = z.object({
  id: requirementId,
  role: z.enum(AIMS_ROLES, { error: `The role must be one of: ${AIMS_ROLES.join(', ')}` }),
  title: z
    .string({ error: 'The requirement must be text' })
    .trim()
    .min(1, { error: 'Describe the requirement' })
    .max(200, { error: 'The requirement must be at most 200 characters' }),
});
export type CompetenceRequirement = z.infer<typeof competenceRequirementSchema>;

export const competenceRequirementsSchema = z
  .array(competenceRequirementSchema, { error: 'The requirements must be a list' })
  .max(MAX_COMPETENCE_REQUIREMENTS, {
    error: `At most ${MAX_COMPETENCE_REQUIREMENTS} competence requirements`,
  })
  .refine((list) => new Set(list.map((r) => `${r.role}:${r.id}`)).size === list.length, {
    error: 'Each requirement id is used once per role',
  });
export type CompetenceRequirements = z.infer<typeof competenceRequirementsSchema>;

const LABEL_PREFIX = 'aims-competence-req-';

/** The Jira label a Competence Record carries when it meets requirement `id`. */
export const competenceRequirementLabel = (id: string): string => `${LABEL_PREFIX}${id}`;

/** The requirement ids a record's labels say it meets. */
export function requirementIdsOfLabels(labels: readonly string[]): string[] {
  return labels.filter((l) => l.startsWith(LABEL_PREFIX)).map((l) => l.slice(LABEL_PREFIX.length));
}
