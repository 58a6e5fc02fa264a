import { glanceStatus } from '../../../src/issue-panels/glance-status';
import type { IssuePanelView } from '../../../src/issue-panels/panel-types';

const issue = (statusCategory = 'indeterminate') => ({
  key: 'AIMS-1',
  summary: 'S',
  typeName: 'T',
  statusName: 'X',
  statusCategory,
});

const step = (missing: string[]) => ({
  transitionName: 'Next',
  toStatusName: 'Y',
  allowed: missing.length === 0,
  missing,
  missingMessages: missing.map(() => ({ key: null, params: {} })),
});

describe('the issue glance status', () => {
  it('counts what a finding’s next step still needs, or says it may move on', () => {
    const finding = (missing: string[]) =>
      ({
        kind: 'finding',
        issue: issue(),
        grade: null,
        isoReference: null,
        raisesNonconformity: false,
        nonconformities: [],
        next: [step(missing)],
        form: [],
      }) as IssuePanelView;
    expect(glanceStatus(finding(['a', 'b']))).toEqual({
      type: 'lozenge',
      value: { label: '2 to record', type: 'moved' },
    });
    expect(glanceStatus(finding([]))).toEqual({
      type: 'lozenge',
      value: { label: 'ready to move on', type: 'success' },
    });
  });

  it('shows nothing on a done issue, a panel with no weighed step, or before AIMS is set up', () => {
    const done = {
      kind: 'finding',
      issue: issue('done'),
      grade: null,
      isoReference: null,
      raisesNonconformity: false,
      nonconformities: [],
      next: [step(['a'])],
      form: [],
    } as IssuePanelView;
    expect(glanceStatus(done)).toBeUndefined();
    expect(glanceStatus({ kind: 'notProvisioned', message: 'm' })).toBeUndefined();
  });
});
