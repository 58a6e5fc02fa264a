import { AIMS_REQUIREMENTS } from '../../../../src/domain/catalog/requirements';
import {
  existingRoadmap,
  planRoadmap,
  PROGRAMME_STEPS,
  roadmapStepLabel,
  roadmapTaskLabel,
  taskLabels,
} from '../../../../src/domain/roadmap';

describe('the implementation roadmap', () => {
  it('has the ten programme steps, each with starter tasks', () => {
    expect(PROGRAMME_STEPS.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const s of PROGRAMME_STEPS) expect(s.tasks.length).toBeGreaterThan(1);
  });

  it('links every step and task to requirements of the catalog (clauses 4–10, Annex A)', () => {
    const known = new Set(AIMS_REQUIREMENTS.map((r) => r.ref));
    const refs = PROGRAMME_STEPS.flatMap((s) => [
      ...s.requirements,
      ...s.tasks.flatMap((t) => t.requirements),
    ]);
    expect(refs.filter((r) => !known.has(r))).toEqual([]);
    // Together the steps reach every top-level clause 4–10.
    expect(new Set(refs.map((r) => r.split('.')[0]))).toEqual(
      new Set(['4', '5', '6', '7', '8', '9', '10', 'A']),
    );
  });

  it('labels a task with its roadmap marks and the Jira-safe requirement refs', () => {
    const step = PROGRAMME_STEPS[6];
    const task = step?.tasks[0];
    if (!step || !task) throw new Error('step 7 has tasks');
    const labels = taskLabels(step, task);
    expect(labels).toEqual(
      expect.arrayContaining(['aims-roadmap', 'aims-roadmap-step-7', 'aims-roadmap-task-7-1']),
    );
    expect(labels.every((l) => /^[^\s]{1,255}$/.test(l))).toBe(true);
  });

  it('plans only what is missing, reading what exists from the labels', () => {
    const existing = existingRoadmap([
      { key: 'AIMS-1', labels: [roadmapStepLabel(1)], epic: true },
      { key: 'AIMS-2', labels: [roadmapStepLabel(1), roadmapTaskLabel('1.1')], epic: false },
      // A task label on an epic is not a task; a step label on a task is not an epic.
      { key: 'AIMS-3', labels: [roadmapStepLabel(2)], epic: false },
    ]);
    expect([...existing.epics]).toEqual([[1, 'AIMS-1']]);
    expect([...existing.tasks]).toEqual([['1.1', 'AIMS-2']]);
    const plan = planRoadmap(existing);
    expect(plan.existing).toBe(2);
    expect(plan.epicsToCreate.map((s) => s.step)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.tasksToCreate.map((t) => t.task.id)).not.toContain('1.1');
    expect(plan.tasksToCreate.map((t) => t.task.id)).toContain('1.2');
  });
});
