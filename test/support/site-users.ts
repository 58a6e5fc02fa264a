import type { RunningSite } from '../../emulator/core/site';
import type { SeededLogin } from './test-site';

/**
 * Adds a person to the site (site administration, no REST for it) who signs in as `login`
 * (`<login>@example.com`, API token `<login>`), in `groups`. Returns the login to call as.
 */
export function addSiteUser(
  site: RunningSite,
  login: string,
  person: { accountId: string; displayName: string; groups: string[] },
): SeededLogin {
  site.ctx.users.upsert({
    ...person,
    accountType: 'atlassian',
    email: `${login}@example.com`,
    apiToken: login,
    active: true,
    timeZone: 'Europe/London',
    locale: 'en_GB',
  });
  return login as SeededLogin;
}
