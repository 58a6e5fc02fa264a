/**
 * Demo seed: the "Gap analysis" page in space AIMS with the app's gap analysis macro. The AIMS
 * manager assessed every requirement at the start of the programme and completed that assessment;
 * a second one, started from it, is in progress with the requirements that moved since — so the
 * page shows readiness and the progress between the two. Everything goes through the macro's own
 * resolver, as clicks in its frame would. Idempotent: an existing page is left as it is.
 */
import type { ForgeHost } from '../../forge-host';
import type { DemoPage } from './demo-pages';
import {
  aimsSpaceId,
  createAdfPage,
  DemoMacro,
  findPage,
  introAndMacro,
  outcomeData,
} from './demo-pages';
import type { DemoLogin, DemoSite } from './demo-rest';

export const GAP_PAGE_TITLE = 'Gap analysis';

const GAP_MACRO = new DemoMacro('aims-gap-analysis', 'aims-gap-analysis-1');

type Status = 'not-started' | 'partly' | 'conformant' | 'not-applicable';

/** Where the programme stood at the start: what the AIMS already had, and what it lacked. */
const FIRST: Readonly<Record<string, Status>> = {
  '5.2': 'conformant',
  '6.1.2': 'conformant',
  '10.2': 'partly',
  '9.3.1': 'partly',
  '9.3.2': 'partly',
  '9.3.3': 'partly',
  '4.1': 'partly',
  '4.3': 'partly',
  '6.1.3': 'partly',
  '7.5.2': 'partly',
  '7.5.3': 'partly',
  'A.2.2': 'conformant',
  'A.2.3': 'partly',
  'A.6.2.4': 'partly',
  'A.6.2.6': 'partly',
  'A.10.4': 'not-applicable',
};

/** What moved by the second assessment. */
const SECOND: Readonly<Record<string, Status>> = {
  '4.1': 'conformant',
  '4.2': 'partly',
  '4.3': 'conformant',
  '6.1.3': 'conformant',
  '9.3.1': 'conformant',
  '9.3.2': 'conformant',
  '10.2': 'conformant',
  '9.2.1': 'partly',
  'A.5.2': 'partly',
  'A.6.2.4': 'conformant',
};

/** The page body: a short introduction and the macro (it has no settings). */
export function gapPageBody(host: ForgeHost) {
  return introAndMacro(
    'Where the AIMS stands against every requirement of ISO/IEC 42001 (clauses 4–10 and Annex A), assessment after assessment.',
    GAP_MACRO.node(host, undefined),
  );
}

function itemFor(ref: string, status: Status, evidenceUrl: string) {
  switch (status) {
    case 'conformant':
      return { status, evidence: [{ url: evidenceUrl, label: `Evidence for ${ref}` }] };
    case 'not-applicable':
      return {
        status,
        justification:
          'We provide no AI systems to customers; no customer relationship is in scope.',
      };
    case 'partly':
      return { status, gap: `Part of ${ref} is in place; the rest is on the roadmap.` };
    case 'not-started':
      return { status, gap: `Nothing is in place for ${ref} yet.` };
  }
}

async function invoke(
  host: ForgeHost,
  login: DemoLogin,
  page: DemoPage,
  functionKey: string,
  payload: Record<string, unknown> = {},
): Promise<unknown> {
  const call = { functionKey, payload };
  return outcomeData(functionKey, await GAP_MACRO.invoke(host, login, page, call, undefined));
}

/** Assesses what is not assessed yet (every requirement, for a new assessment) or `only` these. */
async function assessAll(
  host: ForgeHost,
  page: DemoPage,
  assessmentId: string,
  statuses: Readonly<Record<string, Status>>,
  evidenceUrl: string,
  only?: readonly string[],
): Promise<void> {
  const view = (await invoke(host, 'manager', page, 'getView')) as { unassessedRefs: string[] };
  for (const ref of only ?? view.unassessedRefs) {
    const item = itemFor(ref, statuses[ref] ?? 'not-started', evidenceUrl);
    await invoke(host, 'manager', page, 'assess', { assessmentId, ref, item });
  }
}

export async function seedGapPage(site: DemoSite, host: ForgeHost): Promise<DemoPage> {
  const spaceId = await aimsSpaceId(site);
  const found = await findPage(site, spaceId, GAP_PAGE_TITLE);
  if (found) return { id: found, spaceId };
  const id = await createAdfPage(site, spaceId, GAP_PAGE_TITLE, gapPageBody(host));
  const page = { id, spaceId };
  const evidenceUrl = `${site.url}/wiki/spaces/AIMS`;
  const first = (await invoke(host, 'manager', page, 'start', {
    title: 'Initial gap analysis',
  })) as { id: string };
  await assessAll(host, page, first.id, FIRST, evidenceUrl);
  await invoke(host, 'manager', page, 'complete');
  const second = (await invoke(host, 'manager', page, 'start', {
    title: 'Gap analysis before Stage 1',
  })) as { id: string };
  await assessAll(host, page, second.id, { ...FIRST, ...SECOND }, evidenceUrl, Object.keys(SECOND));
  return page;
}
