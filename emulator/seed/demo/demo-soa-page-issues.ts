/**
 * The Jira issues the demo SoA page's story rests on: the decisions of DEMO_SOA_DECISIONS on the
 * AI Control issues (and those of DEMO_CONTROL_DECISIONS not yet recorded), one control of the
 * organization's own, and two AI Risks (one of them Confidential) linked to the controls that
 * treat them. Idempotent: decided controls and existing
 * risks and links are left as they are.
 */
import { DemoJira } from './demo-jira';
import type { DemoSite } from './demo-rest';
import { demoRest, demoUser } from './demo-rest';
import {
  aiControls,
  DEMO_CONTROL_DECISIONS,
  DEMO_SOA_DECISIONS,
  recordDecision,
} from './demo-soa-decisions';

/** One control of the organization's own, beside Annex A. */
const ORG_CONTROL = {
  ref: 'ORG:red-team',
  title: 'Red-team testing of credit models',
  justification: 'Our own control: adversarial testing before each model release, beyond A.6.2.4.',
};

const CONFIDENTIAL_RISK = 'Model extraction through the scoring API';
const OPEN_RISK = 'Biased credit decisions for thin-file applicants';

async function ensureRisk(
  jira: DemoJira,
  summary: string,
  level: string,
  confidential: boolean,
): Promise<string> {
  const [found] = await jira.search(
    `project = "AIMS" AND issuetype = "AI Risk" AND summary ~ "${summary}"`,
  );
  if (found) return found.key;
  const security = confidential && jira.confidentialLevelId;
  return jira.create(
    'admin',
    'AI Risk',
    summary,
    { inherentLevel: level },
    security ? { security: { id: security } } : {},
  );
}

/** "control AIMS Mitigates risk", unless the control already mitigates it. */
async function mitigates(jira: DemoJira, control: string | undefined, risk: string): Promise<void> {
  if (!control) return;
  const issue = await demoRest<{ fields: { issuelinks?: { outwardIssue?: { key: string } }[] } }>(
    jira.site,
    'admin',
    'GET',
    `/rest/api/3/issue/${control}?fields=issuelinks`,
  );
  if ((issue.fields.issuelinks ?? []).some((l) => l.outwardIssue?.key === risk)) return;
  await jira.link('admin', 'AIMS Mitigates', control, risk);
}

/** Records the demo SoA decisions and risks (see the file comment); returns control keys by reference. */
export async function seedSoaDecisions(
  site: DemoSite,
): Promise<{ controls: Map<string, string>; openRisk: string; confidentialRisk: string }> {
  const jira = await DemoJira.connect(site);
  const controls = await aiControls(jira);
  const keyOf = new Map<string, string>();
  for (const [ref, c] of controls) keyOf.set(ref, c.key);
  for (const decision of DEMO_SOA_DECISIONS) {
    const control = controls.get(`ISO42001:${decision[0]}`);
    if (!control || control.decided) continue;
    await recordDecision(jira, 'admin', control.key, decision);
  }
  // Seeded without demo phase 3 (a page of its own in tests): the other decisions too, so the
  // SoA can be approved (every row decided and justified).
  for (const decision of DEMO_CONTROL_DECISIONS) {
    const control = controls.get(`ISO42001:${decision[0]}`);
    if (!control || control.decided) continue;
    await recordDecision(jira, decision[4] ?? 'manager', control.key, decision);
  }
  if (!controls.has(ORG_CONTROL.ref)) {
    const key = await jira.create(
      'admin',
      'AI Control',
      ORG_CONTROL.title,
      {
        isoReference: ORG_CONTROL.ref,
        applicability: 'Included',
        justification: ORG_CONTROL.justification,
        implementationStatus: 'Planned',
      },
      { assignee: { accountId: demoUser('manager').accountId } },
    );
    keyOf.set(ORG_CONTROL.ref, key);
  }
  const openRisk = await ensureRisk(jira, OPEN_RISK, 'High', false);
  const confidentialRisk = await ensureRisk(jira, CONFIDENTIAL_RISK, 'Critical', true);
  await mitigates(jira, keyOf.get('ISO42001:A.6.2.4'), openRisk);
  await mitigates(jira, keyOf.get('ISO42001:A.7.4'), openRisk);
  await mitigates(jira, keyOf.get('ISO42001:A.6.2.8'), confidentialRisk);
  await mitigates(jira, keyOf.get(ORG_CONTROL.ref), openRisk);
  return { controls: keyOf, openRisk, confidentialRisk };
}
