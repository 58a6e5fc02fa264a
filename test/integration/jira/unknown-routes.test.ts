import type { RunningSite } from '../../../emulator/core/site';
import { callAs, startTestSite } from '../../support/test-site';

describe('Jira paths outside the emulated API', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(() => site.close());

  it('answers the removed /search API with 410 and the migration message, in Jira error shape', async () => {
    const res = await callAs(site, 'admin', 'GET', '/rest/api/3/search?jql=project%20%3D%20DEMO');
    expect(res.status).toBe(410);
    expect(res.body).toEqual({
      errorMessages: [expect.stringContaining('/rest/api/3/search/jql')],
      errors: {},
    });
  });

  it('answers an unknown path with a JSON 404, not an HTML page', async () => {
    const res = await callAs(site, 'admin', 'GET', '/rest/api/3/no-such-resource');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.body).toEqual({
      errorMessages: [expect.stringContaining('/rest/api/3/no-such-resource')],
      errors: {},
    });
  });
});
