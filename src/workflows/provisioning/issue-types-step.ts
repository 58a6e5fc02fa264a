import { route } from '@forge/api';
import { z } from 'zod';
import { AIMS_ISSUE_TYPES } from '../../jira/aims-schema';
import type { AimsIssueTypeDefinition } from '../../jira/aims-schema';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import { adoptOrCreate } from './provisioning-context';
import {
  issueTypeListSchema,
  issueTypeSchema,
  issueTypeSchemeProjectSchema,
} from './jira-config-schemas';

/**
 * Creates (or adopts, by name) the AIMS issue types; a type the state already knows keeps its id
 * and gets the configured name (renamed in place, so its issues keep their type: ADR 0013) and makes them available in the project, with
 * the site's epic-level type (hierarchy level 1) for the implementation roadmap's epics. Jira's
 * REST API creates only base (0) and subtask (-1) types (IssueTypeCreateBean.hierarchyLevel), so
 * the epic type is adopted, never created: Jira Software sites have one.
 */
export const issueTypesStep: ProvisioningStep = {
  name: 'issue-types',
  title: 'Issue types',
  async run(ctx) {
    if (await allInProject(ctx)) return;
    const existing = await ctx.jira.get(route`/rest/api/3/issuetype`, issueTypeListSchema);
    const byName = new Map(
      existing.filter((t) => !t.subtask).map((t) => [t.name.toLowerCase(), t]),
    );
    const epic = existing.find((t) => t.hierarchyLevel === 1);
    if (epic) ctx.state.epicIssueTypeId = epic.id;
    for (const def of AIMS_ISSUE_TYPES) {
      const name = ctx.config.issueTypeNames[def.key];
      const found = byName.get(name.toLowerCase());
      const known =
        existing.find((t) => t.id === ctx.state.issueTypes[def.key]) ??
        (found ? undefined : createdUnderFormerName(def, byName));
      if (known) {
        await renameKnown(ctx, this.name, known, def, byName);
        if (ctx.state.issueTypes[def.key] !== known.id) {
          ctx.state.issueTypes[def.key] = known.id;
          await ctx.checkpoint();
        }
        continue;
      }
      const id = await adoptOrCreate(ctx, this.name, {
        target: `Issue type '${name}'`,
        knownId: ctx.state.issueTypes[def.key],
        found,
        adoptDetail: found && `id ${found.id}`,
        createDetail: def.description,
        create: async () => {
          const created = await ctx.jira.post(
            route`/rest/api/3/issuetype`,
            { name, description: def.description, hierarchyLevel: 0 },
            issueTypeSchema,
          );
          return created.id;
        },
      });
      if (id) ctx.state.issueTypes[def.key] = id;
      await ctx.checkpoint();
    }
    if (!ctx.state.projectId) return;
    const schemes = await ctx.jira.get(
      route`/rest/api/3/issuetypescheme/project?projectId=${ctx.state.projectId}`,
      issueTypeSchemeProjectSchema,
    );
    const scheme = schemes.values[0]?.issueTypeScheme;
    if (!scheme) throw new Error(`Project ${ctx.config.projectKey} has no issue type scheme`);
    ctx.state.issueTypeSchemeId = scheme.id;
    // The default scheme holds every issue type of the site: nothing to add.
    if (scheme.isDefault) return;
    const inProject = await ctx.jira.get(
      route`/rest/api/3/issuetype/project?projectId=${ctx.state.projectId}`,
      z.array(issueTypeSchema),
    );
    const present = new Set(inProject.map((t) => t.id));
    const wanted = [
      ...AIMS_ISSUE_TYPES.map((d) => ({
        id: ctx.state.issueTypes[d.key],
        name: ctx.config.issueTypeNames[d.key],
      })),
      ...(epic ? [{ id: epic.id, name: epic.name }] : []),
    ];
    const missing = wanted.filter((t) => !t.id || !present.has(t.id));
    if (missing.length === 0) return;
    ctx.record({
      step: this.name,
      action: 'update',
      target: `Issue type scheme '${scheme.name}'`,
      detail: `add ${missing.map((t) => t.name).join(', ')}`,
    });
    if (ctx.dryRun) return;
    await ctx.jira.sendNoContent(route`/rest/api/3/issuetypescheme/${scheme.id}/issuetype`, 'PUT', {
      issueTypeIds: missing.map((t) => t.id),
    });
  },
};

type JiraIssueType = z.infer<typeof issueTypeSchema>;

/**
 * The type provisioning created (or adopted) for this AIMS key, found by the id its state holds,
 * gets the configured name: PUT /rest/api/3/issuetype/{id} keeps its id, so its issues, links,
 * screens and workflows stay. Only a type the app created is renamed (it carries the app's
 * description): an adopted type may be other projects' too. A name another type holds is refused
 * before anything changes, as Jira would refuse it (409).
 */
async function renameKnown(
  ctx: StepContext,
  step: string,
  known: JiraIssueType,
  def: AimsIssueTypeDefinition,
  byName: ReadonlyMap<string, JiraIssueType>,
): Promise<void> {
  const name = ctx.config.issueTypeNames[def.key];
  if (known.name.toLowerCase() === name.toLowerCase()) return;
  const holder = byName.get(name.toLowerCase());
  if (holder)
    throw new Error(
      `Issue type '${known.name}' cannot be renamed to '${name}': Jira already has an issue type '${holder.name}' (id ${holder.id}). Rename or remove that one in Jira, or choose another name on the admin page.`,
    );
  if ((known.description ?? '') !== def.description)
    throw new Error(
      `Issue type '${known.name}' (id ${known.id}) was not created by the app, so other projects may use it: the app does not rename it to '${name}'. Rename it in Jira (Settings → Work items → Work types), or set the name back to '${known.name}' on the admin page.`,
    );
  ctx.record({
    step,
    action: 'update',
    target: `Issue type '${known.name}'`,
    detail: `rename to '${name}' (same issue type: its issues keep it)`,
  });
  if (ctx.dryRun) return;
  await ctx.jira.put(route`/rest/api/3/issuetype/${known.id}`, { name }, issueTypeSchema);
  await ctx.checkpoint();
}

/**
 * A type the app created under an earlier default name (its description is the app's), for a
 * state that does not know its id: adopted and renamed rather than created a second time.
 */
function createdUnderFormerName(
  def: AimsIssueTypeDefinition,
  byName: ReadonlyMap<string, JiraIssueType>,
): JiraIssueType | undefined {
  return (def.formerDefaultNames ?? [])
    .map((n) => byName.get(n.toLowerCase()))
    .find((t) => t !== undefined && t.description === def.description);
}

/**
 * A run after the first: the project's issue types (one request) already hold every AIMS type
 * under its configured name and known id, so there is nothing to adopt, create or add.
 */
async function allInProject(ctx: StepContext): Promise<boolean> {
  const known = AIMS_ISSUE_TYPES.map((d) => ({
    id: ctx.state.issueTypes[d.key],
    name: ctx.config.issueTypeNames[d.key].toLowerCase(),
  }));
  if (!ctx.state.projectId || !ctx.state.issueTypeSchemeId || known.some((k) => !k.id))
    return false;
  const inProject = await ctx.jira.get(
    route`/rest/api/3/issuetype/project?projectId=${ctx.state.projectId}`,
    z.array(issueTypeSchema),
  );
  const present = new Set(inProject.map((t) => `${t.id} ${t.name.toLowerCase()}`));
  return known.every((k) => present.has(`${k.id} ${k.name}`));
}
