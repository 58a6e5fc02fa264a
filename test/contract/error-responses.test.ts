import { z } from 'zod';
import type { RunningSite } from '../../emulator/core/site';
import { callAs, startTestSite } from '../support/test-site';
import { ContractFixtures } from './support/contract-fixtures';
import type { ObservedResponse } from './support/response-validator';
import { checkResponse } from './support/response-validator';

/**
 * Error answers: status documented by the spec and body of the documented error schema (Jira
 * documents most errors without a schema; all of Jira's errors are its ErrorCollection, which the
 * validator then applies). Confluence's v2 spec documents no error bodies at all; Confluence Cloud
 * answers `{ errors: [{ status, code, title, detail }] }`, which is checked here on its own.
 */
const confluenceErrorBody = z.strictObject({
  errors: z
    .array(
      z.looseObject({
        status: z.number().int(),
        code: z.string().min(1),
        title: z.string().min(1),
        detail: z.string().nullable(),
      }),
    )
    .min(1),
});

describe('error responses match the spec', () => {
  let site: RunningSite;
  let fx: ContractFixtures;
  beforeAll(async () => {
    site = await startTestSite();
    fx = new ContractFixtures(site);
  });
  afterAll(async () => {
    await site.close();
  });

  async function send(
    method: string,
    path: string,
    body?: unknown,
    auth = true,
  ): Promise<ObservedResponse> {
    if (auth) {
      const res = await callAs(site, 'admin', method, path, body);
      return {
        method,
        path,
        status: res.status,
        contentType: res.headers.get('content-type'),
        body: res.body,
      };
    }
    const res = await fetch(site.url + path, { method, headers: { Accept: 'application/json' } });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the validator reports the content type
    }
    return {
      method,
      path,
      status: res.status,
      contentType: res.headers.get('content-type'),
      body: parsed,
    };
  }

  const verdictOf = (product: 'jira' | 'confluence', res: ObservedResponse) => ({
    status: res.status,
    problems: checkResponse(product, res).problems,
  });

  describe('Jira', () => {
    it('404 for an issue that does not exist, as ErrorCollection', async () => {
      const res = await send('GET', '/rest/api/3/issue/DEMO-999999');
      expect(verdictOf('jira', res)).toEqual({ status: 404, problems: [] });
      expect(res.body).toMatchObject({ errorMessages: [expect.any(String)] });
    });

    it('400 for an issue created without a summary, naming the field in `errors`', async () => {
      const res = await send('POST', '/rest/api/3/issue', {
        fields: { project: { key: 'DEMO' }, issuetype: { name: 'Task' } },
      });
      expect(verdictOf('jira', res)).toEqual({ status: 400, problems: [] });
      expect(res.body).toMatchObject({ errors: { summary: expect.any(String) } });
    });

    it('400 for JQL that does not parse, as ErrorCollection', async () => {
      const res = await send(
        'GET',
        `/rest/api/3/search/jql?jql=${encodeURIComponent('project = = DEMO')}`,
      );
      expect(verdictOf('jira', res)).toEqual({ status: 400, problems: [] });
      expect(res.body).toMatchObject({ errorMessages: [expect.any(String)] });
    });

    it('400 for a nextPageToken that does not belong to the search', async () => {
      const res = await send(
        'GET',
        `/rest/api/3/search/jql?jql=${encodeURIComponent('project = DEMO')}&nextPageToken=garbage`,
      );
      expect(verdictOf('jira', res)).toEqual({ status: 400, problems: [] });
      expect(res.body).toMatchObject({ errorMessages: [expect.any(String)] });
    });

    it('400 for an edit of a field that does not exist, naming it in `errors`', async () => {
      const issue = await fx.newIssue();
      const res = await send('PUT', `/rest/api/3/issue/${issue.key}`, {
        fields: { nosuchfield: 'x' },
      });
      expect(verdictOf('jira', res)).toEqual({ status: 400, problems: [] });
      expect(res.body).toMatchObject({ errors: { nosuchfield: expect.any(String) } });
    });

    it('403 when a member without admin rights creates an issue type', async () => {
      const name = fx.unique('Not allowed').slice(0, 60);
      const res = await callAs(site, 'member', 'POST', '/rest/api/3/issuetype', {
        name,
        type: 'standard',
      });
      const observed: ObservedResponse = {
        method: 'POST',
        path: '/rest/api/3/issuetype',
        status: res.status,
        contentType: res.headers.get('content-type'),
        body: res.body,
      };
      expect(verdictOf('jira', observed)).toEqual({ status: 403, problems: [] });
      const types = (await callAs(site, 'admin', 'GET', '/rest/api/3/issuetype')).body as {
        name: string;
      }[];
      expect(types.map((t) => t.name)).not.toContain(name);
    });

    it('401 without credentials', async () => {
      const res = await send('GET', '/rest/api/3/myself', undefined, false);
      expect(verdictOf('jira', res)).toEqual({ status: 401, problems: [] });
    });

    it('404 for a comment on an issue that does not exist', async () => {
      const res = await send('POST', '/rest/api/3/issue/DEMO-999999/comment', {
        body: fx.adf('lost'),
      });
      expect(verdictOf('jira', res)).toEqual({ status: 404, problems: [] });
    });
  });

  describe('Confluence', () => {
    it('404 for a page that does not exist', async () => {
      const res = await send('GET', '/wiki/api/v2/pages/999999999');
      expect(verdictOf('confluence', res)).toEqual({ status: 404, problems: [] });
      expect(confluenceErrorBody.safeParse(res.body).error?.issues ?? []).toEqual([]);
    });

    it("401 without credentials, in Confluence's error shape", async () => {
      const res = await send('GET', '/wiki/api/v2/spaces', undefined, false);
      expect(verdictOf('confluence', res)).toEqual({ status: 401, problems: [] });
      expect(confluenceErrorBody.safeParse(res.body).error?.issues ?? []).toEqual([]);
    });

    it('400 for a cursor the site did not issue', async () => {
      const res = await send('GET', '/wiki/api/v2/spaces?limit=1&cursor=garbage');
      expect(verdictOf('confluence', res)).toEqual({ status: 400, problems: [] });
      expect(confluenceErrorBody.safeParse(res.body).error?.issues ?? []).toEqual([]);
    });

    it('400 for a page created without a space', async () => {
      const res = await send('POST', '/wiki/api/v2/pages', {
        status: 'current',
        title: 'No space',
      });
      expect(verdictOf('confluence', res)).toEqual({ status: 400, problems: [] });
      expect(confluenceErrorBody.safeParse(res.body).error?.issues ?? []).toEqual([]);
    });

    it('409 for an update built on a stale version, and the page keeps its content', async () => {
      const page = await fx.newPage();
      const res = await send('PUT', `/wiki/api/v2/pages/${page.id}`, {
        id: page.id,
        status: 'current',
        title: 'Stale edit',
        body: { representation: 'storage', value: '<p>stale</p>' },
        version: { number: page.version },
      });
      expect(res.status).toBe(409);
      const verdict = checkResponse('confluence', res);
      // The v2 spec lists 200/400/401/404 for this operation, though Confluence Cloud answers a
      // stale version with 409 CONFLICT; once the spec documents 409, its schema applies.
      if (verdict.documentedStatuses.includes('409')) expect(verdict.problems).toEqual([]);
      expect(confluenceErrorBody.safeParse(res.body).error?.issues ?? []).toEqual([]);
      const after = await callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${page.id}`);
      expect(after.body).toMatchObject({ title: page.title, version: { number: page.version } });
    });
  });
});
