/**
 * Jira global pages (`jira:globalPage`): an item in the Apps section of Jira's main navigation,
 * at `/jira/apps/{appId}/{envId}` (Forge docs, manifest-reference/modules/jira-global-page),
 * hosting the module's Custom UI for anyone signed in. The emulator's one environment is named
 * by its type in the address.
 */
import type { PageEnv } from '../page-env';
import { param } from '../page-env';
import { html } from '../html';
import type { ShellAppModules } from '../app-modules';
import { moduleTitle, uiModulesOfType } from '../app-modules';
import { forgeFrame } from '../forge-frame';
import { jiraSidebar } from './jira-sidebar';

const ENVIRONMENT = 'development';

const appIdOf = (app: ShellAppModules): string => app.appId ?? 'local-app';

/** The Apps menu: one link per global page (Forge allows one per app). */
export function globalPageLinks(app: ShellAppModules): { href: string; title: string }[] {
  return uiModulesOfType(app, 'jira:globalPage').map((m) => ({
    href: `/jira/apps/${encodeURIComponent(appIdOf(app))}/${ENVIRONMENT}`,
    title: moduleTitle(m),
  }));
}

/** GET /jira/apps/:appId/:envId — hosts the app's `jira:globalPage` Custom UI. */
export function globalPageHost(env: PageEnv): void {
  const [module] = uiModulesOfType(env.app, 'jira:globalPage');
  const found =
    module &&
    param(env.req, 'appId') === appIdOf(env.app) &&
    param(env.req, 'envId') === ENVIRONMENT;
  if (!module || !found) {
    env.send(
      {
        title: 'Not found',
        product: 'jira',
        sidebar: jiraSidebar(undefined, env),
        body: html`<h1>Not found</h1>
          <p>No app page at this address.</p>`,
      },
      404,
    );
    return;
  }
  const title = moduleTitle(module);
  env.send({
    title,
    product: 'jira',
    sidebar: jiraSidebar('global-page', env),
    body: html`<h1>${title}</h1>
      ${forgeFrame({ moduleKey: module.key, title, location: {} })}`,
  });
}
