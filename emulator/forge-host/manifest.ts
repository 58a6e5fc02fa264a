import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AppTranslations } from './i18n/manifest-translations';
import { loadTranslations, translationsSchema } from './i18n/manifest-translations';

/**
 * The parts of a Forge `manifest.yml` the host acts on. Unknown keys are kept (passthrough)
 * so the host never rejects a manifest Forge would accept; what it does not understand it ignores.
 */
const functionModule = z.looseObject({
  key: z.string(),
  handler: z.string(),
  /** Longer runs for functions that only consumers or scheduled triggers invoke (1–900 s). */
  timeoutSeconds: z.number().int().min(1).max(900).optional(),
});
const resolverRef = z.looseObject({ function: z.string() });
const triggerModule = z.looseObject({
  key: z.string(),
  function: z.string(),
  events: z.array(z.string()),
  filter: z
    .looseObject({
      ignoreSelf: z.boolean().optional(),
      expression: z.string().optional(),
      onError: z.enum(['IGNORE_AND_LOG', 'IGNORE', 'RECEIVE_AND_LOG', 'RECEIVE']).optional(),
    })
    .optional(),
});
const scheduledTriggerModule = z.looseObject({
  key: z.string(),
  function: z.string(),
  interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
});
const webtriggerModule = z.looseObject({
  key: z.string(),
  function: z.string(),
  response: z
    .looseObject({
      type: z.enum(['static', 'dynamic']),
      outputs: z
        .array(
          z.looseObject({
            key: z.string(),
            statusCode: z.number(),
            contentType: z.string().optional(),
            body: z.string().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
/** An async events consumer: events pushed to `queue` (@forge/events `Queue`) invoke `function`. */
const consumerModule = z.looseObject({
  key: z.string(),
  queue: z.string().regex(/^[a-zA-Z0-9_-]+$/, 'a queue name is letters, digits, - and _'),
  function: z.string(),
});
const expressionOrMessage = z.union([z.string(), z.looseObject({ expression: z.string() })]);
const workflowRuleModule = z.looseObject({
  key: z.string(),
  function: z.string().optional(),
  expression: z.string().optional(),
  errorMessage: expressionOrMessage.optional(),
});
const uiModule = z.looseObject({
  key: z.string(),
  resource: z.string().optional(),
  resolver: resolverRef.optional(),
  adfExport: resolverRef.optional(),
});
const scopeEntry = z.union([
  z.string(),
  z.looseObject({ key: z.string(), allowImpersonation: z.boolean().optional() }),
]);

const compatibilityEntry = z.strictObject({ required: z.boolean() });
const compatibilitySchema = z
  .strictObject({
    jira: compatibilityEntry.optional(),
    confluence: compatibilityEntry.optional(),
    compass: compatibilityEntry.optional(),
  })
  .refine((c) => Object.values(c).filter((e) => e?.required).length === 1, {
    message: 'app.compatibility needs exactly one Atlassian app with required: true',
  });

const manifestSchema = z.looseObject({
  app: z.looseObject({
    id: z.string().optional(),
    /** Multiple-app compatibility (app-compatibility): one required Atlassian app, others optional. */
    compatibility: compatibilitySchema.optional(),
    storage: z
      .looseObject({
        entities: z
          .array(
            z.looseObject({
              name: z.string(),
              attributes: z.record(z.string(), z.looseObject({ type: z.string() })),
              indexes: z
                .array(
                  z.union([
                    z.string(),
                    z.looseObject({
                      name: z.string(),
                      range: z.array(z.string()),
                      partition: z.array(z.string()).optional(),
                    }),
                  ]),
                )
                .optional(),
            }),
          )
          .optional(),
      })
      .optional(),
  }),
  modules: z.record(z.string(), z.array(z.looseObject({ key: z.string() }))).default({}),
  resources: z.array(z.looseObject({ key: z.string(), path: z.string() })).default([]),
  permissions: z.looseObject({ scopes: z.array(scopeEntry).default([]) }).default({ scopes: [] }),
  translations: translationsSchema.optional(),
});

export type FunctionModule = z.infer<typeof functionModule>;
export type TriggerModule = z.infer<typeof triggerModule>;
export type ScheduledTriggerModule = z.infer<typeof scheduledTriggerModule>;
export type WebtriggerModule = z.infer<typeof webtriggerModule>;
export type ConsumerModule = z.infer<typeof consumerModule>;
export type WorkflowRuleModule = z.infer<typeof workflowRuleModule>;
export type UiModule = z.infer<typeof uiModule> & { type: string };
export type EntityDefinition = NonNullable<
  NonNullable<z.infer<typeof manifestSchema>['app']['storage']>['entities']
>[number];

export type WorkflowRuleKind =
  'jira:workflowValidator' | 'jira:workflowCondition' | 'jira:workflowPostFunction';

/** The Atlassian apps a Forge app can be installed into (the local site has Jira and Confluence). */
export type AtlassianProduct = 'jira' | 'confluence';

/** `app.compatibility`: the required Atlassian app and the optional ones the app can be connected to. */
export interface AppCompatibility {
  required: AtlassianProduct;
  optional: AtlassianProduct[];
}

export interface AppManifest {
  /** Directory holding manifest.yml, src/ and the resource folders. */
  appRoot: string;
  appId: string | undefined;
  /** undefined: no declaration, the app is installed separately in each Atlassian app it has modules for. */
  compatibility: AppCompatibility | undefined;
  functions: Map<string, FunctionModule>;
  triggers: TriggerModule[];
  scheduledTriggers: ScheduledTriggerModule[];
  webtriggers: WebtriggerModule[];
  consumers: ConsumerModule[];
  workflowRules: Map<string, WorkflowRuleModule & { type: WorkflowRuleKind }>;
  /** Modules that render a Custom UI resource (issue panels, macros, admin pages, rule config pages…). */
  uiModules: Map<string, UiModule>;
  resources: Map<string, string>;
  scopes: { key: string; allowImpersonation: boolean }[];
  entities: EntityDefinition[];
  /** The locale files and fallback rules of `translations` (served to Custom UI as Forge does). */
  translations: AppTranslations | undefined;
}

const WORKFLOW_RULE_TYPES: WorkflowRuleKind[] = [
  'jira:workflowValidator',
  'jira:workflowCondition',
  'jira:workflowPostFunction',
];
const NON_UI_TYPES = new Set(['function', 'trigger', 'scheduledTrigger', 'webtrigger', 'consumer']);

function parseList<T>(schema: z.ZodType<T>, items: unknown[] | undefined, where: string): T[] {
  return (items ?? []).map((item, i) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      throw new Error(
        `manifest.yml: modules.${where}[${i}] is invalid: ${z.prettifyError(result.error)}`,
      );
    }
    return result.data;
  });
}

/** Reads and checks `manifest.yml`; throws a clear error naming the offending entry. */
export function loadManifest(
  appRoot: string,
  manifestPath = path.join(appRoot, 'manifest.yml'),
): AppManifest {
  const raw: unknown = parse(fs.readFileSync(manifestPath, 'utf8'));
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${manifestPath} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  const m = parsed.data;
  const functions = new Map(
    parseList(functionModule, m.modules.function, 'function').map((f) => [f.key, f]),
  );
  const workflowRules = new Map<string, WorkflowRuleModule & { type: WorkflowRuleKind }>();
  for (const type of WORKFLOW_RULE_TYPES) {
    for (const rule of parseList(workflowRuleModule, m.modules[type], type)) {
      workflowRules.set(rule.key, { ...rule, type });
    }
  }
  const uiModules = new Map<string, UiModule>();
  for (const [type, list] of Object.entries(m.modules)) {
    if (NON_UI_TYPES.has(type)) continue;
    for (const mod of parseList(uiModule, list, type)) {
      const hasUi =
        mod.resource || mod.resolver || mod.adfExport || mod.create || mod.edit || mod.view;
      if (hasUi) uiModules.set(mod.key, { ...mod, type });
    }
  }
  const appId = m.app.id?.replace(/^ari:cloud:ecosystem::app\//, '');
  const manifest: AppManifest = {
    appRoot,
    appId,
    compatibility: compatibilityOf(m.app.compatibility),
    functions,
    triggers: parseList(triggerModule, m.modules.trigger, 'trigger'),
    scheduledTriggers: parseList(
      scheduledTriggerModule,
      m.modules.scheduledTrigger,
      'scheduledTrigger',
    ),
    webtriggers: parseList(webtriggerModule, m.modules.webtrigger, 'webtrigger'),
    consumers: parseList(consumerModule, m.modules.consumer, 'consumer'),
    workflowRules,
    uiModules,
    resources: new Map(m.resources.map((r) => [r.key, r.path])),
    scopes: m.permissions.scopes.map((s) =>
      typeof s === 'string'
        ? { key: s, allowImpersonation: false }
        : { key: s.key, allowImpersonation: !!s.allowImpersonation },
    ),
    entities: m.app.storage?.entities ?? [],
    translations: m.translations && loadTranslations(appRoot, m.translations, m.modules),
  };
  checkReferences(manifest);
  return manifest;
}

function compatibilityOf(
  declared: z.infer<typeof compatibilitySchema> | undefined,
): AppCompatibility | undefined {
  if (!declared) return undefined;
  const products: AtlassianProduct[] = ['jira', 'confluence'];
  const required = products.find((p) => declared[p]?.required);
  if (!required) {
    throw new Error(
      'manifest.yml: app.compatibility names no required Atlassian app the local site has (Jira or Confluence)',
    );
  }
  return {
    required,
    optional: products.filter((p) => declared[p] !== undefined && !declared[p].required),
  };
}

function checkReferences(m: AppManifest): void {
  const needFunction = (key: string | undefined, where: string): void => {
    if (key !== undefined && !m.functions.has(key)) {
      throw new Error(
        `manifest.yml: ${where} names function '${key}', which no function module defines`,
      );
    }
  };
  for (const t of m.triggers) needFunction(t.function, `trigger ${t.key}`);
  for (const t of m.scheduledTriggers) needFunction(t.function, `scheduledTrigger ${t.key}`);
  for (const t of m.webtriggers) needFunction(t.function, `webtrigger ${t.key}`);
  const queues = new Set<string>();
  for (const c of m.consumers) {
    needFunction(c.function, `consumer ${c.key}`);
    if (queues.has(c.queue))
      throw new Error(`manifest.yml: two consumer modules listen to queue '${c.queue}'`);
    queues.add(c.queue);
  }
  for (const r of m.workflowRules.values()) needFunction(r.function, `${r.type} ${r.key}`);
  // "You can only register a single jira:globalPage module per app" (Forge docs,
  // manifest-reference/modules/jira-global-page): deployment fails otherwise.
  const globalPages = [...m.uiModules.values()].filter((u) => u.type === 'jira:globalPage');
  if (globalPages.length > 1) {
    throw new Error(
      `manifest.yml: an app registers at most one jira:globalPage module; found ${globalPages.map((u) => u.key).join(', ')}`,
    );
  }
  for (const u of m.uiModules.values()) {
    needFunction(u.resolver?.function, `${u.type} ${u.key} resolver`);
    needFunction(u.adfExport?.function, `${u.type} ${u.key} adfExport`);
    if (u.resource && !m.resources.has(u.resource)) {
      throw new Error(
        `manifest.yml: ${u.type} ${u.key} names resource '${u.resource}', which resources does not define`,
      );
    }
  }
}
