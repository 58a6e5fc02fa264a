import type { SeededLogin } from '../../support/test-site';

/**
 * Sets a seeded person's language in their Jira profile (`PUT /rest/api/3/mypreferences/locale`),
 * which Forge gives Custom UI as `context.locale`.
 */
export async function setProfileLocale(
  baseUrl: string,
  login: SeededLogin,
  locale: string,
): Promise<void> {
  const response = await fetch(`${baseUrl}/rest/api/3/mypreferences/locale`, {
    method: 'PUT',
    headers: {
      authorization: `Basic ${Buffer.from(`${login}@example.com:${login}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ locale }),
  });
  if (response.status !== 204)
    throw new Error(
      `Setting ${login}'s locale answered ${response.status}: ${await response.text()}`,
    );
}
