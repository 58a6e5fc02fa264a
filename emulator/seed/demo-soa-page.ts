/**
 * Demo seed: the "Statement of Applicability" page in space AIMS with the app's SoA macro, over
 * a few SoA decisions recorded on the AIMS project's AI Control issues (and two AI Risks, one of
 * them Confidential), approved by the AIMS manager through the app, then one control changed in
 * Jira so the macro shows "changed since the approval". Everything goes through REST and the
 * app's own resolver, as clicks would. Needs the AIMS project provisioned by the app first.
 * Idempotent: an existing page, decided controls and existing risks are left as they are.
 */
import type { RunningSite } from '../core/site';
import type { ForgeHost } from '../forge-host';
import { demoRest, demoUser } from './demo/demo-rest';
import type { DemoLogin } from './demo/demo-rest';
import { forgeMacroNode } from './forge-macro-node';

type Login = Extract<DemoLogin, 'admin' | 'manager' | 'member'>;
type Site = Pick<RunningSite, 'url'>;

export const SOA_PAGE_TITLE = 'Statement of Applicability';
export const SOA_MACRO_KEY = 'aims-soa';
export const SOA_MACRO_LOCAL_ID = 'aims-soa-1';

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** The SoA macro as Confluence stores a Forge macro (extension node of type com.atlassian.ecosystem). */
export function soaMacroNode(
  host: ForgeHost,
  config: Record<string, unknown> | undefined,
  localId = SOA_MACRO_LOCAL_ID,
): Record<string, unknown> {
  return forgeMacroNode(
    host,
    { moduleKey: SOA_MACRO_KEY, title: 'ISO 42001 Statement of Applicability', localId: localId },
    config,
  );
}

/** The page body: a short introduction and the macro. */
export function soaPageBody(
  host: ForgeHost,
  config: Record<string, unknown> | undefined,
  localId = SOA_MACRO_LOCAL_ID,
) {
  return {
    type: 'doc',
    version: 1,
    content: [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text:
              'Our Statement of Applicability (ISO/IEC 42001, 6.1.3 d): every Annex A control and our own controls, whether ' +
              'each is included or excluded and why, how far it is implemented, who owns it, and the AI risks it treats. ' +
              'It is read live from the AIMS project in Jira; the AIMS manager approves it here.',
          },
        ],
      },
      soaMacroNode(host, config, localId),
    ],
  };
}

export const DEMO_SOA_CONFIG = { projectKey: 'AIMS', includeOrganizationControls: true };

interface FieldIds {
  isoReference: string;
  applicability: string;
  justification: string;
  implementationStatus: string;
  evidence: string;
  inherentLevel: string;
}

async function fieldIds(site: Site): Promise<FieldIds> {
  const fields = await demoRest<{ id: string; name: string }[]>(
    site,
    'admin',
    'GET',
    '/rest/api/3/field',
  );
  const id = (name: string): string => {
    const found = fields.find((f) => f.name === name)?.id;
    if (!found) throw new Error(`Field "${name}" is missing: provision the AIMS project first`);
    return found;
  };
  return {
    isoReference: id('ISO 42001 reference'),
    applicability: id('Applicability'),
    justification: id('SoA justification'),
    implementationStatus: id('Implementation status'),
    evidence: id('Evidence'),
    inherentLevel: id('Inherent risk level'),
  };
}

interface Decision {
  ref: string;
  applicability: 'Included' | 'Excluded';
  justification?: string;
  status?: 'Not started' | 'Planned' | 'In progress' | 'Implemented';
  owner?: Login;
  evidence?: string;
}

export const DEMO_SOA_DECISIONS: readonly Decision[] = [
  {
    ref: 'A.2.2',
    applicability: 'Included',
    justification: 'Clause 5.2 needs an AI policy; ours is the "AI Policy" page.',
    status: 'Implemented',
    owner: 'manager',
    evidence: '2026-06-30 AI Policy approved at page version 1',
  },
  {
    ref: 'A.2.3',
    applicability: 'Included',
    justification: 'The AI policy must agree with our security and privacy policies.',
    status: 'In progress',
    owner: 'manager',
  },
  {
    ref: 'A.2.4',
    applicability: 'Included',
    justification: 'Yearly policy review, tracked by the app.',
    status: 'Implemented',
    owner: 'manager',
  },
  {
    ref: 'A.3.2',
    applicability: 'Included',
    justification: 'Roles are assigned per AI system.',
    status: 'Implemented',
    owner: 'admin',
  },
  {
    ref: 'A.3.3',
    applicability: 'Included',
    justification: 'Staff report concerns through the AIMS project.',
    status: 'Planned',
    owner: 'admin',
  },
  {
    ref: 'A.5.2',
    applicability: 'Included',
    justification: 'Impact assessments for every AI system in scope.',
    status: 'In progress',
    owner: 'manager',
  },
  {
    ref: 'A.6.2.4',
    applicability: 'Included',
    justification: 'Credit models must be validated before release.',
    status: 'In progress',
    owner: 'manager',
    evidence: '2026-09-15 Validation report https://docs.example.com/aims/validation-2026-09.pdf',
  },
  {
    ref: 'A.6.2.8',
    applicability: 'Included',
    justification: 'Event logs are needed to investigate incidents.',
    status: 'Planned',
    owner: 'admin',
  },
  { ref: 'A.7.4', applicability: 'Included', status: 'Not started', owner: 'admin' },
  {
    ref: 'A.10.4',
    applicability: 'Excluded',
    justification: 'We provide no AI system to customers; we only use AI internally.',
  },
];

