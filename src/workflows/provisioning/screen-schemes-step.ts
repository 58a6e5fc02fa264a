import { route } from '@forge/api';
import type { z } from 'zod';
import type { AimsIssueTypeKey } from '../../jira/aims-schema';
import { AIMS_SCREENS } from '../../jira/aims-schema';
import { allPages } from '../../jira/paged-values';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import {
  issueTypeScreenSchemeItemSchema,
  issueTypeScreenSchemeProjectsSchema,
  issueTypeScreenSchemeSchema,
  screenSchemeSchema,
} from './jira-config-schemas';
import {
  CREATED_BY,
  findForType,
  issueTypeScreenSchemeName,
  projectSuffix,
  screenSchemeName,
} from './screen-names';

type ScreenScheme = z.infer<typeof screenSchemeSchema>;
type IssueTypeScreenScheme = z.infer<typeof issueTypeScreenSchemeSchema>;
type Mapping = { issueTypeId: string; screenSchemeId: string };

/** Jira's Default Screen Scheme: what issue types without a mapping use on a new site. */
const DEFAULT_SCREEN_SCHEME_ID = '1';

/**
 * A screen scheme per AIMS issue type (its screen creates, edits and views), and an issue type
 * screen scheme that gives each AIMS type its screen scheme in the project, assigned to it. The
 * project's other issue types keep the screen schemes they had: the new issue type screen scheme
 * copies the project's current mappings for them.
 */
export const screenSchemesStep: ProvisioningStep = {
  name: 'screen-schemes',
  title: 'Screen schemes',
  async run(ctx) {
    const suffix = projectSuffix(ctx.config);
    const schemes = await allPages(
      ctx.jira,
      (startAt) =>
        route`/rest/api/3/screenscheme?queryString=${suffix}&startAt=${startAt}&maxResults=100`,
      screenSchemeSchema,
    );
    for (const def of AIMS_SCREENS) await ensureScreenScheme(ctx, schemes, def.issueType);
    await ensureIssueTypeScreenScheme(ctx);
  },
};

async function ensureScreenScheme(
  ctx: StepContext,
  found: readonly ScreenScheme[],
  type: AimsIssueTypeKey,
): Promise<void> {
  const name = screenSchemeName(ctx.config, type);
  const ids = (ctx.state.screenSchemes ??= {});
  const existing = findForType(found, ctx.config, type, ids[type], screenSchemeName);
  if (existing) {
    if (ids[type] !== String(existing.id))
      ctx.record({ step: 'screen-schemes', action: 'adopt', target: `Screen scheme '${name}'` });
    ids[type] = String(existing.id);
    return;
  }
  ctx.record({
    step: 'screen-schemes',
    action: 'create',
    target: `Screen scheme '${name}'`,
    detail: `its screen for create, edit and view`,
  });
  if (ctx.dryRun) return;
  const screenId = ctx.state.screens?.[type];
  if (!screenId)
    throw new Error(`The screen of ${type} is not provisioned; run provisioning again.`);
  const created = await ctx.jira.post(
    route`/rest/api/3/screenscheme`,
    { name, description: CREATED_BY, screens: { default: Number(screenId) } },
    screenSchemeSchema.pick({ id: true }),
  );
  ids[type] = String(created.id);
  await ctx.checkpoint();
}

