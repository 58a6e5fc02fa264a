import {
  appConfigSchema,
  DEFAULT_APP_CONFIG,
  upgradeStoredNames,
} from '../../../src/storage/app-config';

describe('stored app configuration', () => {
  it('a configuration saved before the AI Incident type existed reads back with its default name', () => {
    const { aiIncident: _aiIncident, ...olderNames } = DEFAULT_APP_CONFIG.issueTypeNames;
    const stored = {
      ...DEFAULT_APP_CONFIG,
      issueTypeNames: { ...olderNames, nonconformity: 'AIMS Nonconformity' },
    };
    const read = appConfigSchema.parse(stored);
    expect(read.issueTypeNames.aiIncident).toBe('AI Incident');
    expect(read.issueTypeNames.nonconformity).toBe('AIMS Nonconformity');
  });

  it('an empty name is still refused', () => {
    const result = appConfigSchema.safeParse({
      ...DEFAULT_APP_CONFIG,
      issueTypeNames: { ...DEFAULT_APP_CONFIG.issueTypeNames, aiIncident: '  ' },
    });
    expect(result.success).toBe(false);
  });

  it('a configuration stored before revision 2 reads the former default "Audit" as "AIMS Audit", and keeps a name of its own', () => {
    const names = DEFAULT_APP_CONFIG.issueTypeNames;
    const earlier = { ...DEFAULT_APP_CONFIG, issueTypeNames: { ...names, audit: 'Audit' } };
    expect(upgradeStoredNames(earlier).issueTypeNames.audit).toBe('AIMS Audit');
    const own = { ...DEFAULT_APP_CONFIG, issueTypeNames: { ...names, audit: 'ISMS Audit' } };
    expect(upgradeStoredNames(own)).toEqual(own);
  });
});
