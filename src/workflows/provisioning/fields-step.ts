import { route } from '@forge/api';
import { z } from 'zod';
import { AIMS_FIELDS, CUSTOM_FIELD_TYPE_PREFIX, FIELD_SEARCHER } from '../../jira/aims-schema';
import type { AimsFieldDefinition } from '../../jira/aims-schema';
import { scaleLevel } from '../../jira/jira-option-values';
import { ProductApiError } from '../../jira/product-client';
import type { ProvisioningStep, StepContext } from './provisioning-context';
import { adoptOrCreate } from './provisioning-context';
import {
  fieldContextSchema,
  fieldListSchema,
  fieldOptionSchema,
  fieldSchema,
  pagedSchema,
} from './jira-config-schemas';

type JiraField = z.infer<typeof fieldListSchema>[number];

/** Creates (or adopts, by name and type) native custom fields, their context and select options. */
export const fieldsStep: ProvisioningStep = {
  name: 'fields',
  title: 'Custom fields',
  async run(ctx) {
    const all = await ctx.jira.get(route`/rest/api/3/field`, fieldListSchema);
    for (const def of AIMS_FIELDS) {
      await ensureField(ctx, all, def);
      await ctx.checkpoint();
    }
  },
};

/** One field: adopted when the site has a custom field of that name and type, else created. */
async function ensureField(
  ctx: StepContext,
  existing: readonly JiraField[],
  def: AimsFieldDefinition,
): Promise<void> {
  const type = CUSTOM_FIELD_TYPE_PREFIX + def.kind;
  const found = existing.find((f) => f.custom && f.name === def.name && f.schema?.custom === type);
  const fieldId = await adoptOrCreate(ctx, 'fields', {
    target: `Field '${def.name}'`,
    knownId: ctx.state.fields[def.key],
    found,
    adoptDetail: found?.id,
    createDetail: def.kind,
    create: async () => {
      const created = await ctx.jira.post(
        route`/rest/api/3/field`,
        {
          name: def.name,
          description: def.description,
          type,
          searcherKey: CUSTOM_FIELD_TYPE_PREFIX + FIELD_SEARCHER[def.kind],
        },
        fieldSchema,
      );
      return created.id;
    },
  });
  if (!fieldId) return;
  ctx.state.fields[def.key] = fieldId;
  if (def.options) await ensureOptions(ctx, def, fieldId);
}

async function ensureOptions(
  ctx: StepContext,
  def: AimsFieldDefinition,
  fieldId: string,
): Promise<void> {
  const known = ctx.state.fieldContexts?.[fieldId];
  const options = known ? await optionsOf(ctx, fieldId, known) : undefined;
  const contextId = options ? known : await contextOf(ctx, def, fieldId);
  if (!contextId) return;
  // A scale option ("3 - Possible") counts as present by its level: the admin's risk matrix may
  // have renamed it (src/jira/risk-option-sync.ts), and provisioning must not add it back.
  const optionKey = (value: string): string => String(scaleLevel(value) ?? value);
  const present = new Set(
    (options ?? (await optionsOf(ctx, fieldId, contextId)) ?? []).map((o) => optionKey(o.value)),
  );
  const missing = (def.options ?? []).filter((o) => !present.has(optionKey(o)));
  if (missing.length === 0) return;
  ctx.record({
    step: 'fields',
    action: 'update',
    target: `Options of field '${def.name}'`,
    detail: `add ${missing.join(', ')}`,
  });
  if (ctx.dryRun) return;
  await ctx.jira.post(
    route`/rest/api/3/field/${fieldId}/context/${contextId}/option`,
    { options: missing.map((value) => ({ value })) },
    z.object({ options: z.array(fieldOptionSchema) }),
  );
}

/**
 * The field's context holding the AIMS options: the first one Jira lists, created when there is
 * none (undefined in a dry run), and remembered so the next run reads the options directly.
 */
async function contextOf(
  ctx: StepContext,
  def: AimsFieldDefinition,
  fieldId: string,
): Promise<string | undefined> {
  const contexts = await ctx.jira.get(
    route`/rest/api/3/field/${fieldId}/context`,
    pagedSchema(fieldContextSchema),
  );
  let contextId = contexts.values[0]?.id;
  if (!contextId) {
    ctx.record({ step: 'fields', action: 'create', target: `Context of field '${def.name}'` });
    if (ctx.dryRun) return undefined;
    const created = await ctx.jira.post(
      route`/rest/api/3/field/${fieldId}/context`,
      {
        name: 'AIMS',
        description: 'Created by AIMS for Jira & Confluence',
        projectIds: [],
        issueTypeIds: [],
      },
      fieldContextSchema,
    );
    contextId = created.id;
  }
  if (!ctx.dryRun) (ctx.state.fieldContexts ??= {})[fieldId] = contextId;
  return contextId;
}

/** The options of a field's context; undefined when Jira no longer has that context (404). */
async function optionsOf(
  ctx: StepContext,
  fieldId: string,
  contextId: string,
): Promise<z.infer<typeof fieldOptionSchema>[] | undefined> {
  try {
    const page = await ctx.jira.get(
      route`/rest/api/3/field/${fieldId}/context/${contextId}/option?maxResults=1000`,
      pagedSchema(fieldOptionSchema),
    );
    return page.values;
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404) return undefined;
    throw err;
  }
}
