import { appConfigSchema, DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';

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
});
