import { Version3Client } from 'jira.js';
import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';

/**
 * jira.js v5 (a third-party client nobody here wrote), unmodified, against the emulator with
 * basic auth: what a customer's script would do against Jira Cloud.
 */
describe('jira.js Version3Client against the emulator', () => {
  let site: RunningSite;
  let jira: Version3Client;
  const summary = (what: string): string => `jira.js ${what} ${Date.now().toString(36)}`;

  beforeAll(async () => {
    site = await startTestSite();
    jira = new Version3Client({
      host: site.url,
      authentication: { basic: { email: 'admin@example.com', apiToken: 'admin' } },
    });
  });
  afterAll(async () => {
    await site.close();
  });

  const createTask = async (
    title: string,
    labels: string[] = [],
  ): Promise<{ id: string; key: string }> => {
    const created = await jira.issues.createIssue({
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'Task' },
        summary: title,
        description: 'Created by jira.js',
        labels,
      },
    });
    return { id: created.id, key: created.key };
  };

  it('creates, reads and edits an issue', async () => {
    const title = summary('create');
    const created = await createTask(title);
    expect(created.key).toMatch(/^DEMO-\d+$/);

    const read = await jira.issues.getIssue({
      issueIdOrKey: created.key,
      fields: ['summary', 'description', 'issuetype'],
    });
    expect(read.id).toBe(created.id);
    expect(read.fields.summary).toBe(title);
    expect(read.fields.issuetype?.name).toBe('Task');
    expect(JSON.stringify(read.fields.description)).toContain('Created by jira.js');

    await jira.issues.editIssue({
      issueIdOrKey: created.key,
      fields: { summary: `${title} (edited)` },
    });
    const edited = await jira.issues.getIssue({ issueIdOrKey: created.id, fields: ['summary'] });
    expect(edited.fields.summary).toBe(`${title} (edited)`);
  });

  it('transitions an issue to another status', async () => {
    const issue = await createTask(summary('transition'));
    const before = await jira.issues.getIssue({ issueIdOrKey: issue.key, fields: ['status'] });
    const { transitions = [] } = await jira.issues.getTransitions({ issueIdOrKey: issue.key });
    const move = transitions.find((t) => t.to?.id !== before.fields.status?.id);
    expect(move?.id).toBeDefined();

    await jira.issues.doTransition({ issueIdOrKey: issue.key, transition: { id: move?.id } });
    const after = await jira.issues.getIssue({ issueIdOrKey: issue.key, fields: ['status'] });
    expect(after.fields.status?.id).toBe(move?.to?.id);
    expect(after.fields.status?.name).toBe(move?.to?.name);
  });

  it('links two issues; each issue shows the link to the other', async () => {
    const a = await createTask(summary('link A'));
    const b = await createTask(summary('link B'));
    const { issueLinkTypes = [] } = await jira.issueLinkTypes.getIssueLinkTypes();
    const type = issueLinkTypes[0];
    expect(type?.name).toBeDefined();

    await jira.issueLinks.linkIssues({
      type: { name: type?.name },
      inwardIssue: { key: a.key },
      outwardIssue: { key: b.key },
    });

    const fromA = await jira.issues.getIssue({ issueIdOrKey: a.key, fields: ['issuelinks'] });
    const fromB = await jira.issues.getIssue({ issueIdOrKey: b.key, fields: ['issuelinks'] });
    const linkOnA = fromA.fields.issuelinks?.find(
      (l) => (l.outwardIssue ?? l.inwardIssue)?.key === b.key,
    );
    const linkOnB = fromB.fields.issuelinks?.find(
      (l) => (l.outwardIssue ?? l.inwardIssue)?.key === a.key,
    );
    expect(linkOnA?.type?.name).toBe(type?.name);
    expect(linkOnB?.id).toBe(linkOnA?.id);
    // The same link seen from its two ends: one end sees it outward, the other inward.
    expect(Boolean(linkOnA?.outwardIssue)).toBe(!linkOnB?.outwardIssue);

    const link = await jira.issueLinks.getIssueLink({ linkId: String(linkOnA?.id) });
    expect([link.inwardIssue?.key, link.outwardIssue?.key].sort()).toEqual([a.key, b.key].sort());
  });

  it('sets and reads an issue property', async () => {
    const issue = await createTask(summary('property'));
    const value = { reviewed: true, score: 3, tags: ['iso42001'] };
    await jira.issueProperties.setIssueProperty({
      issueIdOrKey: issue.key,
      propertyKey: 'aims.review',
      propertyValue: value,
    });

    const read = await jira.issueProperties.getIssueProperty({
      issueIdOrKey: issue.key,
      propertyKey: 'aims.review',
    });
    expect(read.key).toBe('aims.review');
    expect(read.value).toEqual(value);
    const keys = await jira.issueProperties.getIssuePropertyKeys({ issueIdOrKey: issue.id });
    expect(keys.keys?.map((k) => k.key)).toContain('aims.review');
  });

  it('searches by JQL across two pages with nextPageToken (enhanced search)', async () => {
    const label = `jirajs-${Date.now().toString(36)}`;
    const created: string[] = [];
    for (let i = 0; i < 3; i += 1)
      created.push((await createTask(summary(`search ${i}`), [label])).key);

    const jql = `project = DEMO AND labels = "${label}" ORDER BY created ASC`;
    const first = await jira.issueSearch.searchForIssuesUsingJqlEnhancedSearch({
      jql,
      maxResults: 2,
      fields: ['summary', 'labels'],
    });
    expect(first.issues).toHaveLength(2);
    expect(first.nextPageToken).toEqual(expect.any(String));
    expect(first.issues?.[0]?.fields.labels).toEqual([label]);

    const second = await jira.issueSearch.searchForIssuesUsingJqlEnhancedSearch({
      jql,
      maxResults: 2,
      fields: ['summary'],
      nextPageToken: first.nextPageToken,
    });
    expect(second.issues).toHaveLength(1);
    expect(second.nextPageToken).toBeUndefined();
    expect([...(first.issues ?? []), ...(second.issues ?? [])].map((i) => i.key)).toEqual(created);

    const count = await jira.issueSearch.countIssues({ jql });
    expect(count.count).toBe(3);
  });

  it('creates a custom field that the field list then shows', async () => {
    const name = summary('Likelihood');
    const field = await jira.issueFields.createCustomField({
      name,
      type: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
      searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher',
    });
    expect(field.id).toMatch(/^customfield_\d+$/);
    expect(field.name).toBe(name);
    expect(field.custom).toBe(true);

    const fields = await jira.issueFields.getFields();
    expect(fields.find((f) => f.id === field.id)?.name).toBe(name);
  });

  it("surfaces Jira errors to the client as HTTP errors with Jira's error body", async () => {
    const failure: unknown = await jira.issues.getIssue({ issueIdOrKey: 'DEMO-999999' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toMatchObject({
      status: 404,
      response: { data: { errorMessages: [expect.stringMatching(/issue/i)], errors: {} } },
    });
  });
});
