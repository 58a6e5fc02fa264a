import { route } from '@forge/api';
import { z } from 'zod';
import type { AimsScreenDefinition, AimsScreenTab } from '../../jira/aims-schema';
import { AIMS_SCREENS, isScreenSystemField, screenFieldName } from '../../jira/aims-schema';
import { allPages } from '../../jira/paged-values';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import { screenFieldSchema, screenSchema, screenTabSchema } from './jira-config-schemas';
import { CREATED_BY, findForType, projectSuffix, screenName } from './screen-names';

type JiraScreen = z.infer<typeof screenSchema>;
type JiraTab = z.infer<typeof screenTabSchema>;

/** The name Jira gives the one tab of a new screen. */
const NEW_SCREEN_TAB = 'Field Tab';

/**
 * One screen per AIMS issue type, its fields on named tabs in the order of `AIMS_SCREENS`. Jira sets
 * a field through REST only when it is on the screen of the operation, so without these the app
 * could create no AIMS record. Adopts a screen by name and adds the fields it lacks (fields an
 * admin moved to another tab stay there); creating a screen is saved at once, so a stopped run
 * resumes by filling the screen it made.
 */
export const screensStep: ProvisioningStep = {
  name: 'screens',
  title: 'Screens',
  async run(ctx) {
    const suffix = projectSuffix(ctx.config);
    const found = await allPages(
      ctx.jira,
      (startAt) =>
        route`/rest/api/3/screens?queryString=${suffix}&startAt=${startAt}&maxResults=100`,
      screenSchema,
    );
    for (const def of AIMS_SCREENS) await ensureScreen(ctx, found, def);
  },
};

async function ensureScreen(
  ctx: StepContext,
  found: readonly JiraScreen[],
  def: AimsScreenDefinition,
): Promise<void> {
  const name = screenName(ctx.config, def.issueType);
  const screens = (ctx.state.screens ??= {});
  const existing = findForType(
    found,
    ctx.config,
    def.issueType,
    screens[def.issueType],
    screenName,
  );
  if (!existing) {
    ctx.record({
      step: 'screens',
      action: 'create',
      target: `Screen '${name}'`,
      detail: layout(def),
    });
    if (ctx.dryRun) return;
    const created = await ctx.jira.post(
      route`/rest/api/3/screens`,
      { name, description: CREATED_BY },
      screenSchema,
    );
    screens[def.issueType] = String(created.id);
    await ctx.checkpoint();
    await fillScreen(ctx, name, created.id, def, await tabsOf(ctx, created.id), new Set(), false);
    await ctx.checkpoint();
    return;
  }
  if (screens[def.issueType] !== String(existing.id))
    ctx.record({ step: 'screens', action: 'adopt', target: `Screen '${name}'` });
  screens[def.issueType] = String(existing.id);
  // One request per screen: the fields that can still be added to it are the ones it lacks (a
  // field is on a screen once, on whichever tab); its tabs are read only when one is missing.
  const addable = await ctx.jira.get(
    route`/rest/api/3/screens/${String(existing.id)}/availableFields`,
    z.array(screenFieldSchema),
  );
  const absent = new Set(addable.map((f) => f.id));
  const present = new Set(
    def.tabs
      .flatMap((t) => t.fields.map((f) => fieldId(ctx, f)))
      .filter((id): id is string => id !== undefined && !absent.has(id)),
  );
  const complete = def.tabs.every((t) => t.fields.every((f) => present.has(fieldId(ctx, f) ?? '')));
  if (!complete)
    await fillScreen(ctx, name, existing.id, def, await tabsOf(ctx, existing.id), present, true);
  await ctx.checkpoint();
}

/** Puts each field the screen lacks on its tab (renaming a new screen's tab, adding missing tabs). */
async function fillScreen(
  ctx: StepContext,
  name: string,
  screenId: number,
  def: AimsScreenDefinition,
  tabs: JiraTab[],
  present: ReadonlySet<string>,
  report: boolean,
): Promise<void> {
  const plan = def.tabs.map((tab) => ({
    tab,
    missing: tab.fields.filter((f) => {
      const id = fieldId(ctx, f);
      return !id || !present.has(id);
    }),
  }));
  const missing = plan.flatMap((p) => p.missing);
  if (missing.length === 0) return;
  if (report) {
    ctx.record({
      step: 'screens',
      action: 'update',
      target: `Screen '${name}'`,
      detail: `add ${missing.map(screenFieldName).join(', ')}`,
    });
  }
  if (ctx.dryRun) return;
  for (const [index, { tab, missing: fields }] of plan.entries()) {
    if (fields.length === 0) continue;
    const target = await tabFor(ctx, screenId, tabs, tab, index);
    for (const f of fields) {
      const id = fieldId(ctx, f);
      if (!id)
        throw new Error(
          `The field '${screenFieldName(f)}' is not provisioned; run provisioning again.`,
        );
      await ctx.jira.post(
        route`/rest/api/3/screens/${String(screenId)}/tabs/${String(target.id)}/fields`,
        { fieldId: id },
        screenFieldSchema,
      );
    }
    // A run out of time may pause between tabs: the next part adopts the screen and adds the rest.
    await ctx.checkpoint();
  }
}

/** The screen's tab of that name; else, for the first tab, the new screen's "Field Tab" renamed; else a new tab. */
async function tabFor(
  ctx: StepContext,
  screenId: number,
  tabs: JiraTab[],
  tab: AimsScreenTab,
  index: number,
): Promise<JiraTab> {
  const named = tabs.find((t) => t.name.toLowerCase() === tab.name.toLowerCase());
  if (named) return named;
  const blank = index === 0 ? tabs.find((t) => t.name === NEW_SCREEN_TAB) : undefined;
  const made = blank
    ? await ctx.jira.put(
        route`/rest/api/3/screens/${String(screenId)}/tabs/${String(blank.id)}`,
        { name: tab.name },
        screenTabSchema,
      )
    : await ctx.jira.post(
        route`/rest/api/3/screens/${String(screenId)}/tabs`,
        { name: tab.name },
        screenTabSchema,
      );
  tabs.splice(blank ? tabs.indexOf(blank) : tabs.length, blank ? 1 : 0, made);
  return made;
}

async function tabsOf(ctx: StepContext, screenId: number): Promise<JiraTab[]> {
  return ctx.jira.get(
    route`/rest/api/3/screens/${String(screenId)}/tabs`,
    z.array(screenTabSchema),
  );
}

/** Jira's id of a screen field: a system field's own id, an AIMS field's provisioned id. */
function fieldId(ctx: StepContext, field: string): string | undefined {
  return isScreenSystemField(field) ? field : ctx.state.fields[field];
}

/** "AI risk: Summary, Description, …; Assessment (6.1.2): Likelihood, …" */
function layout(def: AimsScreenDefinition): string {
  return def.tabs.map((t) => `${t.name}: ${t.fields.map(screenFieldName).join(', ')}`).join('; ');
}
