import {
  FROZEN_REVIEW_FORMAT,
  InvalidReviewInputError,
  buildManagementReviewInputs,
  freezeReviewRecord,
  verifyFrozenRecord,
} from '../../../../src/domain/review';
import type { ReviewRecordContent } from '../../../../src/domain/review';
import { contentHash } from '../../../../src/domain/integrity/canonical-hash';

const inputs = buildManagementReviewInputs(
  {
    asOf: '2026-10-05',
    externalInternalIssues: 'New regulator guidance',
    interestedParties: 'Customers ask for model cards',
    nonconformities: [{ key: 'AIMS-61', createdOn: '2026-07-02', dueDate: '2026-07-31' }],
  },
  { start: '2026-07-01', end: '2026-09-30' },
);

const content: ReviewRecordContent = {
  title: 'Management Review 2026-Q3',
  heldAt: '2026-10-06T09:00:00Z',
  recordedByAccountId: 'ciso-1',
  attendeeAccountIds: ['ciso-1', 'cto-1'],
  inputs,
  decisions: [
    {
      kind: 'continual-improvement',
      description: 'Automate the drift report',
      actionKey: 'AIMS-95',
    },
  ],
  pageVersion: 4,
};

describe('frozen management review record', () => {
  it('freezes a copy with a content hash that verifies', () => {
    const frozen = freezeReviewRecord(content);
    expect(frozen.format).toBe(FROZEN_REVIEW_FORMAT);
    expect(frozen.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(frozen.content.inputs.d.nonconformities.byMonth[0])).toBe(true);
    expect(verifyFrozenRecord(frozen)).toEqual({ valid: true, contentHash: frozen.contentHash });
    // read back from storage as JSON
    expect(verifyFrozenRecord(JSON.parse(JSON.stringify(frozen))).valid).toBe(true);
  });

  it('does not change when the data it was made from changes later', () => {
    const live = structuredClone(content) as unknown as {
      attendeeAccountIds: string[];
      title: string;
    };
    const frozen = freezeReviewRecord(live as unknown as ReviewRecordContent);
    live.attendeeAccountIds.push('intruder');
    live.title = 'Changed';
    expect(frozen.content.attendeeAccountIds).toEqual(['ciso-1', 'cto-1']);
    expect(frozen.content.title).toBe('Management Review 2026-Q3');
    expect(verifyFrozenRecord(frozen).valid).toBe(true);
  });

  it('detects tampering with any part of a stored record', () => {
    const stored = JSON.parse(JSON.stringify(freezeReviewRecord(content)));
    stored.content.inputs.d.nonconformities.opened = 0;
    expect(verifyFrozenRecord(stored)).toEqual({
      valid: false,
      problems: [
        'The frozen review was changed after it was recorded (its content hash does not match)',
      ],
    });
    const rehashedWrongly = {
      ...JSON.parse(JSON.stringify(freezeReviewRecord(content))),
      contentHash: `sha256:${'0'.repeat(64)}`,
    };
    expect(verifyFrozenRecord(rehashedWrongly).valid).toBe(false);
  });

  it('seals the restricted counted issues with the rest: removing one is detected', () => {
    const frozen = freezeReviewRecord({ ...content, restrictedCountedKeys: ['AIMS-7', 'AIMS-9'] });
    expect(verifyFrozenRecord(frozen).valid).toBe(true);
    const stored = JSON.parse(JSON.stringify(frozen));
    stored.content.restrictedCountedKeys = ['AIMS-7'];
    expect(verifyFrozenRecord(stored).valid).toBe(false);
    expect(() =>
      freezeReviewRecord({
        ...content,
        restrictedCountedKeys: 'AIMS-7' as unknown as string[],
      }),
    ).toThrow(InvalidReviewInputError);
  });

  it('refuses things that are not frozen reviews', () => {
    expect(verifyFrozenRecord(null)).toEqual({
      valid: false,
      problems: ['This is not a frozen management review'],
    });
    expect(
      verifyFrozenRecord({ format: FROZEN_REVIEW_FORMAT, content: {}, contentHash: 'md5:x' }),
    ).toEqual({
      valid: false,
      problems: ['The frozen review’s content hash is malformed'],
    });
    expect(
      verifyFrozenRecord({
        format: FROZEN_REVIEW_FORMAT,
        content: { n: Number.POSITIVE_INFINITY },
        contentHash: `sha256:${'a'.repeat(64)}`,
      }),
    ).toEqual({
      valid: false,
      problems: [
        'The frozen review holds data that cannot be checked: Cannot hash Infinity at $.n',
      ],
    });
  });

  it('refuses a record whose hash matches but whose content is not a held review', () => {
    const forgedContent = { title: 'x' };
    const forged = {
      format: FROZEN_REVIEW_FORMAT,
      content: forgedContent,
      contentHash: contentHash(forgedContent),
    };
    expect(verifyFrozenRecord(forged)).toEqual({
      valid: false,
      problems: [
        'The time the review was held must be a date and time like 2026-10-05T09:00:00Z',
        'Say who recorded the review',
        'The attendees must be a list of people',
        'The review inputs are missing',
        'The decisions must be a list',
      ],
    });
  });

  it('will not freeze an incomplete record', () => {
    expect(() => freezeReviewRecord({ ...content, attendeeAccountIds: [], title: ' ' })).toThrow(
      new InvalidReviewInputError([
        'The review needs a title',
        'A held review needs at least one attendee',
      ]),
    );
    expect(() => freezeReviewRecord({ ...content, heldAt: 'yesterday' })).toThrow(
      'The time the review was held must be a date and time like 2026-10-05T09:00:00Z',
    );
  });
});
