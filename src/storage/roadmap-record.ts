/**
 * What the implementation roadmap template created, kept so that a run never creates an epic or a
 * starter task twice — even right after another run, while Jira's search does not show that run's
 * issues yet (search is eventually consistent: POST /rest/api/3/search/jql).
 *
 * - One run at a time per project: a run claims `roadmapRunClaimKey` (kvs-claim.ts) and releases
 *   it when it ends. A run that stopped after Jira may have created issues without saying so (a
 *   5xx or no answer to the bulk create) keeps the claim until it goes stale, by then search shows
 *   whatever was created, so the next run finds it by its labels.
 * - The keys each bulk create answered are recorded at once; the next run reads them back from
 *   Jira itself (bulk fetch, which does not lag), so it sees what search does not show yet.
 */
import { z } from 'zod';
import { claimKey, readClaim, releaseClaim } from './kvs-claim';
import { roadmapRecordKey, roadmapRunClaimKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

/** How long a run's claim holds when the run ends without releasing it (it died, or a create was left unconfirmed). */
export const ROADMAP_RUN_STALE_SECONDS = 120;

const runClaimSchema = z.object({ startedAt: z.string() });

export const roadmapRecordSchema = z.object({
  /** Step number (as text) → its epic's key. */
  epics: z.record(z.string(), z.string()),
  /** Starter task id → its issue's key. */
  tasks: z.record(z.string(), z.string()),
});
export type RoadmapRecord = z.infer<typeof roadmapRecordSchema>;

/**
 * Claims the project's roadmap run: `{ won: true }`, or the time the holder started and when its
 * claim goes stale at the latest.
 */
export async function claimRoadmapRun(
  projectKey: string,
  now: Date,
): Promise<{ won: true } | { won: false; startedAt: string | undefined; freeBy: string }> {
  const key = roadmapRunClaimKey(projectKey);
  const won = await claimKey(
    key,
    { startedAt: now.toISOString() },
    { staleAfterSeconds: ROADMAP_RUN_STALE_SECONDS, now },
  );
  if (won) return { won: true };
  const holder = await readClaim(key, runClaimSchema);
  const started = holder ? Date.parse(holder.startedAt) : now.getTime();
  return {
    won: false,
    startedAt: holder?.startedAt,
    freeBy: new Date(started + ROADMAP_RUN_STALE_SECONDS * 1000).toISOString(),
  };
}

/** Ends the run: another may start at once. */
export async function releaseRoadmapRun(projectKey: string): Promise<void> {
  await releaseClaim(roadmapRunClaimKey(projectKey));
}

export async function readRoadmapRecord(projectKey: string): Promise<RoadmapRecord> {
  return (
    (await readStored(roadmapRecordKey(projectKey), roadmapRecordSchema)) ?? {
      epics: {},
      tasks: {},
    }
  );
}

/** Records the keys of issues just created (merged with those recorded before). */
export async function recordRoadmapIssues(
  projectKey: string,
  created: RoadmapRecord,
): Promise<void> {
  const before = await readRoadmapRecord(projectKey);
  await writeStored(roadmapRecordKey(projectKey), roadmapRecordSchema, {
    epics: { ...before.epics, ...created.epics },
    tasks: { ...before.tasks, ...created.tasks },
  });
}
