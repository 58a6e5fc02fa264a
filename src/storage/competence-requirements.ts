/**
 * The competence requirements per AIMS role of a project (7.2 a, A.4.6) in app storage, checked
 * with zod when read back and before it is written. Written only after the caller checked for an
 * AIMS manager.
 */
import type { CompetenceRequirements } from '../domain/competence';
import { competenceRequirementsSchema } from '../domain/competence';
import { competenceRequirementsKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export async function loadCompetenceRequirements(
  projectKey: string,
): Promise<CompetenceRequirements> {
  return (
    (await readStored(competenceRequirementsKey(projectKey), competenceRequirementsSchema)) ?? []
  );
}

export async function saveCompetenceRequirements(
  projectKey: string,
  requirements: CompetenceRequirements,
): Promise<CompetenceRequirements> {
  return writeStored(
    competenceRequirementsKey(projectKey),
    competenceRequirementsSchema,
    requirements,
  );
}
