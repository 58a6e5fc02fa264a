/**
 * What the roadmap template answers the admin page (src/roadmap/roadmap-template.ts): what it
 * created — or, in a dry run, would create — and how much was already there.
 */
import { z } from 'zod';
import { list } from './wire-shapes';

export const roadmapOutcomeSchema = z.object({
  dryRun: z.boolean(),
  /** Epics and starter tasks found already there. */
  existing: z.number(),
  epics: list(z.object({ summary: z.string(), key: z.string().nullable() })),
  tasks: list(z.object({ summary: z.string(), epic: z.string(), key: z.string().nullable() })),
});
export type RoadmapOutcome = z.infer<typeof roadmapOutcomeSchema>;
