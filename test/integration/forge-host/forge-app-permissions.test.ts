/**
 * Right after install the app user's permissions may not be active yet (Forge docs
 * events-reference/life-cycle, "Making API requests during installation"): the host's
 * `appPermissionsPendingCalls` fault makes the app's next product calls as the app answer 403.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { SEEDED_USERS } from '../../../emulator/core/users';
import { startFixtureSite } from './fixture-host';

let site: RunningSite;
let host: ForgeHost;

beforeEach(async () => {
  ({ site, host } = await startFixtureSite());
  // After the seed's own events, so only this test's calls meet the fault.
  await host.waitForIdle();
  host.setFaults({ appPermissionsPendingCalls: 2 });
});

afterEach(async () => {
  host.close();
  await site.close();
});

it('answers 403 to the first calls as the app, then lets them through; calls as a user are not affected', async () => {
  const admin = SEEDED_USERS[0]?.accountId;
  const asUser = (await host.invokeFunction(
    'panel-resolver',
    { call: { functionKey: 'whoami', payload: {} }, context: { accountId: admin } },
    { accountId: admin },
  )) as { status: number };
  expect(asUser.status).toBe(200);
  await expect(host.invokeFunction('product-calls', { count: 1 })).rejects.toThrow(
    'call 1 answered 403',
  );
  await expect(host.invokeFunction('product-calls', { count: 1 })).rejects.toThrow(
    'call 1 answered 403',
  );
  await expect(host.invokeFunction('product-calls', { count: 3 })).resolves.toMatchObject({
    calls: 3,
  });
});
