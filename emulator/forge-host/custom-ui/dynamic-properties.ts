/**
 * `dynamicProperties` of a Jira issue glance or issue context (Forge manifest reference,
 * jira-issue-glance and jira-issue-context, "Dynamic properties"): when Jira shows the issue it
 * calls the module's function with `{cloudId, extension: {type, issue, project}}` and shows the
 * `status` (badge, lozenge or icon) it answers next to the module's label. An answer that is not
 * such a status leaves the manifest's default ("the default configuration is used instead").
 *
 * `POST /forge/dynamic-properties` `{moduleKey, issueKey}` as the signed-in person: the context is
 * the product's, read as them (frame-extension.ts), and the function runs with them as its
 * principal, so it may read as the user.
 */
import type express from 'express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { authenticate, principalOf } from '../../core/auth';
import type { SiteContext } from '../../core/context';
import type { AppRuntime } from '../app-runtime';
import { FrameRefusal, frameExtension } from './frame-extension';

const MODULE_TYPES = new Set(['jira:issueGlance', 'jira:issueContext']);

const requestSchema = z.strictObject({
  moduleKey: z.string().min(1),
  issueKey: z.string().min(1).max(255),
});

/** The `status` property as the manifest reference defines it. */
export const moduleStatusSchema = z.strictObject({
  type: z.enum(['badge', 'lozenge', 'icon']),
  value: z.strictObject({
    label: z.string(),
    url: z.string().optional(),
    type: z.enum(['default', 'inprogress', 'moved', 'new', 'removed', 'success']).optional(),
  }),
});
export type ModuleStatus = z.infer<typeof moduleStatusSchema>;

const answerSchema = z.looseObject({ status: moduleStatusSchema });

const functionOf = (mod: Record<string, unknown>): string | undefined => {
  const dp = mod.dynamicProperties as { function?: unknown } | undefined;
  return typeof dp?.function === 'string' ? dp.function : undefined;
};

export function mountDynamicProperties(
  app: express.Express,
  ctx: SiteContext,
  runtime: AppRuntime,
): void {
  const auth = authenticate(ctx.users, ctx.sessions);
  app.post('/forge/dynamic-properties', auth, async (req: Request, res: Response) => {
    const parsed = requestSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ errorMessages: [z.prettifyError(parsed.error)], errors: {} });
      return;
    }
    const mod = runtime.manifest.uiModules.get(parsed.data.moduleKey);
    const fn = mod && MODULE_TYPES.has(mod.type) ? functionOf(mod) : undefined;
    if (!mod || !fn) {
      res.status(404).json({
        errorMessages: [
          `No issue glance or context '${parsed.data.moduleKey}' with dynamicProperties`,
        ],
        errors: {},
      });
      return;
    }
    const user = principalOf(res);
    let extension: Record<string, unknown>;
    try {
      ({ extension } = await frameExtension(
        runtime,
        user,
        mod,
        { issueKey: parsed.data.issueKey },
        undefined,
      ));
    } catch (err) {
      if (err instanceof FrameRefusal) {
        res.status(err.status).json({ errorMessages: [err.message], errors: {} });
        return;
      }
      throw err;
    }
    const { isNewToIssue: _panelOnly, ...context } = extension;
    let answer: unknown;
    try {
      answer = await runtime.invoke(
        fn,
        [
          { cloudId: runtime.identity.cloudId, extension: context },
          { principal: { accountId: user.accountId }, installContext: runtime.installContext },
        ],
        { moduleKey: mod.key, principalAccountId: user.accountId },
      );
    } catch {
      answer = undefined; // a failing function leaves the default configuration
    }
    const status = answerSchema.safeParse(answer);
    res.json(status.success ? { status: status.data.status } : {});
  });
}
