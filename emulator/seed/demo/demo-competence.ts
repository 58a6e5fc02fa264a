/**
 * Competence and awareness in the demo (7.2, 7.3, A.4.6): the competence requirements of each AIMS
 * role, saved by the AIMS manager on the overview (the app then adds them as options of the
 * record's "Competence requirements met"); a Competence Record per person and AIMS role naming
 * the requirements it meets — one expiring within weeks, one already expired (the daily scan opens
 * its renewal action), and top management with none, so the overview, the review's input d) and
 * the readiness report show real gaps — and acknowledgements of the AI policy's approved version
 * by two people.
 */
import type { ForgeHost } from '../../forge-host';
import { daysFromNow } from './demo-dates';
import { invokeJiraPage } from './demo-module-call';
import type { DemoJira } from './demo-jira';
import { demoPolicyConfig, invokePolicyMacro } from './demo-policy-page';
import type { DemoLogin, DemoSite } from './demo-rest';
import { aimsSpaceId } from './demo-pages';

/** At least one requirement per AIMS role (the overview's list; ids as an AIMS manager typed them). */
export const DEMO_COMPETENCE_REQUIREMENTS = [
  { id: 'aims-implementation', role: 'manager', title: 'ISO/IEC 42001 implementation' },
  { id: 'ai-risk-assessment', role: 'manager', title: 'AI risk assessment method' },
  { id: 'ai-governance-briefing', role: 'topManagement', title: 'AI governance briefing' },
  { id: 'aims-audit-qualification', role: 'auditor', title: 'ISO/IEC 42001 audit qualification' },
  { id: 'ai-impact-assessment', role: 'member', title: 'AI impact assessment method' },
] as const;

/** The option a person picks in "Competence requirements met" for requirement `id`. */
function optionOf(id: string): string {
  const r = DEMO_COMPETENCE_REQUIREMENTS.find((x) => x.id === id);
  if (!r) throw new Error(`No demo competence requirement ${id}`);
  return `${r.title} [${r.id}]`;
}

const RECORDS = [
  [
    'manager',
    'AIMS manager',
    'Qualification',
    'ISO/IEC 42001 Lead Implementer',
    -300,
    795,
    ['aims-implementation'],
  ],
  [
    'auditor',
    'Internal auditor',
    'Qualification',
    'ISO/IEC 42001 Lead Auditor',
    -200,
    895,
    ['aims-audit-qualification'],
  ],
  [
    'member',
    'Impact assessor',
    'Training',
    'AI impact assessment workshop',
    -340,
    25,
    ['ai-impact-assessment'],
  ],
  [
    'admin',
    'AI system owner',
    'Training',
    'Responsible AI for system owners',
    -400,
    -35,
    ['ai-impact-assessment'],
  ],
] as const;

/** The AIMS manager sets the requirements on the overview (saving the same list changes nothing). */
export async function seedCompetenceRequirements(host: ForgeHost): Promise<void> {
  await invokeJiraPage(
    host,
    { moduleKey: 'aims-overview', extensionType: 'jira:globalPage' },
    'manager',
    {
      functionKey: 'saveCompetenceRequirements',
      payload: { requirements: DEMO_COMPETENCE_REQUIREMENTS },
    },
    'The demo competence requirements were not saved',
  );
}

export async function seedCompetenceRecords(jira: DemoJira): Promise<string[]> {
  const keys: string[] = [];
  for (const [person, role, kind, what, obtainedIn, expiresIn, meets] of RECORDS) {
    keys.push(
      await jira.create('manager', 'Competence Record', what, {
        competencePerson: { user: person },
        competenceRole: role,
        competenceKind: kind,
        competenceObtained: daysFromNow(obtainedIn),
        competenceExpires: daysFromNow(expiresIn),
        competenceMeets: meets.map(optionOf),
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
