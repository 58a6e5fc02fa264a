/**
 * The `dynamicProperties` function of the ISO 42001 issue glance (manifest.yml
 * aims-issue-glance): Jira calls it when it shows the issue, and shows the `status` it answers
 * next to the glance's label, so the step's guidance is visible on every AIMS issue without
 * opening anything. It reads as the viewer (asUser), like the panel: what Jira hides from them,
 * the lozenge never counts. Any failure answers no status (Jira keeps the manifest's default).
 */
import { z } from 'zod';
import { glanceStatus } from '../issue-panels/glance-status';
import type { GlanceStatus } from '../issue-panels/glance-status';
import { loadIssuePanel } from '../issue-panels/panel-loader';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsUser } from '../jira/forge-clients';

const payloadSchema = z.looseObject({
  extension: z.looseObject({
    issue: z.looseObject({
      id: z.string().regex(/^\d+$/),
      key: z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/),
      typeId: z.string().optional(),
    }),
  }),
});

export async function issueGlanceStatus(payload: unknown): Promise<{ status?: GlanceStatus }> {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return {};
  try {
    const aims = await loadActiveAims();
    if (!aims) return {};
    const { issue } = parsed.data.extension;
    const view = await loadIssuePanel(jiraAsUser(), aims, {
      issueKey: issue.key,
      issueId: issue.id,
      ...(issue.typeId ? { issueTypeId: issue.typeId } : {}),
      viewer: null,
      now: new Date(),
    });
    const status = glanceStatus(view);
    return status ? { status } : {};
  } catch (err) {
    console.warn('[aims] the issue glance status could not be read', err);
    return {};
  }
}
