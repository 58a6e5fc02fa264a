import { approve, setChecklist } from '../../../../src/domain/policy/policy-control-rules';
import {
  MAX_HISTORY_ENTRIES,
  appendEntry,
  approvalsOf,
  entryAtVersion,
} from '../../../../src/domain/policy/policy-control-record';
import { policyVersionStatus } from '../../../../src/domain/policy/policy-status';
import { ALL_COVERED, MANAGER, OWNER, actor, change } from './fixtures';

/** Checklist at v1, approved at v2 (on 2026-03-10, review 2027-03-10). */
function approvedAtVersion2() {
  const ticked = setChecklist(change(undefined, actor(OWNER), 1), ALL_COVERED);
  return approve(change(ticked, actor(MANAGER, true), 2), 2);
}

describe('status of a page version', () => {
  it('the approved version is approved; a later version is "changed since approved version N"', () => {
    const record = approvedAtVersion2();
    const at2 = policyVersionStatus(record, { viewed: 2, current: 2 }, '2026-03-11');
    expect(at2).toMatchObject({
      status: 'approved',
      isApprovedVersion: true,
      changedSinceApproval: false,
      approvedVersion: 2,
    });
    const at3 = policyVersionStatus(record, { viewed: 3, current: 3 }, '2026-03-11');
    expect(at3).toMatchObject({
      status: 'approved',
      isApprovedVersion: false,
      changedSinceApproval: true,
      approvedVersion: 2,
    });
  });

  it('an old version shows the metadata it had', () => {
    const record = approvedAtVersion2();
    const at1 = policyVersionStatus(record, { viewed: 1, current: 5 }, '2026-03-11');
    expect(at1).toMatchObject({
      status: 'draft',
      approvedVersion: undefined,
      isCurrent: false,
      changedSinceApproval: false,
    });
    expect(at1.entry?.event).toBe('checklist');
    expect(policyVersionStatus(undefined, { viewed: 1, current: 1 }, '2026-03-11')).toMatchObject({
      status: 'draft',
      entry: undefined,
    });
  });

  it('the current version warns when the review is due or overdue; old versions do not', () => {
    const record = approvedAtVersion2();
    expect(policyVersionStatus(record, { viewed: 2, current: 2 }, '2027-03-10').review.state).toBe(
      'due',
    );
    expect(policyVersionStatus(record, { viewed: 3, current: 3 }, '2027-03-15').review).toEqual({
      nextReviewDate: '2027-03-10',
      state: 'overdue',
      daysOverdue: 5,
    });
    expect(policyVersionStatus(record, { viewed: 2, current: 3 }, '2027-03-15').review.state).toBe(
      'scheduled',
    );
  });
});

describe('the history kept in the content property', () => {
  it('finds the entry in force at a version', () => {
    const record = approvedAtVersion2();
    expect(entryAtVersion(record, 1)?.event).toBe('checklist');
    expect(entryAtVersion(record, 7)?.event).toBe('approved');
  });

  it('stays within its size, dropping old non-approval entries before approvals, and counts them', () => {
    let record = approvedAtVersion2();
    const before = record.entries.length;
    expect(record.entriesNotKept).toBeUndefined();
    const added = MAX_HISTORY_ENTRIES + 5;
    for (let v = 3; v < 3 + added; v += 1) {
      record = setChecklist(change(record, actor(OWNER), v), ALL_COVERED.slice(0, v % 2 ? 3 : 4));
    }
    expect(record.entries).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(approvalsOf(record)).toHaveLength(1);
    expect(record.entriesNotKept).toBe(before + added - MAX_HISTORY_ENTRIES);
  });

  it('refuses entries out of page-version order', () => {
    const record = approvedAtVersion2();
    const last = record.entries[record.entries.length - 1]!;
    expect(() => appendEntry(record, { ...last, pageVersion: 1 })).toThrow('page-version order');
  });
});
