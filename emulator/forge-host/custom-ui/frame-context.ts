import type { AppRuntime } from '../app-runtime';
import type { Frame } from './frames';

/** The context `view.getContext()` returns in a frame (and resolvers receive as `context`). */
export function frameContext(runtime: AppRuntime, frame: Frame): Record<string, unknown> {
  const user = runtime.site.users.byAccountId(frame.accountId);
  return {
    accountId: frame.accountId,
    accountType: 'licensed',
    cloudId: runtime.identity.cloudId,
    siteUrl: runtime.site.baseUrl,
    environmentId: runtime.identity.environmentId,
    environmentType: runtime.identity.environmentType,
    appVersion: runtime.identity.appVersion,
    localId: frame.localId,
    locale: (user?.locale ?? 'en_US').replace('_', '-'),
    timezone: user?.timeZone ?? 'UTC',
    moduleKey: frame.moduleKey,
    extension: frame.extension,
    theme: { colorMode: 'light' },
    license: undefined,
  };
}
