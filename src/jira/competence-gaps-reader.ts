/**
 * Competence gaps (7.2, A.4.6): for each requirement an AIMS manager set for a role, how many
 * people of the role's group have no current Competence Record naming the requirement in its
 * "Competence requirements met" field (ADR 0012). Everything is read as the viewer: the group's
 * members as Jira lists them to them (unknown without "Browse users and groups"), the records they
 * may see (a record they cannot see counts as missing, never the other way round). One search of
 * the records that name any requirement, only the fields needed, paged; counts only, no names.
 * Read by the management review (9.3.2 d), the overview and the readiness report.
 */
import type { AimsRole } from '../domain/authorization';
import { groupOfRole } from '../domain/authorization';
import type { CompetenceEvidence, CompetenceGap } from '../domain/competence';
import { competenceGaps, requirementIdOfOption } from '../domain/competence';
import { loadAppConfig, roleGroupsOf } from '../storage/app-config';
import { loadCompetenceRequirements } from '../storage/competence-requirements';
import type { ProvisioningState } from '../storage/provisioning-state';
import { fieldIdOf, readAimsIssue } from './aims-issue';
import { aimsTypeJql } from './aims-jql';
import { readGroupMembers } from './group-members';
import { searchPages } from './issue-search';
import { customField, jql } from './jql-builder';
import type { ProductClient } from './product-client';

async function readEvidence(
  jira: ProductClient,
  state: ProvisioningState,
): Promise<CompetenceEvidence[]> {
  const person = fieldIdOf(state, 'competencePerson');
  const expires = fieldIdOf(state, 'competenceExpires');
  const meets = fieldIdOf(state, 'competenceMeets');
  const where = jql.and(aimsTypeJql(state, 'competenceRecord'), jql.isNotEmpty(customField(meets)));
  const evidence: CompetenceEvidence[] = [];
  for await (const page of searchPages(jira, {
    jql: jql.orderBy(where, 'key'),
    fields: [person, expires, meets],
  }))
    for (const raw of page) {
      const { values } = readAimsIssue(raw, state);
      const who = values.competencePerson;
      const until = values.competenceExpires;
      const met = values.competenceMeets;
      if (!who || typeof who !== 'object' || Array.isArray(who)) continue;
      evidence.push({
        personAccountId: who.accountId,
        requirementIds: (Array.isArray(met) ? met : []).flatMap((v) => {
          const id = requirementIdOfOption(v);
          return id === null ? [] : [id];
        }),
        expires: typeof until === 'string' ? until : null,
      });
    }
  return evidence;
}

/** True when the project has the records and the field the gaps are read from. */
export function competenceGapsReadable(state: ProvisioningState): boolean {
  return Boolean(
    state.issueTypes.competenceRecord &&
    state.fields.competencePerson &&
    state.fields.competenceMeets,
  );
}

/** The gaps per requirement (empty: no requirements set; undefined: records not provisioned). */
export async function readCompetenceGaps(
  jira: ProductClient,
  state: ProvisioningState,
  asOf: string,
): Promise<CompetenceGap[] | undefined> {
  if (!competenceGapsReadable(state)) return undefined;
  const requirements = await loadCompetenceRequirements(state.projectKey);
  if (requirements.length === 0) return [];
  const groups = roleGroupsOf(await loadAppConfig());
  const roles = [...new Set(requirements.map((r) => r.role))];
  const [members, evidence] = await Promise.all([
    Promise.all(
      roles.map(async (role) => [role, await readGroupMembers(jira, groupOfRole(groups, role))]),
    ).then((entries) => Object.fromEntries(entries) as Record<AimsRole, string[] | null>),
    readEvidence(jira, state),
  ]);
  return competenceGaps(requirements, members, evidence, asOf);
}
