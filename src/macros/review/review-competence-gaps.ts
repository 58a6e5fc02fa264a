/**
 * Competence gaps for the management review (7.2, A.4.6; 9.3.2 d): for each requirement an AIMS
 * manager set for a role, how many people of the role's group have no current Competence Record
 * carrying the requirement's label. Everything is read as the viewer: the group's members as Jira
 * lists them to them (unknown without "Browse users and groups"), the records they may see
 * (a record they cannot see counts as missing, never the other way round). Counts only, no names.
 */
import type { CompetenceEvidence } from '../../domain/competence';
import {
  competenceGaps,
  competenceRequirementLabel,
  requirementIdsOfLabels,
} from '../../domain/competence';
import type { AimsRole } from '../../domain/authorization';
import { groupOfRole } from '../../domain/authorization';
import { fieldIdOf, readAimsIssue } from '../../jira/aims-issue';
import { aimsTypeJql } from '../../jira/aims-jql';
import { readGroupMembers } from '../../jira/group-members';
import { searchPages } from '../../jira/issue-search';
import { jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig, roleGroupsOf } from '../../storage/app-config';
import { loadCompetenceRequirements } from '../../storage/competence-requirements';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ReviewCompetenceGap } from '../../domain/review';

async function readEvidence(
  jira: ProductClient,
  state: ProvisioningState,
  labels: readonly string[],
): Promise<CompetenceEvidence[]> {
  const person = fieldIdOf(state, 'competencePerson');
  const expires = fieldIdOf(state, 'competenceExpires');
  const where = jql.and(aimsTypeJql(state, 'competenceRecord'), jql.in('labels', labels));
  const evidence: CompetenceEvidence[] = [];
  for await (const page of searchPages(jira, {
    jql: jql.orderBy(where, 'key'),
    fields: [person, expires, 'labels'],
  }))
    for (const raw of page) {
      const issue = readAimsIssue(raw, state);
      const who = issue.values.competencePerson;
      const until = issue.values.competenceExpires;
      if (!who || typeof who !== 'object' || Array.isArray(who)) continue;
      evidence.push({
        personAccountId: who.accountId,
        requirementIds: requirementIdsOfLabels(issue.labels),
        expires: typeof until === 'string' ? until : null,
      });
    }
  return evidence;
}

/** The gaps per requirement (empty: no requirements set; undefined: records not provisioned). */
export async function readCompetenceGaps(
  jira: ProductClient,
  state: ProvisioningState,
  asOf: string,
): Promise<ReviewCompetenceGap[] | undefined> {
  if (!state.issueTypes.competenceRecord || !state.fields.competencePerson) return undefined;
  const requirements = await loadCompetenceRequirements(state.projectKey);
  if (requirements.length === 0) return [];
  const groups = roleGroupsOf(await loadAppConfig());
  const roles = [...new Set(requirements.map((r) => r.role))];
  const [members, evidence] = await Promise.all([
    Promise.all(
      roles.map(async (role) => [role, await readGroupMembers(jira, groupOfRole(groups, role))]),
    ).then((entries) => Object.fromEntries(entries) as Record<AimsRole, string[] | null>),
    readEvidence(
      jira,
      state,
      requirements.map((r) => competenceRequirementLabel(r.id)),
    ),
  ]);
  return competenceGaps(requirements, members, evidence, asOf).map((gap) => ({
    role: gap.requirement.role,
    requirement: gap.requirement.title,
    missing: gap.missing,
    of: gap.of,
  }));
}