async function ensureIssueTypeScreenScheme(ctx: StepContext): Promise<void> {
  const name = issueTypeScreenSchemeName(ctx.config);
  const projectId = ctx.state.projectId;
  const current = (
    await ctx.jira.get(
      route`/rest/api/3/issuetypescreenscheme/project?projectId=${projectId}`,
      issueTypeScreenSchemeProjectsSchema,
    )
  ).values[0]?.issueTypeScreenScheme;
  const ours = current?.name === name ? current : await findByName(ctx, name);
  const wanted = wantedMappings(ctx);
  let oursId = ours?.id;
  if (!ours) {
    const kept = current ? await mappingsOf(ctx, current.id) : [];
    const aimsTypes = new Set(wanted.map((w) => w.issueTypeId));
    const rows = [
      ...(kept.some((r) => r.issueTypeId === 'default')
        ? []
        : [{ issueTypeId: 'default', screenSchemeId: DEFAULT_SCREEN_SCHEME_ID }]),
      ...kept.filter((r) => !aimsTypes.has(r.issueTypeId)),
      ...wanted,
    ];
    ctx.record({
      step: 'screen-schemes',
      action: 'create',
      target: `Issue type screen scheme '${name}'`,
      detail: `each AIMS issue type with its screen scheme; other issue types as in '${current?.name ?? 'Default Issue Type Screen Scheme'}'`,
    });
    if (!ctx.dryRun) {
      const created = await ctx.jira.post(
        route`/rest/api/3/issuetypescreenscheme`,
        { name, description: CREATED_BY, issueTypeMappings: rows },
        issueTypeScreenSchemeSchema.pick({ id: true }),
      );
      oursId = created.id;
      ctx.state.issueTypeScreenSchemeId = created.id;
      await ctx.checkpoint();
    }
  } else {
    if (ctx.state.issueTypeScreenSchemeId !== ours.id) {
      ctx.record({
        step: 'screen-schemes',
        action: 'adopt',
        target: `Issue type screen scheme '${name}'`,
      });
    }
    ctx.state.issueTypeScreenSchemeId = ours.id;
    await appendMissing(ctx, ours, wanted);
  }
  if (current?.id === oursId && oursId !== undefined) return;
  ctx.record({
    step: 'screen-schemes',
    action: 'update',
    target: `Project ${ctx.config.projectKey}`,
    detail: `use '${name}'`,
  });
  if (ctx.dryRun || !oursId) return;
  await ctx.jira.sendNoContent(route`/rest/api/3/issuetypescreenscheme/project`, 'PUT', {
    issueTypeScreenSchemeId: oursId,
    projectId,
  });
}

/** Adds the AIMS types the scheme does not map yet; one an admin mapped elsewhere is refused. */
async function appendMissing(
  ctx: StepContext,
  scheme: IssueTypeScreenScheme,
  wanted: readonly Mapping[],
): Promise<void> {
  const rows = await mappingsOf(ctx, scheme.id);
  const conflicting = wanted.filter((w) =>
    rows.some((r) => r.issueTypeId === w.issueTypeId && r.screenSchemeId !== w.screenSchemeId),
  );
  if (conflicting.length > 0) {
    throw new Error(
      `The issue type screen scheme '${scheme.name}' gives ${conflicting.length} AIMS issue type(s) another screen scheme. In Jira (Settings → Issues → Issue type screen schemes), map each AIMS issue type to its 'AIMS … screen scheme', or remove those mappings, then run provisioning again.`,
    );
  }
  const missing = wanted.filter((w) => !rows.some((r) => r.issueTypeId === w.issueTypeId));
  if (missing.length === 0) return;
  ctx.record({
    step: 'screen-schemes',
    action: 'update',
    target: `Issue type screen scheme '${scheme.name}'`,
    detail: `map ${missing.length} AIMS issue type(s) to their screen schemes`,
  });
  if (ctx.dryRun) return;
  await ctx.jira.sendNoContent(
    route`/rest/api/3/issuetypescreenscheme/${scheme.id}/mapping`,
    'PUT',
    { issueTypeMappings: missing },
  );
}

/** AIMS issue type id → its screen scheme id, for the types and schemes that exist. */
function wantedMappings(ctx: StepContext): Mapping[] {
  return AIMS_SCREENS.flatMap(({ issueType }) => {
    const issueTypeId = ctx.state.issueTypes[issueType];
    const screenSchemeId = ctx.state.screenSchemes?.[issueType];
    return issueTypeId && screenSchemeId ? [{ issueTypeId, screenSchemeId }] : [];
  });
}

async function findByName(
  ctx: StepContext,
  name: string,
): Promise<IssueTypeScreenScheme | undefined> {
  const all = await allPages(
    ctx.jira,
    (startAt) =>
      route`/rest/api/3/issuetypescreenscheme?queryString=${name}&startAt=${startAt}&maxResults=100`,
    issueTypeScreenSchemeSchema,
  );
  return all.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

async function mappingsOf(ctx: StepContext, schemeId: string): Promise<Mapping[]> {
  const items = await allPages(
    ctx.jira,
    (startAt) =>
      route`/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=${schemeId}&startAt=${startAt}&maxResults=100`,
    issueTypeScreenSchemeItemSchema,
  );
  return items.map(({ issueTypeId, screenSchemeId }) => ({ issueTypeId, screenSchemeId }));
}
