import type Resolver from '@forge/resolver';
import { z } from 'zod';
import type { MacroConfig } from '../macros/macro-config';
import { parseMacroContext } from '../macros/macro-context';
import { loadAppConfig } from '../storage/app-config';
import { defineValidated } from './resolver-outcome';

/**
 * The two reads of a macro's config frame: `getConfigDefaults` (what the form starts from) and
 * `checkConfig`, which checks a configuration before the frame submits it — a bad one is refused
 * with the reasons and nothing is saved (Confluence saves it on view.submit, for page editors).
 */
export function defineConfigReads<T>(
  resolver: Resolver,
  macroName: string,
  config: MacroConfig<T>,
  defaults: () => Promise<Record<string, unknown>>,
): void {
  defineValidated(resolver, 'getConfigDefaults', z.object({}), async (_payload, context) => {
    parseMacroContext(context, macroName);
    return defaults();
  });
  defineValidated(
    resolver,
    'checkConfig',
    z.object({ config: z.unknown() }),
    async ({ config: raw }, context) => {
      parseMacroContext(context, macroName);
      return { config: config.require(raw) };
    },
  );
}

/** The AIMS project of the app's configuration and this year, as a cycle. */
export async function projectAndCycleDefaults(): Promise<{ projectKey: string; cycle: string }> {
  const appConfig = await loadAppConfig();
  return { projectKey: appConfig.projectKey, cycle: String(new Date().getUTCFullYear()) };
}
