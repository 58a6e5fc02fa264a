import { z } from 'zod';
import {
  controlSchema,
  formatValidationError,
  validateRecord,
} from '../../../../src/domain/records';

describe('formatValidationError', () => {
  it('lists each message once, in order, with the list position', () => {
    const schema = z.object({
      a: z.string({ error: 'A is wrong' }),
      b: z.string({ error: 'A is wrong' }),
      list: z.array(z.object({ x: z.number({ error: 'X is wrong' }) })),
    });
    const result = schema.safeParse({ a: 1, b: 2, list: [{ x: 1 }, { x: 'no' }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(formatValidationError(result.error)).toEqual(['A is wrong', 'X is wrong (item 2)']);
    }
  });
});

describe('validateRecord', () => {
  it('gives the parsed value when valid', () => {
    const result = validateRecord(controlSchema, {
      controlId: 'ISO42001:A.2.2',
      applicability: 'included',
      justification: ' Core policy ',
      implementationStatus: 'implemented',
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ justification: 'Core policy', evidence: [], riskKeys: [] }),
    });
  });

  it('gives plain reasons when invalid', () => {
    expect(
      validateRecord(controlSchema, {
        controlId: 'ISO42001:A.2.2',
        applicability: 'excluded',
        implementationStatus: 'not-started',
      }),
    ).toEqual({ ok: false, errors: ['A justification is required for an excluded control'] });
  });
});
