import { Refusal as FieldUpdateRefused } from '../../../src/domain/refusal';
import {
  checkFieldUpdate,
  updateFieldsPayloadSchema,
} from '../../../src/issue-panels/panel-field-update';

const refusal = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof FieldUpdateRefused) return error.details;
    throw error;
  }
  throw new Error('not refused');
};

describe('recording fields from the panel', () => {
  it('accepts text and select values of the issue type, and clears a field given an empty value', () => {
    expect(
      checkFieldUpdate(
        'nonconformity',
        {
          correction: 'Rolled back v2\r\nand retrained',
          similarCheck: 'Similar exist',
          rootCause: '  ',
        },
        'me',
      ),
    ).toEqual({
      correction: 'Rolled back v2\nand retrained',
      similarCheck: 'Similar exist',
      rootCause: null,
    });
  });

  it('refuses every bad value at once: an unknown option, a field of another type, a URL that is not one, another person', () => {
    expect(
      refusal(() =>
        checkFieldUpdate(
          'nonconformity',
          {
            similarCheck: 'Maybe',
            likelihood: '1 - Rare',
            aimsChangeLink: 'see wiki',
            effectivenessReviewer: 'someone-else',
            nope: 'x',
          },
          'me',
        ),
      ),
    ).toEqual([
      'Similar nonconformities: "Maybe" is not one of the options (None exist or could occur, Similar exist, Similar could occur)',
      'likelihood: this field cannot be recorded on this issue from the panel',
      'AIMS change reference: "see wiki" is neither an issue key nor a link. Give the key of the issue that makes the change (e.g. AIMS-12) or a link to its page (https://…).',
      'Effectiveness reviewer: from the panel you can only record yourself',
      'nope: this field cannot be recorded on this issue from the panel',
    ]);
  });

  it('records the viewer as reviewer', () => {
    expect(checkFieldUpdate('nonconformity', { effectivenessReviewer: 'me' }, 'me')).toEqual({
      effectivenessReviewer: { accountId: 'me' },
    });
  });

  it('the payload needs at least one value of text or null', () => {
    expect(updateFieldsPayloadSchema.safeParse({ values: {} }).success).toBe(false);
    expect(updateFieldsPayloadSchema.safeParse({ values: { correction: 5 } }).success).toBe(false);
    expect(updateFieldsPayloadSchema.safeParse({ values: { correction: null } }).success).toBe(
      true,
    );
  });
});
