/**
 * The labels that mark the roadmap's Jira issues: every one carries ROADMAP_LABEL and its step's
 * label; an epic carries ROADMAP_EPIC_LABEL, a starter task its own task label; each names the
 * requirements it satisfies (`iso42001-6.1.2`). A re-run finds what exists by these labels.
 */
import type { ProgrammeStep, StarterTask } from './programme-steps';

export const ROADMAP_LABEL = 'aims-roadmap';
export const ROADMAP_EPIC_LABEL = 'aims-roadmap-epic';
export const ROADMAP_TASK_LABEL = 'aims-roadmap-task';

export const roadmapStepLabel = (step: number): string => `aims-roadmap-step-${step}`;
export const roadmapTaskLabel = (taskId: string): string =>
  `aims-roadmap-task-${taskId.replace('.', '-')}`;
export const requirementLabel = (ref: string): string => `iso42001-${ref}`;

export const epicLabels = (s: ProgrammeStep): string[] => [
  ROADMAP_LABEL,
  ROADMAP_EPIC_LABEL,
  roadmapStepLabel(s.step),
  ...s.requirements.map(requirementLabel),
];

export const taskLabels = (s: ProgrammeStep, t: StarterTask): string[] => [
  ...stepWorkLabels(s.step),
  roadmapTaskLabel(t.id),
  ...t.requirements.map(requirementLabel),
];

/** The labels of an issue placed under a step's epic by the app (it counts in the step's progress). */
export const stepWorkLabels = (step: number): string[] => [
  ROADMAP_LABEL,
  ROADMAP_TASK_LABEL,
  roadmapStepLabel(step),
];
