import type { ForgeHost, InvocationRecord } from '../../emulator/forge-host';
import { jiraAsApp } from '../../src/jira/forge-clients';
import { DEFAULT_APP_CONFIG } from '../../src/storage/app-config';
import {
  currentAppIdentity,
  kvsStateStore,
} from '../../src/workflows/provisioning/forge-provisioning';
import { provision } from '../../src/workflows/provisioning/provision';

/**
 * The old way to provision: every step in one invocation of the admin resolver, under its 25 s
 * limit. Answers that invocation's record, and the error it ended with, if any.
 */
export async function provisionInOneInvocation(
  host: ForgeHost,
): Promise<{ run: InvocationRecord | undefined; error?: Error }> {
  const everything = (): Promise<unknown> =>
    provision({
      jira: jiraAsApp(),
      config: DEFAULT_APP_CONFIG,
      app: currentAppIdentity(),
      store: kvsStateStore,
      dryRun: false,
    });
  try {
    await host.invokeHandler('admin-resolver', everything, []);
    return { run: host.invocations.at(-1) };
  } catch (err) {
    return { run: host.invocations.at(-1), error: err as Error };
  }
}
