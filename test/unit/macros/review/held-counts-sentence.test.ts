import { heldCountsSentence } from '../../../../src/ui-contract/review-labels';

describe('what a held review says about its recorded counts', () => {
  it('says how many counted issues the viewer cannot see, and no more', () => {
    expect(heldCountsSentence('Maria Manager', '2026-10-02T09:00:00.000Z', 2)).toBe(
      'The counts are as recorded by Maria Manager on 2026-10-02; they include 2 issues you cannot see.',
    );
    expect(heldCountsSentence('Maria Manager', '2026-10-02T09:00:00.000Z', 1)).toContain(
      'they include 1 issue you cannot see.',
    );
  });

  it('adds no note when the viewer sees every counted issue', () => {
    expect(heldCountsSentence('Maria Manager', '2026-10-02T09:00:00.000Z', 0)).toBe(
      'The counts are as recorded by Maria Manager on 2026-10-02.',
    );
  });

  it('says the counts may include unseen issues when the record did not keep them', () => {
    expect(heldCountsSentence('', '2026-10-02T09:00:00.000Z', null)).toBe(
      'The counts are as recorded by the person who held the review on 2026-10-02; recorded counts may include issues you cannot see.',
    );
  });
});
