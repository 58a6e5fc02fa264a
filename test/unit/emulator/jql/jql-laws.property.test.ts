import fc from 'fast-check';
import { compileJql } from '../../../../emulator/jira/jql';
import type { JqlIssue } from '../../../../emulator/jira/jql';
import type { TestIssue } from './jql-test-env';
import { testEnv, toJqlIssue } from './jql-test-env';

const statuses = [
  { id: '1', name: 'To Do', categoryKey: 'new' },
  { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
  { id: '10000', name: 'Done', categoryKey: 'done' },
];
const categoryOf = { new: '2', indeterminate: '4', done: '3' } as const;

const issueArb = (n: number): fc.Arbitrary<TestIssue> =>
  fc
    .record({
      assignee: fc.constantFrom(null, 'acc-alice', 'acc-bob'),
      labels: fc.subarray(['iso42001', 'audit', 'risk']),
      status: fc.constantFrom(...statuses),
      score: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
      summary: fc.constantFrom('Review the risk register', 'Model drift', 'Audit plan', ''),
      due: fc.option(fc.constantFrom('2024-05-01', '2024-05-05', '2024-05-20'), { nil: null }),
    })
    .map((f) => ({
      id: String(10000 + n),
      key: `DEMO-${n}`,
      fields: {
        project: { id: '10000', key: 'DEMO', name: 'Demo project' },
        assignee: f.assignee,
        labels: f.labels,
        status: f.status,
        statusCategory: {
          id: categoryOf[f.status.categoryKey as keyof typeof categoryOf],
          key: f.status.categoryKey,
          name: '',
        },
        customfield_10011: f.score,
        summary: f.summary,
        duedate: f.due,
        created: `2024-05-0${(n % 9) + 1}T10:00:00.000Z`,
      },
    }));

const issuesArb = fc
  .integer({ min: 1, max: 8 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_v, i) => issueArb(i + 1))));

const atoms = [
  'assignee = acc-alice',
  'assignee != acc-bob',
  'assignee is EMPTY',
  'assignee in (acc-bob, EMPTY)',
  'labels = "audit"',
  'labels not in (risk)',
  'labels is not empty',
  'status = Done',
  'statusCategory in (new, indeterminate)',
  '"Risk Score" > 10',
  'cf[10011] <= 5',
  '"Risk Score" is empty',
  'summary ~ risk',
  'summary !~ drift',
  'due < 2024-05-05',
  'due >= startOfDay()',
  'key > DEMO-3',
];
const atomArb = fc.constantFrom(...atoms);

const clauseArb: fc.Arbitrary<string> = fc.letrec<{ clause: string }>((tie) => ({
  clause: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atomArb,
    tie('clause').map((c) => `NOT (${c})`),
    fc.tuple(tie('clause'), tie('clause')).map(([a, b]) => `(${a}) AND (${b})`),
    fc.tuple(tie('clause'), tie('clause')).map(([a, b]) => `(${a}) OR (${b})`),
  ),
})).clause;

const matcher = (jql: string): ((i: JqlIssue) => boolean) => {
  const compiled = compileJql(jql, testEnv());
  return (i) => compiled.matches(i);
};

describe('JQL boolean laws over random issues', () => {
  it('A OR B matches the union, A AND B the intersection, NOT A the complement', () => {
    fc.assert(
      fc.property(issuesArb, clauseArb, clauseArb, (issues, a, b) => {
        const jqlIssues = issues.map(toJqlIssue);
        const [ma, mb] = [matcher(a), matcher(b)];
        const or = matcher(`(${a}) OR (${b})`);
        const and = matcher(`(${a}) AND (${b})`);
        const not = matcher(`NOT (${a})`);
        for (const i of jqlIssues) {
          expect(or(i)).toBe(ma(i) || mb(i));
          expect(and(i)).toBe(ma(i) && mb(i));
          expect(not(i)).toBe(!ma(i));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('IN is a disjunction of =, NOT IN a conjunction of != (both skip empty fields)', () => {
    fc.assert(
      fc.property(
        issuesArb,
        fc.subarray(['acc-alice', 'acc-bob'], { minLength: 1 }),
        (issues, users) => {
          const inList = matcher(`assignee in (${users.join(', ')})`);
          const ors = matcher(users.map((u) => `assignee = ${u}`).join(' OR '));
          const notIn = matcher(`assignee not in (${users.join(', ')})`);
          const ands = matcher(users.map((u) => `assignee != ${u}`).join(' AND '));
          for (const i of issues.map(toJqlIssue)) {
            expect(inList(i)).toBe(ors(i));
            expect(notIn(i)).toBe(ands(i));
            if (i.value('assignee') === null) expect(notIn(i)).toBe(false);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('ORDER BY gives a total order: antisymmetric and consistent with sorting', () => {
    const orders = [
      '',
      'ORDER BY "Risk Score" DESC',
      'ORDER BY due, key DESC',
      'ORDER BY status, summary',
    ];
    fc.assert(
      fc.property(issuesArb, fc.constantFrom(...orders), (issues, order) => {
        const { compare } = compileJql(`project = DEMO ${order}`, testEnv());
        const jqlIssues = issues.map(toJqlIssue);
        for (const a of jqlIssues) {
          for (const b of jqlIssues) {
            expect(Math.sign(compare(a, b))).toBe(-Math.sign(compare(b, a)) || 0);
            if (a !== b) expect(compare(a, b)).not.toBe(0);
          }
        }
        const sorted = [...jqlIssues].sort(compare);
        for (let k = 1; k < sorted.length; k++) {
          expect(compare(sorted[k - 1] as JqlIssue, sorted[k] as JqlIssue)).toBeLessThan(0);
        }
      }),
      { numRuns: 40 },
    );
  });
});
