/**
 * What the shell needs to know about the installed Forge app's modules. Structurally matches
 * the Forge host's parsed manifest (emulator/forge-host/manifest.ts `AppManifest`).
 */
export interface ShellUiModule {
  key: string;
  type: string;
  [property: string]: unknown;
}

export interface ShellScheduledTrigger {
  key: string;
  function: string;
  interval: string;
}

export interface ShellAppModules {
  /** The app's id (the UUID of `app.id`), where global pages live (`/jira/apps/{appId}/…`). */
  appId?: string | undefined;
  uiModules: Map<string, ShellUiModule> | Iterable<[string, ShellUiModule]>;
  scheduledTriggers: ShellScheduledTrigger[];
}

export const NO_APP: ShellAppModules = { uiModules: new Map(), scheduledTriggers: [] };

export function uiModulesOfType(app: ShellAppModules, type: string): ShellUiModule[] {
  return [...new Map(app.uiModules).values()].filter((m) => m.type === type);
}

export function uiModule(app: ShellAppModules, key: string): ShellUiModule | undefined {
  return new Map(app.uiModules).get(key);
}

/** A module's title as the product shows it (`title` may be a string or an i18n object). */
export function moduleTitle(module: ShellUiModule): string {
  const title = module.title;
  if (typeof title === 'string' && title.trim()) return title;
  if (typeof title === 'object' && title !== null && 'default' in title) {
    const d = (title as { default: unknown }).default;
    if (typeof d === 'string') return d;
  }
  return module.key;
}

/** True when a macro declares a Custom UI configuration (`config: { resource }`). */
export function hasMacroConfig(module: ShellUiModule): boolean {
  const config = module.config;
  return (
    typeof config === 'object' &&
    config !== null &&
    typeof (config as { resource?: unknown }).resource === 'string'
  );
}
