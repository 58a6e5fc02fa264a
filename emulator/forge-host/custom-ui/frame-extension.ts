/**
 * The extension context of a Custom UI frame, set by the product that shows the module — never
 * by the browser. Forge guarantees the context a resolver receives ("secure, unalterable, and
 * valid to be used for authorization", app-context-security): it is the module, issue, page and
 * saved macro configuration the product rendered for the signed-in user. The browser only says
 * where it shows the module (an issue key, a page and a macro's localId); the host reads that place
 * from Jira or Confluence as the user and refuses a place the user cannot see, or a macro that is
 * not on the page. What Forge does not guarantee is not guaranteed here either: anyone signed in
 * may open any module the app has (an admin page included) and invoke any of its resolver's
 * functions; in the editor, a person who can edit the page chooses the macro's configuration.
 * See docs/decisions/0007-custom-ui-context-is-the-products.md.
 */
import { z } from 'zod';
import type { SiteUser } from '../../core/users';
import type { AppRuntime } from '../app-runtime';
import { macroNodesOf } from '../macro-node';
import type { UiModule } from '../manifest';

/** Where the browser shows a frame (the frame request's fields besides the module). */
export const frameLocationSchema = z.strictObject({
  /** Jira issue modules: the issue the module is shown on. */
  issueKey: z.string().min(1).max(255).optional(),
  /** Macros: the page the macro is on, and the macro's localId in the page's ADF. */
  pageId: z.string().regex(/^\d+$/, 'pageId is a Confluence page id').optional(),
  localId: z.string().min(1).max(255).optional(),
  /**
   * Macros in the editor: the configuration the editor holds (unsaved edits included). Only a
   * person who can edit the page has the editor, so only they can set it.
   */
  editorConfig: z.record(z.string(), z.unknown()).optional(),
});
export type FrameLocation = z.infer<typeof frameLocationSchema>;

/** A frame the product would not show this user: the HTTP status and why. */
export class FrameRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Jira modules shown on an issue, whose context names the issue and its project. */
const ISSUE_MODULE_TYPES = new Set([
  'jira:issuePanel',
  'jira:issueGlance',
  'jira:issueAction',
  'jira:issueActivity',
  'jira:issueContext',
]);

export interface FrameExtension {
  extension: Record<string, unknown>;
  /** The macro's localId (macros); other modules get one per frame. */
  localId?: string;
}

/** The extension context the product gives the module at `location`, for `user`. */
export async function frameExtension(
  runtime: AppRuntime,
  user: SiteUser,
  mod: UiModule,
  location: FrameLocation,
  entryPoint: string | undefined,
): Promise<FrameExtension> {
  if (mod.type === 'macro') return macroExtension(runtime, user, mod, location, entryPoint);
  if (location.pageId || location.localId || location.editorConfig) {
    throw new FrameRefusal(400, `Module '${mod.key}' is not a macro: it is not shown on a page`);
  }
  if (ISSUE_MODULE_TYPES.has(mod.type)) return issueExtension(runtime, user, mod, location);
  if (location.issueKey) {
    throw new FrameRefusal(400, `Module '${mod.key}' (${mod.type}) is not shown on an issue`);
  }
  return { extension: { type: mod.type } };
}

/** GET on the site's REST as the user, as the product's own page would read it. */
async function readAsUser(
  runtime: AppRuntime,
  user: SiteUser,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(runtime.site.baseUrl + path, {
    headers: {
      authorization: `Basic ${Buffer.from(`${user.email}:${user.apiToken}`).toString('base64')}`,
      accept: 'application/json',
    },
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.status, body };
}

const issueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    issuetype: z.looseObject({ id: z.string(), name: z.string() }),
    project: z.looseObject({ id: z.string(), key: z.string(), projectTypeKey: z.string() }),
  }),
});

async function issueExtension(
  runtime: AppRuntime,
  user: SiteUser,
  mod: UiModule,
  location: FrameLocation,
): Promise<FrameExtension> {
  if (!location.issueKey) {
    throw new FrameRefusal(400, `Module '${mod.key}' is shown on an issue: give its issueKey`);
  }
  const read = await readAsUser(
    runtime,
    user,
    `/rest/api/3/issue/${encodeURIComponent(location.issueKey)}?fields=issuetype,project`,
  );
  const issue = read.status === 200 ? issueSchema.safeParse(read.body) : undefined;
  if (!issue?.success) {
    throw new FrameRefusal(404, `Issue ${location.issueKey} does not exist or you cannot see it`);
  }
  const { id, key, fields } = issue.data;
  return {
    extension: {
      type: mod.type,
      issue: { id, key, type: fields.issuetype.name, typeId: fields.issuetype.id },
      project: {
        id: fields.project.id,
        key: fields.project.key,
        type: fields.project.projectTypeKey,
      },
      isNewToIssue: false,
    },
  };
}

const pageSchema = z.looseObject({
  id: z.string(),
  spaceId: z.string(),
  body: z.looseObject({ atlas_doc_format: z.looseObject({ value: z.string() }) }),
});
const spaceSchema = z.looseObject({ key: z.string() });
const operationsSchema = z.looseObject({
  operations: z.array(z.looseObject({ operation: z.string(), targetType: z.string() })),
});

async function macroExtension(
  runtime: AppRuntime,
  user: SiteUser,
  mod: UiModule,
  location: FrameLocation,
  entryPoint: string | undefined,
): Promise<FrameExtension> {
  const { pageId, localId } = location;
  if (!pageId || !localId || location.issueKey) {
    throw new FrameRefusal(
      400,
      `Macro '${mod.key}' is shown on a page: give its pageId and localId`,
    );
  }
  const read = await readAsUser(
    runtime,
    user,
    `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`,
  );
  const page = read.status === 200 ? pageSchema.safeParse(read.body) : undefined;
  if (!page?.success) {
    throw new FrameRefusal(404, `Page ${pageId} does not exist or you cannot view it`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(page.data.body.atlas_doc_format.value);
  } catch {
    doc = undefined;
  }
  const macro = macroNodesOf(runtime.identity, doc).find(
    (m) => m.moduleKey === mod.key && m.localId === localId,
  );
  if (!macro) {
    throw new FrameRefusal(404, `Page ${pageId} has no macro '${mod.key}' with localId ${localId}`);
  }
  const isEditing = entryPoint === 'config' || location.editorConfig !== undefined;
  if (isEditing && !(await canEditPage(runtime, user, pageId))) {
    throw new FrameRefusal(
      403,
      `Only people who can edit page ${pageId} open it in the editor (and configure its macros)`,
    );
  }
  const space = await readAsUser(runtime, user, `/wiki/api/v2/spaces/${page.data.spaceId}`);
  const spaceKey = spaceSchema.safeParse(space.body);
  return {
    localId: macro.localId,
    extension: {
      type: 'macro',
      content: { id: page.data.id, type: 'page', subtype: null },
      space: { id: page.data.spaceId, key: spaceKey.success ? spaceKey.data.key : undefined },
      isEditing,
      config: location.editorConfig ?? macro.config,
      macro: { isConfiguring: entryPoint === 'config', isInserting: false },
    },
  };
}

async function canEditPage(runtime: AppRuntime, user: SiteUser, pageId: string): Promise<boolean> {
  const read = await readAsUser(runtime, user, `/wiki/api/v2/pages/${pageId}/operations`);
  const parsed = operationsSchema.safeParse(read.body);
  return (
    read.status === 200 &&
    parsed.success &&
    parsed.data.operations.some((o) => o.operation === 'update' && o.targetType === 'page')
  );
}
