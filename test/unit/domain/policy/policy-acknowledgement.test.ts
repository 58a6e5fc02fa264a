import {
  acknowledgeableVersion,
  acknowledgementBlockers,
  acknowledgementShare,
} from '../../../../src/domain/policy';

describe('acknowledging the AI policy (7.3)', () => {
  it('acknowledges the last approved version, even while a later draft is being edited', () => {
    expect(acknowledgeableVersion({ status: 'approved', approvedVersion: 3 })).toBe(3);
    expect(acknowledgeableVersion({ status: 'draft', approvedVersion: 3 })).toBe(3);
    expect(acknowledgementBlockers({ status: 'in-review', approvedVersion: 3 }, 3)).toEqual([]);
  });

  it('has nothing to acknowledge before the first approval or once superseded', () => {
    expect(acknowledgementBlockers({ status: 'draft', approvedVersion: undefined }, 1)).toEqual([
      'This AI policy has no approved version yet: there is nothing to acknowledge until an AIMS manager approves it.',
    ]);
    expect(acknowledgementBlockers({ status: 'superseded', approvedVersion: 2 }, 2)).toEqual([
      'This AI policy is superseded: there is no version in force to acknowledge.',
    ]);
  });

  it('refuses any other version than the approved one in force', () => {
    expect(acknowledgementBlockers({ status: 'approved', approvedVersion: 4 }, 3)).toEqual([
      'Page version 3 is not the approved version in force; the approved version is 4. Read version 4 and acknowledge it.',
    ]);
  });

  it('counts the share of the group in whole percent, capped at the group', () => {
    expect(acknowledgementShare(1, 3)).toEqual({ acknowledged: 1, groupSize: 3, percent: 33 });
    expect(acknowledgementShare(5, 4)).toEqual({ acknowledged: 4, groupSize: 4, percent: 100 });
    expect(acknowledgementShare(0, 0)).toEqual({ acknowledged: 0, groupSize: 0, percent: null });
    expect(acknowledgementShare(2, null)).toEqual({
      acknowledged: 2,
      groupSize: null,
      percent: null,
    });
  });
});
