import {
  AIMS_BOARD_COLUMNS,
  AIMS_WORKFLOWS,
  aimsBoardStatuses,
  aimsStatusesOfColumn,
} from '../../../src/jira/aims-schema';

type Workflow = (typeof AIMS_WORKFLOWS)[number];

function reachesDone(wf: Workflow, from: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (wf.statuses.find((s) => s.key === key)?.category === 'done') return true;
    for (const t of wf.transitions.filter((tr) => tr.from.includes(key) && !seen.has(tr.to))) {
      seen.add(t.to);
      queue.push(t.to);
    }
  }
  return false;
}

/**
 * A Jira board maps each status to a column by its status category; these are the rules that make
 * the AIMS workflows show sensibly on any board (To Do, In Progress, Done).
 */
describe('AIMS statuses on a Jira board', () => {
  it('gives every status of every AIMS workflow one of Jira’s three status categories', () => {
    const categories = aimsBoardStatuses().map((s) => s.category);
    expect(categories.length).toBeGreaterThan(20);
    for (const c of categories) expect(['new', 'indeterminate', 'done']).toContain(c);
  });

  it.each(AIMS_WORKFLOWS.map((wf) => [wf.name, wf] as const))(
    '%s starts in To Do, closes in Done and works In Progress between',
    (_name, wf) => {
      const create = wf.transitions.find((t) => t.from.length === 0);
      const initial = wf.statuses.find((s) => s.key === create?.to);
      expect(initial?.category).toBe('new');
      expect(wf.statuses.filter((s) => s.category === 'new')).toEqual([initial]);
      expect(wf.statuses.some((s) => s.category === 'done')).toBe(true);
      // Every status on the way can reach Done: no card is stuck in a column before Done.
      for (const s of wf.statuses) expect(reachesDone(wf, s.key)).toBe(true);
    },
  );

  it('places every AIMS status in exactly one column of the AIMS board', () => {
    const placed = AIMS_BOARD_COLUMNS.flatMap((c) => aimsStatusesOfColumn(c).map((s) => s.key));
    expect([...placed].sort()).toEqual(
      aimsBoardStatuses()
        .map((s) => s.key)
        .sort(),
    );
    expect(new Set(placed).size).toBe(placed.length);
    expect(aimsStatusesOfColumn(AIMS_BOARD_COLUMNS[2]!).map((s) => s.name)).toContain('NC Closed');
    expect(aimsStatusesOfColumn(AIMS_BOARD_COLUMNS[0]!).map((s) => s.name)).toContain('React');
  });
});
