/**
 * What creating the roadmap still has to do, given the roadmap issues that exist (label → key):
 * the epics that are missing, then the starter tasks that are missing under their step's epic.
 * Nothing that exists is created again, so a re-run or a resumed run adds only what is missing.
 */
import type { ProgrammeStep, StarterTask } from './programme-steps';
import { PROGRAMME_STEPS } from './programme-steps';
import { roadmapStepLabel, roadmapTaskLabel } from './roadmap-labels';

export interface RoadmapPlan {
  epicsToCreate: readonly ProgrammeStep[];
  tasksToCreate: readonly { step: ProgrammeStep; task: StarterTask }[];
  /** Epics and tasks already there. */
  existing: number;
}

export interface ExistingRoadmap {
  /** Step number → its epic's key. */
  epics: ReadonlyMap<number, string>;
  /** Starter task id → its issue's key. */
  tasks: ReadonlyMap<string, string>;
}

export function planRoadmap(existing: ExistingRoadmap): RoadmapPlan {
  const epicsToCreate = PROGRAMME_STEPS.filter((s) => !existing.epics.has(s.step));
  const tasksToCreate = PROGRAMME_STEPS.flatMap((step) =>
    step.tasks.filter((t) => !existing.tasks.has(t.id)).map((task) => ({ step, task })),
  );
  return { epicsToCreate, tasksToCreate, existing: existing.epics.size + existing.tasks.size };
}

/** Reads which roadmap issue each issue is from its labels (the first one found wins). */
export function existingRoadmap(
  issues: readonly { key: string; labels: readonly string[]; epic: boolean }[],
): ExistingRoadmap {
  const epics = new Map<number, string>();
  const tasks = new Map<string, string>();
  for (const issue of issues) {
    for (const s of PROGRAMME_STEPS) {
      if (issue.epic && issue.labels.includes(roadmapStepLabel(s.step)) && !epics.has(s.step))
        epics.set(s.step, issue.key);
      if (issue.epic) continue;
      for (const t of s.tasks)
        if (issue.labels.includes(roadmapTaskLabel(t.id)) && !tasks.has(t.id))
          tasks.set(t.id, issue.key);
    }
  }
  return { epics, tasks };
}
