import { nonconformitySchema } from '../../../../src/domain/records';
import type { NonconformityRecord } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const raised = {
  key: 'AIMS-60',
  summary: 'Validation results not recorded',
  description: 'Release 3 went live without recorded validation results',
  source: 'audit-finding',
  sourceKey: 'AIMS-55',
  detectedOn: '2025-05-06',
};

const complete = {
  ...raised,
  ownerAccountId: '712020:aims-manager-0002',
  correction: 'Validation re-run and results filed',
  consequences: 'Release 3 outputs re-checked, none affected',
  causes: 'Release checklist lacked a validation step',
  similarCheck: { answer: 'could-occur', notes: 'Other teams use the same checklist' },
  correctiveActionDecision: { decision: 'needed', rationale: 'Cause can recur in every release' },
  effectivenessVerdict: 'effective',
  effectivenessEvidence: [{ url: 'https://wiki.example.com/release-4-validation' }],
  effectivenessReviewerAccountId: '712020:aims-auditor-0003',
  effectivenessReviewedAt: '2025-08-01T12:00:00Z',
  aimsChangeNeeded: 'yes',
  aimsChangeLink: 'AIMS-70',
};

describe('nonconformity record', () => {
  it('accepts a freshly raised nonconformity with empty later steps', () => {
    const nc: NonconformityRecord = nonconformitySchema.parse(raised);
    expect(nc.correction).toBeUndefined();
    expect(nc.effectivenessEvidence).toEqual([]);
  });

  it('accepts a fully worked nonconformity, with a web link or an issue key as the change', () => {
    expect(refusalMessages(nonconformitySchema, complete)).toEqual([]);
    expect(
      refusalMessages(nonconformitySchema, {
        ...complete,
        aimsChangeLink: 'https://wiki.example.com/change-12',
      }),
    ).toEqual([]);
    expect(
      refusalMessages(nonconformitySchema, {
        ...complete,
        aimsChangeNeeded: 'no',
        aimsChangeLink: undefined,
      }),
    ).toEqual([]);
  });

  it.each(['incident', 'complaint', 'other'])(
    'accepts source %s without a source issue',
    (source) => {
      expect(
        refusalMessages(nonconformitySchema, { ...raised, source, sourceKey: undefined }),
      ).toEqual([]);
    },
  );

  it('needs the finding when raised from an audit finding', () => {
    expect(refusalMessages(nonconformitySchema, { ...raised, sourceKey: undefined })).toEqual([
      'A nonconformity raised from an audit finding needs the finding’s issue key',
    ]);
  });

  it('refuses an unknown source', () => {
    expect(refusalMessages(nonconformitySchema, { ...raised, source: 'rumour' })).toEqual([
      'Source must be one of: audit-finding, incident, complaint, other',
    ]);
  });

  it('needs notes and a known answer for the similar nonconformities check', () => {
    expect(
      refusalMessages(nonconformitySchema, {
        ...raised,
        similarCheck: { answer: 'maybe', notes: ' ' },
      }),
    ).toEqual([
      'Similar nonconformities answer must be one of: exists, could-occur, none',
      'Notes on the similar nonconformities check must not be empty',
    ]);
    expect(refusalMessages(nonconformitySchema, { ...raised, similarCheck: 'none' })).toEqual([
      'The similar nonconformities check needs an answer and notes',
    ]);
  });

  it('needs a rationale for the corrective action decision either way', () => {
    for (const decision of ['needed', 'not-needed']) {
      expect(
        refusalMessages(nonconformitySchema, {
          ...raised,
          correctiveActionDecision: { decision },
        }),
      ).toEqual(['Rationale for the corrective action decision is required']);
    }
    expect(
      refusalMessages(nonconformitySchema, { ...raised, correctiveActionDecision: [] }),
    ).toEqual(['The corrective action decision needs a decision and a rationale']);
  });

  it('needs the reviewer of an effectiveness verdict', () => {
    expect(
      refusalMessages(nonconformitySchema, {
        ...complete,
        effectivenessReviewerAccountId: undefined,
      }),
    ).toEqual(['An effectiveness verdict needs the reviewer who gave it']);
    expect(
      refusalMessages(nonconformitySchema, { ...complete, effectivenessVerdict: 'partly' }),
    ).toEqual(['Effectiveness verdict must be one of: effective, ineffective']);
  });

  it('needs a link to the change when an AIMS change is needed', () => {
    expect(
      refusalMessages(nonconformitySchema, { ...complete, aimsChangeLink: undefined }),
    ).toEqual(['When an AIMS change is needed, link the change']);
    expect(
      refusalMessages(nonconformitySchema, { ...complete, aimsChangeLink: 'the wiki' }),
    ).toEqual(['AIMS change link must be a web address or a Jira issue key']);
    expect(refusalMessages(nonconformitySchema, { ...complete, aimsChangeNeeded: true })).toEqual([
      'AIMS change needed must be one of: yes, no',
    ]);
  });

  it('needs a summary and a description', () => {
    expect(
      refusalMessages(nonconformitySchema, { ...raised, summary: '', description: undefined }),
    ).toEqual(['Summary must not be empty', 'Description of the nonconformity is required']);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(nonconformitySchema, 0)).toEqual([
      'A nonconformity record must be an object',
    ]);
  });
});
