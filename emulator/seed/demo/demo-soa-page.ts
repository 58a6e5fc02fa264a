/**
 * Demo seed: the "Statement of Applicability" page in space AIMS with the app's SoA macro, over
 * a few SoA decisions recorded on the AIMS project's AI Control issues (and two AI Risks, one of
 * them Confidential; see demo-soa-page-issues.ts), approved by the AIMS manager through the app,
 * then one control changed in Jira so the macro shows "changed since the approval". Everything
 * goes through REST and the app's own resolver, as clicks would. Needs the AIMS project
 * provisioned by the app first. Idempotent: an existing page is left as it is.
 */
import type { ForgeHost } from '../../forge-host';
import type { DemoPage, MacroOutcome } from './demo-pages';
import { aimsSpaceId, createAdfPage, DemoMacro, findPage, introAndMacro } from './demo-pages';
import { DemoJira } from './demo-jira';
import type { DemoLogin, DemoSite } from './demo-rest';
import { seedSoaDecisions } from './demo-soa-page-issues';

type Login = Extract<DemoLogin, 'admin' | 'manager' | 'member'>;

export const SOA_PAGE_TITLE = 'Statement of Applicability';

const SOA_MACRO = new DemoMacro('aims-soa', 'aims-soa-1');

export const DEMO_SOA_CONFIG = { projectKey: 'AIMS', includeOrganizationControls: true };

/** The SoA macro as Confluence stores a Forge macro (extension node of type com.atlassian.ecosystem). */
export function soaMacroNode(
  host: ForgeHost,
  config: Record<string, unknown> | undefined,
  localId = SOA_MACRO.localId,
): Record<string, unknown> {
  return SOA_MACRO.node(host, config, localId);
}

/** The page body: a short introduction and the macro. */
export function soaPageBody(
  host: ForgeHost,
  config: Record<string, unknown> | undefined,
  localId = SOA_MACRO.localId,
) {
  return introAndMacro(
    'Our Statement of Applicability (ISO/IEC 42001, 6.1.3 d): every Annex A control and our own controls, whether ' +
      'each is included or excluded and why, how far it is implemented, who owns it, and the AI risks it treats. ' +
      'It is read live from the AIMS project in Jira; the AIMS manager approves it here.',
    soaMacroNode(host, config, localId),
  );
}

/** Runs one of the SoA macro's resolver functions as a user, the way the macro's frame would. */
export function invokeSoaMacro(
  host: ForgeHost,
  site: DemoSite,
  login: Login,
  page: DemoPage,
  functionKey: string,
  payload: Record<string, unknown>,
  config: Record<string, unknown> | undefined,
): Promise<MacroOutcome> {
  return SOA_MACRO.invoke(host, login, page, { functionKey, payload }, config, site.url);
}

/**
 * Approves the SoA as the manager, as the macro's button does: the hash of what was looked at goes
 * with the approval. The app's triggers may still be updating issues (e.g. risk levels) right
 * after the seed's changes, so a "changed while you were reading it" refusal is retried.
 */
async function approveAsManager(
  host: ForgeHost,
  site: DemoSite,
  page: { id: string; spaceId: string },
): Promise<void> {
  let last: MacroOutcome | undefined;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const view = await invokeSoaMacro(host, site, 'manager', page, 'getView', {}, DEMO_SOA_CONFIG);
    const hash = (view.data as { live?: { contentHash?: string } } | undefined)?.live?.contentHash;
    if (!view.ok || !hash) {
      throw new Error(
        `The SoA macro did not load: ${view.error ?? ''} ${(view.details ?? []).join('; ')}`,
      );
    }
    last = await invokeSoaMacro(
      host,
      site,
      'manager',
      page,
      'approve',
      { reviewedHash: hash },
      DEMO_SOA_CONFIG,
    );
    if (last.ok) return;
    if (!String(last.error).includes('changed in Jira while you were reading it')) break;
    await host.waitForIdle();
  }
  throw new Error(
    `The SoA was not approved: ${last?.error ?? ''} ${(last?.details ?? []).join('; ')}`,
  );
}

/**
 * Creates the demo "Statement of Applicability" page (see the file comment); returns its id.
 * Call after the app has provisioned the AIMS project. `settle` lets time pass between recording
 * the decisions in Jira and approving (Jira's search catches up, as it has when the manager comes
 * to approve): an approval snapshots what search shows, and a control created a moment before is
 * not in it yet — on Atlassian's cloud as on the emulator with search lag.
 */
export async function seedSoaPage(
  site: DemoSite,
  host: ForgeHost,
  settle: () => Promise<void> = async () => undefined,
): Promise<{ pageId: string; created: boolean }> {
  const spaceId = await aimsSpaceId(site);
  const found = await findPage(site, spaceId, SOA_PAGE_TITLE);
  if (found) return { pageId: found, created: false };
  const seeded = await seedSoaDecisions(site);
  await settle();
  const id = await createAdfPage(site, spaceId, SOA_PAGE_TITLE, soaPageBody(host, DEMO_SOA_CONFIG));
  const page = { id, spaceId };
  await approveAsManager(host, site, page);
  // After the approval, A.3.3 moves on in Jira: the macro shows it under "changed since the approval".
  const a33 = seeded.controls.get('ISO42001:A.3.3');
  if (a33) {
    const jira = await DemoJira.connect(site);
    await jira.edit('admin', a33, { implementationStatus: 'In progress' });
  }
  return { pageId: page.id, created: true };
}
