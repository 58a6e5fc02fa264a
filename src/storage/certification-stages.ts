/**
 * The certification audit's Stage 1 / Stage 2 dates of a project in app storage, checked with zod
 * when read back and before they are written. Changed only through the readiness report's
 * `saveStages`, which checks for an AIMS manager first (src/resolvers/readiness-macro-resolver.ts).
 */
import type { CertificationStages } from '../domain/readiness';
import { NO_STAGES, certificationStagesSchema } from '../domain/readiness';
import { certificationStagesKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export async function loadCertificationStages(projectKey: string): Promise<CertificationStages> {
  return (
    (await readStored(certificationStagesKey(projectKey), certificationStagesSchema)) ?? NO_STAGES
  );
}

export async function saveCertificationStages(
  projectKey: string,
  stages: CertificationStages,
): Promise<CertificationStages> {
  return writeStored(certificationStagesKey(projectKey), certificationStagesSchema, stages);
}
