/**
 * Demo seed: "Management Review 2026-Q3" (held: decisions became AIMS Actions, then the review
 * was recorded as held, so its record is frozen) and "Management Review 2026-Q4" (a draft whose
 * previous review is the Q3 page, so its input a) lists the Q3 actions), in space AIMS.
 * Everything is done through the app's own resolver, invoked as the people who would click in
 * the macro. Prerequisites: the AIMS project is provisioned (the app's install ran); demo issues
 * make the figures livelier but are not required. Idempotent: existing pages are left alone.
 */
import type { ForgeHost } from '../../forge-host';
import type { DemoPage, MacroOutcome } from './demo-pages';
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

export const Q3_REVIEW_TITLE = 'Management Review 2026-Q3';
export const Q4_REVIEW_TITLE = 'Management Review 2026-Q4';

const REVIEW_MACRO = new DemoMacro(
  'aims-management-review',
  'aims-management-review-1',
  'checkConfig',
);

/** A seeded person's accountId. */
export function seededAccountId(login: DemoLogin): string {
  return demoUser(login).accountId;
}

/** The Forge macro node as Confluence stores it (extension of type com.atlassian.ecosystem). */
export function reviewMacroNode(
  host: ForgeHost,
  config: Record<string, unknown>,
  localId = REVIEW_MACRO.localId,
): Record<string, unknown> {
  return REVIEW_MACRO.node(host, config, localId);
}

/** A page body: a short introduction and the macro. */
export function reviewPageBody(host: ForgeHost, config: Record<string, unknown>) {
  return introAndMacro(
    'Management review of the AI management system (ISO/IEC 42001 clause 9.3). The macro below compiles the inputs from Jira and records the decisions.',
    reviewMacroNode(host, config),
  );
}

/** Runs one of the macro's resolver functions as a user, the way the macro's frame would. */
export function invokeReviewMacro(
  host: ForgeHost,
  login: DemoLogin,
  page: DemoPage,
  config: Record<string, unknown>,
  functionKey: string,
  payload: Record<string, unknown> = {},
  siteUrl?: string,
): Promise<MacroOutcome> {
  return REVIEW_MACRO.invoke(host, login, page, { functionKey, payload }, config, siteUrl);
}

async function mustInvoke(...args: Parameters<typeof invokeReviewMacro>): Promise<unknown> {
  return outcomeData(args[4], await invokeReviewMacro(...args));
}

async function findOrCreatePage(
  site: DemoSite,
  host: ForgeHost,
  spaceId: string,
  title: string,
  config: Record<string, unknown>,
): Promise<DemoPage & { created: boolean }> {
  const found = await findPage(site, spaceId, title);
  if (found) return { id: found, spaceId, created: false };
  const id = await createAdfPage(site, spaceId, title, reviewPageBody(host, config));
  return { id, spaceId, created: true };
}

export function q3ReviewConfig(): Record<string, unknown> {
  return {
    title: Q3_REVIEW_TITLE,
    projectKey: 'AIMS',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
  };
}

export function q4ReviewConfig(q3PageId: string): Record<string, unknown> {
  return {
    title: Q4_REVIEW_TITLE,
    projectKey: 'AIMS',
    periodStart: '2026-10-01',
    periodEnd: '2026-12-31',
    previousReviewPageId: q3PageId,
  };
}

/** Creates the two demo review pages (see the file comment). */
export async function seedReviewPages(
  site: DemoSite,
  host: ForgeHost,
): Promise<{ q3PageId: string; q4PageId: string }> {
  const spaceId = await aimsSpaceId(site);

  const q3Config = q3ReviewConfig();
  const q3 = await findOrCreatePage(site, host, spaceId, Q3_REVIEW_TITLE, q3Config);
  if (q3.created) {
    await mustInvoke(host, 'manager', q3, q3Config, 'checkConfig', { config: q3Config });
    await mustInvoke(host, 'manager', q3, q3Config, 'saveInputs', {
      externalInternalIssues:
        'The EU AI Act obligations for general-purpose AI models apply from August 2026.\nThe data science team moved to the new model-training platform.',
      interestedParties:
        'Two enterprise customers now ask for model cards with every release.\nThe works council asked to be consulted on AI used in hiring.',
    });
    await mustInvoke(host, 'manager', q3, q3Config, 'saveAttendees', {
      attendeeAccountIds: [
        seededAccountId('admin'),
        seededAccountId('manager'),
        seededAccountId('auditor'),
      ],
    });
    await mustInvoke(host, 'manager', q3, q3Config, 'addDecision', {
      id: 'seed-q3-model-cards',
      kind: 'continual-improvement',
      description: 'Publish a model card with every customer-facing model release',
      ownerAccountId: seededAccountId('manager'),
      dueDate: '2026-11-15',
    });
    await mustInvoke(host, 'manager', q3, q3Config, 'addDecision', {
      id: 'seed-q3-hiring-consult',
      kind: 'aims-change',
      description: 'Add the works council to the interested parties and consult it on AI in hiring',
      ownerAccountId: seededAccountId('admin'),
      dueDate: '2027-01-31',
    });
    await mustInvoke(host, 'manager', q3, q3Config, 'recordAsHeld', { confirm: true });
  }

  const q4Config = q4ReviewConfig(q3.id);
  const q4 = await findOrCreatePage(site, host, spaceId, Q4_REVIEW_TITLE, q4Config);
  if (q4.created) {
    await mustInvoke(host, 'manager', q4, q4Config, 'checkConfig', { config: q4Config });
    await mustInvoke(host, 'manager', q4, q4Config, 'saveInputs', {
      externalInternalIssues: 'A new supplier provides the speech-to-text model used by support.',
      interestedParties: '',
    });
  }
  return { q3PageId: q3.id, q4PageId: q4.id };
}
