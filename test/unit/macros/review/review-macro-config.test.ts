import { checkReviewMacroConfig } from '../../../../src/macros/review/review-macro-config';

const good = {
  title: 'Q3 review',
  projectKey: 'AIMS',
  periodStart: '2026-07-01',
  periodEnd: '2026-09-30',
};

describe('management review macro configuration', () => {
  it('accepts a complete configuration, with or without a previous review page', () => {
    expect(checkReviewMacroConfig(good)).toEqual({ ok: true, config: good });
    const withPrevious = checkReviewMacroConfig({ ...good, previousReviewPageId: '65539' });
    expect(withPrevious.ok && withPrevious.config.previousReviewPageId).toBe('65539');
    const blankPrevious = checkReviewMacroConfig({ ...good, previousReviewPageId: '' });
    expect(blankPrevious.ok && blankPrevious.config.previousReviewPageId).toBeUndefined();
  });

  it('says that nothing is configured yet', () => {
    for (const raw of [undefined, null, {}]) {
      const check = checkReviewMacroConfig(raw);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.problems[0]).toMatch(/No settings are saved yet/);
    }
  });

  it('refuses a period that ends before it starts, a bad project key and a bad page id', () => {
    const check = checkReviewMacroConfig({
      ...good,
      projectKey: 'aims',
      periodStart: '2026-09-30',
      periodEnd: '2026-07-01',
      previousReviewPageId: 'the Q2 page',
    });
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'Jira project must be a project key like AIMS',
        'Previous review page must be a Confluence page id (digits)',
      ]),
    );
  });

  it('refuses a missing title and dates that are not dates', () => {
    const check = checkReviewMacroConfig({
      projectKey: 'AIMS',
      periodStart: '1 July',
      periodEnd: '2026-09-30',
    });
    expect(check.ok ? [] : check.problems).toEqual(
      expect.arrayContaining(['Title is required', 'Period start must be a date like 2026-07-01']),
    );
  });

  it('refuses a period ending before it starts', () => {
    const check = checkReviewMacroConfig({ ...good, periodStart: '2026-10-01' });
    expect(check.ok ? [] : check.problems).toEqual([
      'The review period cannot end before it starts',
    ]);
  });
});
