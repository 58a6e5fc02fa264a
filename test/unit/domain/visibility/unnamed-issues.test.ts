import {
  issueKeysIn,
  keyListFor,
  UNNAMED_ISSUE,
  withoutIssueKeys,
} from '../../../../src/domain/visibility/unnamed-issues';

describe('messages that name only issues the reader can browse', () => {
  it('replaces exactly the unnamed keys, whole keys only', () => {
    const text = 'Finish AIMS-3, AIMS-31 and AIMS-310 (see AIMS-3).';
    expect(withoutIssueKeys(text, new Set(['AIMS-3']))).toBe(
      `Finish ${UNNAMED_ISSUE}, AIMS-31 and AIMS-310 (see ${UNNAMED_ISSUE}).`,
    );
    expect(withoutIssueKeys(text, new Set())).toBe(text);
  });

  it('finds the keys a message names', () => {
    expect([...issueKeysIn('"Done" needs AIMS-12 and OPS_2-7, not aims-4')]).toEqual([
      'AIMS-12',
      'OPS_2-7',
    ]);
  });

  it('lists the nameable keys and only counts the rest', () => {
    expect(keyListFor(['AIMS-1', 'AIMS-2'], new Set())).toBe('AIMS-1, AIMS-2');
    expect(keyListFor(['AIMS-1', 'AIMS-2', 'AIMS-3'], new Set(['AIMS-2', 'AIMS-3']))).toBe(
      'AIMS-1 and 2 more not shown here (other project or security level)',
    );
    expect(keyListFor(['AIMS-2'], new Set(['AIMS-2']))).toBe(
      '1 not shown here (other project or security level)',
    );
  });
});
