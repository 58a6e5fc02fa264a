import { invocationLimitMs } from '../../../../emulator/forge-host/invocation-limits';

const fn = (timeoutSeconds?: number) => ({
  key: 'f',
  handler: 'index.f',
  ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
});

describe('Forge invocation limits (limits-invocation)', () => {
  it('gives resolvers, triggers and other functions 25 s, whatever their timeoutSeconds', () => {
    expect(invocationLimitMs('standard', fn())).toBe(25_000);
    expect(invocationLimitMs('standard', fn(900))).toBe(25_000);
  });

  it('gives web triggers 55 s', () => {
    expect(invocationLimitMs('webtrigger', fn())).toBe(55_000);
  });

  it('gives consumers and scheduled triggers 55 s, or their timeoutSeconds up to 900 s', () => {
    expect(invocationLimitMs('consumer', fn())).toBe(55_000);
    expect(invocationLimitMs('scheduledTrigger', fn())).toBe(55_000);
    expect(invocationLimitMs('consumer', fn(600))).toBe(600_000);
    expect(invocationLimitMs('scheduledTrigger', fn(900))).toBe(900_000);
  });
});
