import { NONCONFORMITY_GRADES, auditFindingSchema } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const valid = {
  auditKey: 'AIMS-50',
  grade: 'minor-nc',
  reference: 'ISO42001:A.6.2.4',
  description: 'Validation results for release 3 not recorded',
  aiSystemKey: 'AIMS-1',
};

describe('audit finding record', () => {
  it.each(['major-nc', 'minor-nc', 'observation', 'opportunity-for-improvement'])(
    'accepts grade %s',
    (grade) => {
      expect(refusalMessages(auditFindingSchema, { ...valid, grade })).toEqual([]);
    },
  );

  it('says which grades raise a nonconformity', () => {
    expect(NONCONFORMITY_GRADES).toEqual(['major-nc', 'minor-nc']);
  });

  it.each(['ISO42001:9.2', 'ISO42001:10.2', 'ISO42001:A.10.4', 'ORG:model-cards'])(
    'accepts reference %s',
    (reference) => {
      expect(refusalMessages(auditFindingSchema, { ...valid, reference })).toEqual([]);
    },
  );

  it.each(['A.6.2.4', 'ISO42001:A.6', 'ISO42001:11', 'ISO42001:C.objective.fairness'])(
    'refuses reference %s, naming it',
    (reference) => {
      expect(refusalMessages(auditFindingSchema, { ...valid, reference })).toEqual([
        `Clause or control "${reference}" is not an ISO/IEC 42001 clause or control (for example ISO42001:9.2 or ISO42001:A.6.2.4)`,
      ]);
    },
  );

  it('refuses an unknown grade and a missing audit', () => {
    expect(
      refusalMessages(auditFindingSchema, { ...valid, grade: 'critical', auditKey: undefined }),
    ).toEqual([
      'Audit is required',
      'Finding grade must be one of: major-nc, minor-nc, observation, opportunity-for-improvement',
    ]);
    expect(refusalMessages(auditFindingSchema, { ...valid, reference: undefined })).toEqual([
      'Clause or control is required',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(auditFindingSchema, 'finding')).toEqual([
      'An audit finding record must be an object',
    ]);
  });
});
