/**
 * The competence gaps as the management review's input d) shows them (9.3.2 d; 7.2, A.4.6): per
 * requirement, its role and title and how many people of the role lack it, read as the viewer
 * (src/jira/competence-gaps-reader.ts). Counts only, no names.
 */
import type { ReviewCompetenceGap } from '../../domain/review';
import { readCompetenceGaps } from '../../jira/competence-gaps-reader';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';

/** The gaps per requirement (empty: no requirements set; undefined: records not provisioned). */
export async function reviewCompetenceGaps(
  jira: ProductClient,
  state: ProvisioningState,
  asOf: string,
): Promise<ReviewCompetenceGap[] | undefined> {
  const gaps = await readCompetenceGaps(jira, state, asOf);
  return gaps?.map((gap) => ({
    role: gap.requirement.role,
    requirement: gap.requirement.title,
    missing: gap.missing,
    of: gap.of,
  }));
}