/** One control of the organization's own, beside Annex A. */
const ORG_CONTROL = {
  ref: 'ORG:red-team',
  title: 'Red-team testing of credit models',
  justification: 'Our own control: adversarial testing before each model release, beyond A.6.2.4.',
};

const CONFIDENTIAL_RISK = 'Model extraction through the scoring API';
const OPEN_RISK = 'Biased credit decisions for thin-file applicants';

async function controlKeys(
  site: Site,
  ids: FieldIds,
): Promise<Map<string, { key: string; decided: boolean }>> {
  const res = await demoRest<{ issues: { key: string; fields: Record<string, unknown> }[] }>(
    site,
    'admin',
    'POST',
    '/rest/api/3/search/jql',
    {
      jql: 'project = "AIMS" AND issuetype = "AI Control" ORDER BY key',
      fields: [ids.isoReference, ids.applicability],
      maxResults: 100,
    },
  );
  return new Map(
    res.issues.map((i) => [
      String(i.fields[ids.isoReference] ?? ''),
      {
        key: i.key,
        decided: i.fields[ids.applicability] !== null && i.fields[ids.applicability] !== undefined,
      },
    ]),
  );
}

async function ensureRisk(
  site: Site,
  ids: FieldIds,
  summary: string,
  level: string,
  confidential: boolean,
): Promise<string> {
  const found = await demoRest<{ issues: { key: string }[] }>(
    site,
    'admin',
    'POST',
    '/rest/api/3/search/jql',
    {
      jql: `project = "AIMS" AND issuetype = "AI Risk" AND summary ~ "${summary}"`,
      fields: ['summary'],
      maxResults: 1,
    },
  );
  if (found.issues[0]) return found.issues[0].key;
  let security: { id: string } | undefined;
  if (confidential) {
    const levels = await demoRest<{ levels: { id: string; name: string }[] }>(
      site,
      'admin',
      'GET',
      '/rest/api/3/project/AIMS/securitylevel',
    );
    const level = levels.levels.find((l) => l.name === 'Confidential');
    if (level) security = { id: level.id };
  }
  const created = await demoRest<{ key: string }>(site, 'admin', 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'AIMS' },
      issuetype: { name: 'AI Risk' },
      summary,
      [ids.inherentLevel]: { value: level },
      ...(security ? { security } : {}),
    },
  });
  return created.key;
}

