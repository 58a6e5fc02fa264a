import { namePolicyPages } from '../../../../src/macros/review/review-policy-pages';

const awareness = {
  memberGroup: 'jira-users',
  groupSize: 4,
  policies: [
    { pageId: '70', version: 3, acknowledged: 2, percent: 50 },
    { pageId: '71', version: null, acknowledged: 0, percent: null },
  ],
  unreadablePages: 1,
};

describe('the AI policy pages of input d), named as the viewer may read them', () => {
  it('names each page the viewer may view by its title, and only counts the others (no id)', () => {
    const named = namePolicyPages(awareness, new Map([['70', 'AI Policy']]));
    expect(named).toEqual({
      memberGroup: 'jira-users',
      groupSize: 4,
      policies: [
        { page: { id: '70', title: 'AI Policy' }, version: 3, acknowledged: 2, percent: 50 },
      ],
      unreadablePages: 1,
      unviewablePages: 1,
    });
    expect(JSON.stringify(named)).not.toContain('71');
  });

  it('names no page in an export (no reader), keeping the figures', () => {
    expect(namePolicyPages(awareness, undefined).policies).toEqual([
      { page: null, version: 3, acknowledged: 2, percent: 50 },
      { page: null, version: null, acknowledged: 0, percent: null },
    ]);
  });
});
