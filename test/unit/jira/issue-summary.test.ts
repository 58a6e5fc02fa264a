import fc from 'fast-check';
import { fitSummary, SUMMARY_MAX_LENGTH } from '../../../src/jira/issue-summary';

describe('fitSummary', () => {
  it('keeps a short first line as it is, trimmed', () => {
    expect(fitSummary('  Review the supplier contract \nwith details')).toBe(
      'Review the supplier contract',
    );
  });

  it('cuts a long line at Jira’s limit with an ellipsis', () => {
    const summary = fitSummary('x'.repeat(400));
    expect(summary).toHaveLength(SUMMARY_MAX_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('always gives a summary Jira accepts, which starts the text’s first line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const summary = fitSummary(text);
        expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
        expect(summary).not.toContain('\n');
        const firstLine = (text.split('\n')[0] ?? '').trim();
        expect(firstLine.startsWith(summary.replace(/…$/, ''))).toBe(true);
      }),
    );
  });
});
