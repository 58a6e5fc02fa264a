import {
  checkPolicyMacroConfig,
  notConfiguredMessage,
} from '../../../../src/macros/policy/policy-macro-config';

const good = {
  documentReference: 'AIMS-POL-001',
  reviewIntervalMonths: 12,
  objectivesProjectKey: 'AIMS',
};

describe('AI Policy macro configuration', () => {
  it('accepts a complete configuration (an interval typed as text counts as a number)', () => {
    expect(checkPolicyMacroConfig(good)).toEqual({ ok: true, config: good });
    expect(checkPolicyMacroConfig({ ...good, reviewIntervalMonths: '6' })).toMatchObject({
      ok: true,
      config: { reviewIntervalMonths: 6 },
    });
  });

  it('holds no owner: one in a saved configuration is ignored (a manager sets the owner in app storage)', () => {
    const check = checkPolicyMacroConfig({ ...good, ownerAccountId: '712020:aims-member-0004' });
    expect(check).toEqual({ ok: true, config: good });
  });

  it('says the macro has no settings when nothing is saved', () => {
    for (const raw of [undefined, null, {}]) {
      const check = checkPolicyMacroConfig(raw);
      expect(check.ok).toBe(false);
      if (!check.ok)
        expect(notConfiguredMessage(check.problems)).toBe(
          'This macro is not configured: no settings are saved yet; use Configure to set them.',
        );
    }
  });

  it('names every wrong field in plain words', () => {
    const check = checkPolicyMacroConfig({
      documentReference: 'has spaces',
      reviewIntervalMonths: 61,
      objectivesProjectKey: 'aims',
    });
    expect(check).toEqual({
      ok: false,
      problems: [
        'Document ID may hold letters, digits, dots, dashes, slashes and underscores',
        'Review interval (months) must be between 1 and 60',
        'Jira project for objectives must be a project key like AIMS',
      ],
    });
  });
});
