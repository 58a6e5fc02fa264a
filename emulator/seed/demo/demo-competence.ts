/**
 * Competence and awareness in the demo (7.2, 7.3, A.4.6): a Competence Record per person and AIMS
 * role — one expiring within weeks, one already expired (the daily scan opens its renewal action)
 * — and acknowledgements of the AI policy's approved version by two people.
 */
import type { ForgeHost } from '../../forge-host';
import { daysFromNow } from './demo-dates';
import type { DemoJira } from './demo-jira';
import { demoPolicyConfig, invokePolicyMacro } from './demo-policy-page';
import type { DemoLogin, DemoSite } from './demo-rest';
import { aimsSpaceId } from './demo-pages';

const RECORDS = [
  ['manager', 'AIMS manager', 'Qualification', 'ISO/IEC 42001 Lead Implementer', -300, 795],
  ['auditor', 'Internal auditor', 'Qualification', 'ISO/IEC 42001 Lead Auditor', -200, 895],
  ['member', 'Impact assessor', 'Training', 'AI impact assessment workshop', -340, 25],
  ['admin', 'AI system owner', 'Training', 'Responsible AI for system owners', -400, -35],
] as const;

export async function seedCompetenceRecords(jira: DemoJira): Promise<string[]> {
  const keys: string[] = [];
  for (const [person, role, kind, what, obtainedIn, expiresIn] of RECORDS) {
    keys.push(
      await jira.create('manager', 'Competence Record', what, {
        competencePerson: { user: person },
        competenceRole: role,
        competenceKind: kind,
        competenceObtained: daysFromNow(obtainedIn),
        competenceExpires: daysFromNow(expiresIn),
        evidence: `Certificate of "${what}" in the HR training records.`,
      }),
    );
  }
  return keys;
}

/** Two people acknowledge the approved version of the AI policy (version 1 in the demo). */
export async function seedPolicyAcknowledgements(
  site: DemoSite,
  host: ForgeHost,
  pageId: string,
): Promise<void> {
  const page = { id: pageId, spaceId: await aimsSpaceId(site) };
  const who: DemoLogin[] = ['member', 'auditor'];
  for (const login of who) {
    await invokePolicyMacro(host, login, page, 'acknowledge', { version: 1 }, demoPolicyConfig());
  }
}