/** Records the demo SoA decisions and risks (see DEMO_SOA_DECISIONS); leaves decided controls alone. */
export async function seedSoaDecisions(
  site: Site,
): Promise<{ controls: Map<string, string>; openRisk: string; confidentialRisk: string }> {
  const ids = await fieldIds(site);
  const controls = await controlKeys(site, ids);
  const keyOf = new Map<string, string>();
  for (const [ref, c] of controls) keyOf.set(ref, c.key);
  for (const d of DEMO_SOA_DECISIONS) {
    const control = controls.get(`ISO42001:${d.ref}`);
    if (!control || control.decided) continue;
    await demoRest(site, 'admin', 'PUT', `/rest/api/3/issue/${control.key}`, {
      fields: {
        [ids.applicability]: { value: d.applicability },
        ...(d.justification ? { [ids.justification]: adf(d.justification) } : {}),
        ...(d.status ? { [ids.implementationStatus]: { value: d.status } } : {}),
        ...(d.evidence ? { [ids.evidence]: adf(d.evidence) } : {}),
        ...(d.owner ? { assignee: { accountId: demoUser(d.owner).accountId } } : {}),
      },
    });
  }
  if (!controls.has(ORG_CONTROL.ref)) {
    const created = await demoRest<{ key: string }>(site, 'admin', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'AIMS' },
        issuetype: { name: 'AI Control' },
        summary: ORG_CONTROL.title,
        [ids.isoReference]: ORG_CONTROL.ref,
        [ids.applicability]: { value: 'Included' },
        [ids.justification]: adf(ORG_CONTROL.justification),
        [ids.implementationStatus]: { value: 'Planned' },
        assignee: { accountId: demoUser('manager').accountId },
      },
    });
    keyOf.set(ORG_CONTROL.ref, created.key);
  }
  const openRisk = await ensureRisk(site, ids, OPEN_RISK, 'High', false);
  const confidentialRisk = await ensureRisk(site, ids, CONFIDENTIAL_RISK, 'Critical', true);
  const link = async (controlRef: string, risk: string): Promise<void> => {
    const control = keyOf.get(controlRef);
    if (!control) return;
    const issue = await demoRest<{ fields: { issuelinks?: { outwardIssue?: { key: string } }[] } }>(
      site,
      'admin',
      'GET',
      `/rest/api/3/issue/${control}?fields=issuelinks`,
    );
    if ((issue.fields.issuelinks ?? []).some((l) => l.outwardIssue?.key === risk)) return;
    await demoRest(site, 'admin', 'POST', '/rest/api/3/issueLink', {
      type: { name: 'AIMS Mitigates' },
      inwardIssue: { key: control },
      outwardIssue: { key: risk },
    });
  };
  await link('ISO42001:A.6.2.4', openRisk);
  await link('ISO42001:A.7.4', openRisk);
  await link('ISO42001:A.6.2.8', confidentialRisk);
  await link(ORG_CONTROL.ref, openRisk);
  return { controls: keyOf, openRisk, confidentialRisk };
}

interface Outcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  details?: string[];
}

/** Runs one of the SoA macro's resolver functions as a user, the way the macro's frame would. */
export async function invokeSoaMacro(
  host: ForgeHost,
  site: Site,
  login: Login,
  page: { id: string; spaceId: string },
  functionKey: string,
  payload: Record<string, unknown>,
  config: Record<string, unknown> | undefined,
): Promise<Outcome> {
  const accountId = demoUser(login).accountId;
  return (await host.invokeFunction(
    'soa-macro-resolver',
    {
      call: { functionKey, payload },
      context: {
        accountId,
        siteUrl: site.url,
        moduleKey: SOA_MACRO_KEY,
        localId: SOA_MACRO_LOCAL_ID,
        extension: {
          type: 'macro',
          content: { id: page.id, type: 'page' },
          space: { id: page.spaceId, key: 'AIMS' },
          ...(config ? { config } : {}),
          macro: { isConfiguring: false, isInserting: false },
        },
      },
    },
    { accountId, moduleKey: SOA_MACRO_KEY },
  )) as Outcome;
}

/**
 * Approves the SoA as the manager, as the macro's button does: the hash of what was looked at goes
 * with the approval. The app's triggers may still be updating issues (e.g. risk levels) right
 * after the seed's changes, so a "changed while you were reading it" refusal is retried.
 */
async function approveAsManager(
  host: ForgeHost,
  site: Site,
  page: { id: string; spaceId: string },
): Promise<void> {
  let last: Outcome | undefined;
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
 * Call after the app has provisioned the AIMS project.
 */
export async function seedSoaPage(
  site: Site,
  host: ForgeHost,
): Promise<{ pageId: string; created: boolean }> {
  const spaces = await demoRest<{ results: { id: string }[] }>(
    site,
    'admin',
    'GET',
    '/wiki/api/v2/spaces?keys=AIMS',
  );
  const spaceId = spaces.results[0]?.id;
  if (!spaceId) throw new Error('Space AIMS does not exist');
  const existing = await demoRest<{ results: { id: string }[] }>(
    site,
    'admin',
    'GET',
    `/wiki/api/v2/spaces/${spaceId}/pages?title=${encodeURIComponent(SOA_PAGE_TITLE)}`,
  );
  const found = existing.results[0];
  if (found) return { pageId: found.id, created: false };
  const seeded = await seedSoaDecisions(site);
  const created = await demoRest<{ id: string }>(site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId,
    status: 'current',
    title: SOA_PAGE_TITLE,
    body: {
      representation: 'atlas_doc_format',
      value: JSON.stringify(soaPageBody(host, DEMO_SOA_CONFIG)),
    },
  });
  const page = { id: created.id, spaceId };
  await approveAsManager(host, site, page);
  // After the approval, A.3.3 moves on in Jira: the macro shows it under "changed since the approval".
  const ids = await fieldIds(site);
  const a33 = seeded.controls.get('ISO42001:A.3.3');
  if (a33)
    await demoRest(site, 'admin', 'PUT', `/rest/api/3/issue/${a33}`, {
      fields: { [ids.implementationStatus]: { value: 'In progress' } },
    });
  return { pageId: page.id, created: true };
}
