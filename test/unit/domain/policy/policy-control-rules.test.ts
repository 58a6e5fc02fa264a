import { Refusal as PolicyRuleError } from '../../../../src/domain/refusal';
import {
  approvalBlockers,
  approve,
  requestApproval,
  setChecklist,
  supersede,
  syncWithConfig,
} from '../../../../src/domain/policy/policy-control-rules';
import { approvalsOf, currentEntry } from '../../../../src/domain/policy/policy-control-record';
import type { PolicyControlRecord } from '../../../../src/domain/policy/policy-control-record';
import { ALL_COVERED, MANAGER, MEMBER, OWNER, actor, change, config, page } from './fixtures';

function refusal(run: () => unknown): PolicyRuleError {
  try {
    run();
  } catch (err) {
    if (err instanceof PolicyRuleError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

function ticked(version = 1): PolicyControlRecord {
  return setChecklist(change(undefined, actor(OWNER), version), ALL_COVERED);
}

describe('the clause 5.2 checklist', () => {
  it('only the owner ticks it', () => {
    const err = refusal(() =>
      setChecklist(change(undefined, actor(MANAGER, true), 1), ALL_COVERED),
    );
    expect(err.message).toBe('Only the document owner can tick the clause 5.2 checklist.');
  });

  it('a covered element needs a pointer to where the page covers it', () => {
    const err = refusal(() =>
      setChecklist(change(undefined, actor(OWNER), 1), [
        { element: 'framework-for-objectives', covered: true },
      ]),
    );
    expect(err.details).toEqual([
      'Say where the policy gives a framework for setting AI objectives',
    ]);
  });

  it('records all four elements, unticked ones as not covered, at the current page version', () => {
    const record = setChecklist(change(undefined, actor(OWNER), 3), [ALL_COVERED[0]!]);
    const entry = currentEntry(record);
    expect(entry).toMatchObject({
      pageVersion: 3,
      event: 'checklist',
      byAccountId: OWNER,
      documentReference: 'AIMS-POL-001',
    });
    expect(entry.document.elements.map((e) => e.covered)).toEqual([true, false, false, false]);
    expect(entry.document.status).toBe('draft');
  });

  it('changing the checklist of an approved policy reopens it as a draft, keeping the last approval', () => {
    const approved = approve(change(ticked(), actor(MANAGER, true), 1), 1);
    const reopened = setChecklist(change(approved, actor(OWNER), 1), ALL_COVERED.slice(0, 3));
    expect(currentEntry(reopened).document).toMatchObject({ status: 'draft', approvedVersion: 1 });
  });
});

describe('approval', () => {
  it('binds the approval to the page version, the approver and the time, and sets the next review date', () => {
    const record = approve(
      change(ticked(), actor(MANAGER, true), 1, new Date('2026-01-31T08:00:00Z')),
      1,
    );
    expect(currentEntry(record)).toMatchObject({
      event: 'approved',
      pageVersion: 1,
      document: {
        status: 'approved',
        approverAccountId: MANAGER,
        approvedAt: '2026-01-31T08:00:00.000Z',
        approvedVersion: 1,
        nextReviewDate: '2027-01-31',
      },
    });
  });

  it('is refused to the owner (segregation of duties) and to people outside the manager group', () => {
    expect(refusal(() => approve(change(ticked(), actor(OWNER, true), 1), 1)).details).toEqual([
      'The document owner cannot approve their own policy; another manager must approve it.',
    ]);
    expect(refusal(() => approve(change(ticked(), actor(MEMBER), 1), 1)).details).toEqual([
      'Only members of the group aims-managers can approve the AI policy.',
    ]);
  });

  it('is refused until every clause 5.2 element is covered', () => {
    const partial = setChecklist(change(undefined, actor(OWNER), 1), ALL_COVERED.slice(0, 2));
    expect(refusal(() => approve(change(partial, actor(MANAGER, true), 1), 1)).details).toEqual([
      'The owner has not yet marked where the policy commits to meeting applicable requirements.',
      'The owner has not yet marked where the policy commits to continual improvement of the AIMS.',
    ]);
  });

  it('is refused to the author of the page version being approved, even a manager who does not own it', () => {
    const byAuthor = { ...change(ticked(), actor(MANAGER, true), 1), page: page(1, MANAGER) };
    expect(refusal(() => approve(byAuthor, 1)).details).toEqual([
      "You wrote version 1 of this page; someone who did not write it must approve it (the app's rule: nobody approves their own text).",
    ]);
    const byOther = { ...change(ticked(), actor(MANAGER, true), 1), page: page(1, MEMBER) };
    expect(currentEntry(approve(byOther, 1)).document.approvedVersion).toBe(1);
  });

  it('is refused when the page moved on since the approver looked at it', () => {
    const err = refusal(() => approve(change(ticked(), actor(MANAGER, true), 4), 3));
    expect(err.message).toContain('version 4 is now current, you reviewed version 3');
  });

  it('an approved version cannot be approved twice, but an edited page can be approved again', () => {
    const first = approve(change(ticked(), actor(MANAGER, true), 1), 1);
    expect(approvalBlockers(change(first, actor(MANAGER, true), 1))).toEqual([
      'Version 1 is already approved.',
    ]);
    const second = approve(change(first, actor(MANAGER, true), 2), 2);
    expect(approvalsOf(second).map((e) => e.document.approvedVersion)).toEqual([1, 2]);
  });
});

describe('requesting approval and superseding', () => {
  it('the owner asks for approval once the checklist is complete', () => {
    const partial = setChecklist(change(undefined, actor(OWNER), 1), ALL_COVERED.slice(0, 3));
    expect(refusal(() => requestApproval(change(partial, actor(OWNER), 1))).message).toBe(
      'Approval cannot be requested yet: the policy must cover every element of clause 5.2 first.',
    );
    expect(refusal(() => requestApproval(change(ticked(), actor(MEMBER), 1))).message).toBe(
      'Only the document owner can ask for approval.',
    );
    expect(currentEntry(requestApproval(change(ticked(), actor(OWNER), 1))).document.status).toBe(
      'in-review',
    );
  });

  it('a superseded policy can be neither approved nor changed', () => {
    const retired = supersede(change(ticked(), actor(MANAGER, true), 1));
    expect(currentEntry(retired).document.status).toBe('superseded');
    expect(approvalBlockers(change(retired, actor(MANAGER, true), 1))).toContain(
      'This policy is superseded.',
    );
    expect(() => setChecklist(change(retired, actor(OWNER), 1), ALL_COVERED)).toThrow(
      PolicyRuleError,
    );
    expect(refusal(() => supersede(change(ticked(), actor(MEMBER), 1))).message).toContain(
      'Only the document owner or an AIMS manager',
    );
  });
});

describe('configuration changes', () => {
  it('starts the record, writes nothing when nothing changed, and recomputes the review date when the interval changes', () => {
    const started = syncWithConfig(change(undefined, actor(OWNER), 1));
    expect(started && currentEntry(started).event).toBe('configured');
    expect(syncWithConfig(change(started, actor(OWNER), 1))).toBeUndefined();
    const approved = approve(
      change(ticked(), actor(MANAGER, true), 1, new Date('2026-01-10T00:00:00Z')),
      1,
    );
    const shorter = syncWithConfig({
      ...change(approved, actor(OWNER), 1),
      config: { ...config, reviewIntervalMonths: 6 },
    });
    expect(shorter && currentEntry(shorter).document.nextReviewDate).toBe('2026-07-10');
  });
});
