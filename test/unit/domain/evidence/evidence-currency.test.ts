import fc from 'fast-check';
import {
  evidenceCurrency,
  evidenceCurrencyWarning,
  evidenceExpiryActionLabel,
  formatEvidenceLine,
  nextEvidenceReviewDate,
  parseEvidenceLine,
  parseEvidenceText,
} from '../../../../src/domain/evidence';

describe('evidence lines (7.5)', () => {
  it('reads the effective and review dates, the label and the link of a line', () => {
    expect(
      parseEvidenceLine('- 2026-01-15/2027-01-15 Model card: https://docs.example.com/card.'),
    ).toEqual({
      label: 'Model card',
      url: 'https://docs.example.com/card',
      effectiveDate: '2026-01-15',
      reviewDate: '2027-01-15',
    });
  });

  it('keeps a line with only an effective date, or none, and skips blank lines', () => {
    expect(parseEvidenceText('2026-01-15 Procedure v2\n\n  \nTraining register')).toEqual([
      { label: 'Procedure v2', url: null, effectiveDate: '2026-01-15', reviewDate: null },
      { label: 'Training register', url: null, effectiveDate: null, reviewDate: null },
    ]);
  });

  it('does not take an impossible date for one', () => {
    expect(parseEvidenceLine('2026-13-40/2027-01-15 Odd')?.effectiveDate).toBeNull();
  });

  it('formats a line that reads back as the same item', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: null }),
        fc.stringMatching(/^[A-Za-z]+( [A-Za-z]+){0,3}$/),
        (effectiveDate, reviewDate, label) => {
          const item = { label, url: 'https://example.com/e', effectiveDate, reviewDate };
          expect(parseEvidenceLine(formatEvidenceLine(item))).toEqual(item);
        },
      ),
    );
  });
});

describe('evidence currency', () => {
  const item = (effectiveDate: string | null, reviewDate: string | null) => ({
    label: 'Drift dashboard',
    url: null,
    effectiveDate,
    reviewDate,
  });

  it('is stale from its review date on, due soon within 30 days, current after', () => {
    expect(evidenceCurrency(item('2026-01-01', '2026-06-01'), '2026-06-01')).toBe('stale');
    expect(evidenceCurrency(item('2026-01-01', '2026-06-01'), '2026-05-02')).toBe('review-soon');
    expect(evidenceCurrency(item('2026-01-01', '2026-06-01'), '2026-05-01')).toBe('current');
  });

  it('is undated without both dates, and says which date is missing', () => {
    expect(evidenceCurrency(item('2026-01-01', null), '2026-05-01')).toBe('undated');
    expect(evidenceCurrency(item(null, '2027-01-01'), '2026-05-01')).toBe('undated');
    expect(evidenceCurrencyWarning(item('2026-01-01', null), '2026-05-01')).toContain(
      '"Drift dashboard" has no review date',
    );
    expect(evidenceCurrencyWarning(item(null, null), '2026-05-01')).toContain(
      'has no effective date',
    );
  });

  it('warns about stale evidence with its review date, and not about current evidence', () => {
    expect(evidenceCurrencyWarning(item('2025-01-01', '2026-01-01'), '2026-05-01')).toBe(
      'Stale evidence: "Drift dashboard" was due for review on 2026-01-01; review it and record its new dates, or replace it (7.5).',
    );
    expect(evidenceCurrencyWarning(item('2026-01-01', '2027-01-01'), '2026-05-01')).toBeNull();
  });

  it("takes the earliest review date of a control's items", () => {
    expect(
      nextEvidenceReviewDate([
        item('2026-01-01', '2027-03-01'),
        item(null, null),
        item('2026-01-01', '2026-09-01'),
      ]),
    ).toBe('2026-09-01');
    expect(nextEvidenceReviewDate([item('2026-01-01', null)])).toBeNull();
  });

  it('labels the action of one control and review date', () => {
    expect(evidenceExpiryActionLabel('AIMS-12', '2026-09-01')).toBe(
      'aims-evidence-review-aims-12-2026-09-01',
    );
  });
});
