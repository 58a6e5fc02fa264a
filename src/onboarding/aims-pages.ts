/**
 * The onboarding's Confluence step: the scope, AI policy, SoA and management review pages in a
 * space the admin chooses, made from templates as the admin (Confluence REST v2), each holding the
 * app's macro. Idempotent: a page recorded earlier and still there is kept; otherwise a page of
 * the template's title in the space is adopted; only what is missing is created. The ids are
 * recorded in app storage.
 */
import { randomUUID } from 'node:crypto';
import { getAppContext, route } from '@forge/api';
import { p, text } from '@atlaskit/adf-utils/builders';
import { z } from 'zod';
import { forgeMacroNode } from '../confluence/forge-macro-node';
import { pageIsReadable } from '../confluence/pages';
import type { AimsPageKind, AimsPageTemplate } from '../domain/onboarding/aims-page-templates';
import { AIMS_PAGE_TEMPLATES } from '../domain/onboarding/aims-page-templates';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';
import type { OnboardingPages } from '../storage/onboarding-pages';
import { readOnboardingPages, writeOnboardingPages } from '../storage/onboarding-pages';

const spaceSchema = z.object({ id: z.string(), key: z.string(), name: z.string() });
const spacesSchema = z.object({
  results: z.array(spaceSchema),
  _links: z.object({ next: z.string().optional() }).optional(),
});
const pagesSchema = z.object({ results: z.array(z.object({ id: z.string() })) });

export interface SpaceChoice {
  id: string;
  key: string;
  name: string;
}

/** The spaces the admin can see (the first 250; `more` says when there are others). */
export async function listSpaces(
  client: ProductClient,
): Promise<{ spaces: SpaceChoice[]; more: boolean }> {
  const found = await client.get(
    route`/wiki/api/v2/spaces?limit=250&type=global&status=current&sort=name`,
    spacesSchema,
  );
  return {
    spaces: found.results.map(({ id, key, name }) => ({ id, key, name })),
    more: Boolean(found._links?.next),
  };
}

async function findPageByTitle(
  client: ProductClient,
  spaceId: string,
  title: string,
): Promise<string | undefined> {
  const found = await client.get(
    route`/wiki/api/v2/spaces/${spaceId}/pages?title=${title}&status=current&limit=1`,
    pagesSchema,
  );
  return found.results[0]?.id;
}

function pageBody(template: AimsPageTemplate, projectKey: string, year: number): string {
  const app = getAppContext();
  const macro = forgeMacroNode(
    {
      appId: app.appAri.appId,
      environmentId: app.environmentAri.environmentId,
      moduleKey: template.moduleKey,
      title: template.macroTitle,
    },
    randomUUID(),
    template.config(projectKey, year),
  );
  return JSON.stringify({
    type: 'doc',
    version: 1,
    content: [...template.intro.map((line) => p(text(line))), macro],
  });
}

async function createPage(
  client: ProductClient,
  spaceId: string,
  title: string,
  body: string,
): Promise<string> {
  try {
    const created = await client.post(
      route`/wiki/api/v2/pages`,
      {
        spaceId,
        status: 'current',
        title,
        body: { representation: 'atlas_doc_format', value: body },
      },
      z.object({ id: z.string() }),
      {
        findCreated: async () => {
          const id = await findPageByTitle(client, spaceId, title);
          return id ? { id } : undefined;
        },
      },
    );
    return created.id;
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 403 || err.status === 404)) {
      throw new Refusal(`Confluence did not let you create “${title}” in this space.`, [
        'Creating pages needs the space permission to add pages; choose a space where you can, or ask its admin.',
      ]);
    }
    throw err;
  }
}

export interface AimsPagesOutcome {
  spaceId: string;
  pages: { kind: AimsPageKind; pageId: string; title: string; created: boolean }[];
}

async function requireSpace(client: ProductClient, spaceId: string): Promise<SpaceChoice> {
  try {
    return await client.get(route`/wiki/api/v2/spaces/${spaceId}`, spaceSchema);
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 404 || err.status === 403)) {
      throw new Refusal('There is no Confluence space with that id that you can see.');
    }
    throw err;
  }
}

/** Finds or creates each page in the space, recording their ids for the project. */
export async function createAimsPages(
  client: ProductClient,
  projectKey: string,
  spaceId: string,
  now: Date,
): Promise<AimsPagesOutcome> {
  await requireSpace(client, spaceId);
  const year = now.getUTCFullYear();
  const recorded = await readOnboardingPages(projectKey);
  const ids: OnboardingPages['pages'] =
    recorded && recorded.spaceId === spaceId ? { ...recorded.pages } : {};
  const outcome: AimsPagesOutcome = { spaceId, pages: [] };
  for (const template of AIMS_PAGE_TEMPLATES) {
    const title = template.title(projectKey, year);
    const known = ids[template.kind];
    let pageId = known && (await pageIsReadable(client, known)) ? known : undefined;
    pageId ??= await findPageByTitle(client, spaceId, title);
    const created = pageId === undefined;
    pageId ??= await createPage(client, spaceId, title, pageBody(template, projectKey, year));
    ids[template.kind] = pageId;
    // Recorded after each page, so a failure part-way keeps what was made for the re-run.
    await writeOnboardingPages(projectKey, { spaceId, pages: ids, updatedAt: now.toISOString() });
    outcome.pages.push({ kind: template.kind, pageId, title, created });
  }
  return outcome;
}

/** Which of the recorded pages the admin can still open (a deleted page is missing again). */
export async function aimsPagesStatus(
  client: ProductClient,
  projectKey: string,
): Promise<{ spaceId: string | null; present: AimsPageKind[] }> {
  const recorded = await readOnboardingPages(projectKey);
  if (!recorded) return { spaceId: null, present: [] };
  const present: AimsPageKind[] = [];
  for (const template of AIMS_PAGE_TEMPLATES) {
    const id = recorded.pages[template.kind];
    if (id && (await pageIsReadable(client, id))) present.push(template.kind);
  }
  return { spaceId: recorded.spaceId, present };
}
