/**
 * Demo seed: the "AIMS scope and context" page in space AIMS with the app's scope macro. A manager
 * makes admin the owner, the owner records the scope and context and the manager approves it; after the 2026-Q3 management
 * review is held, the owner revises it (seedScopeRevision) and asks for approval again, so the
 * 2026-Q4 draft review shows what changed since Q3 and the page waits for a manager's approval.
 * Everything goes through the macro's own resolver, as clicks in its frame would. Idempotent: an
 * existing page is left as it is.
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
import { demoUser } from './demo-rest';
import type { DemoLogin, DemoSite } from './demo-rest';
import { initialScopeContent, revisedScopeContent } from './demo-scope-content';

export const SCOPE_PAGE_TITLE = 'AIMS scope and context';

const SCOPE_MACRO = new DemoMacro('aims-scope-context', 'aims-scope-context-1', 'saveConfig');

/** Who owns the demo scope and context (set by the manager; the page's first version is theirs). */
export const DEMO_SCOPE_OWNER: DemoLogin = 'admin';

export function demoScopeConfig(): Record<string, unknown> {
  return {
    documentReference: 'AIMS-SCOPE-001',
    reviewIntervalMonths: 12,
    projectKey: 'AIMS',
  };
}

/** The page body: a short introduction and the macro. */
export function scopePageBody(host: ForgeHost, config: Record<string, unknown>) {
  return introAndMacro(
    'The scope of our AI management system and the context it works in (ISO/IEC 42001 clauses 4.1 to 4.3). The owner keeps the entries below; an AIMS manager approves them.',
    SCOPE_MACRO.node(host, config),
  );
}

/** Runs one of the macro's resolver functions as a user, the way the macro's frame would. */
export async function invokeScopeMacro(
  host: ForgeHost,
  login: DemoLogin,
  page: DemoPage,
  functionKey: string,
  payload: Record<string, unknown> = {},
  config: Record<string, unknown> = demoScopeConfig(),
): Promise<unknown> {
  const call = { functionKey, payload };
  return outcomeData(functionKey, await SCOPE_MACRO.invoke(host, login, page, call, config));
}

/** The content hash and revision the macro shows now (what an approval binds to). */
async function shownContent(host: ForgeHost, page: DemoPage) {
  const view = (await invokeScopeMacro(host, 'manager', page, 'getView')) as {
    content: { contentHash: string; revision: number } | null;
  };
  if (!view.content) throw new Error('The scope page has no content');
  return view.content;
}

/** Creates the page, records the scope and context as before Q3, and approves it. */
export async function seedScopePage(
  site: DemoSite,
  host: ForgeHost,
): Promise<DemoPage & { created: boolean }> {
  const spaceId = await aimsSpaceId(site);
  const found = await findPage(site, spaceId, SCOPE_PAGE_TITLE);
  if (found) return { id: found, spaceId, created: false };
  const config = demoScopeConfig();
  const id = await createAdfPage(site, spaceId, SCOPE_PAGE_TITLE, scopePageBody(host, config));
  const page = { id, spaceId };
  await invokeScopeMacro(host, 'admin', page, 'saveConfig', { config });
  await invokeScopeMacro(host, 'manager', page, 'setOwner', {
    ownerAccountId: demoUser(DEMO_SCOPE_OWNER).accountId,
  });
  await invokeScopeMacro(host, 'admin', page, 'saveContent', {
    content: initialScopeContent(),
    baseRevision: 0,
  });
  await invokeScopeMacro(host, 'admin', page, 'requestApproval');
  const { contentHash } = await shownContent(host, page);
  await invokeScopeMacro(host, 'manager', page, 'approve', {
    reviewedVersion: 1,
    reviewedContentHash: contentHash,
  });
  return { ...page, created: true };
}

/** After the Q3 review: the owner revises the scope and context and asks for approval again. */
export async function seedScopeRevision(host: ForgeHost, page: DemoPage): Promise<void> {
  const { revision } = await shownContent(host, page);
  await invokeScopeMacro(host, 'admin', page, 'saveContent', {
    content: revisedScopeContent(),
    baseRevision: revision,
  });
  await invokeScopeMacro(host, 'admin', page, 'requestApproval');
}
