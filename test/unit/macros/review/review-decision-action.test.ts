import type { ProvisioningState } from '../../../../src/storage/provisioning-state';
import {
  decisionActionFields,
  decisionLabel,
} from '../../../../src/macros/review/review-decision-action';

const state: ProvisioningState = {
  projectKey: 'AIMS',
  projectId: '10001',
  issueTypes: { aimsAction: '10050' },
  fields: { actionSource: 'customfield_10100', reviewReference: 'customfield_10101' },
  linkTypes: {},
  statuses: {},
  workflows: {},
  controls: {},
  completedSteps: [],
  startedAt: '2026-01-01T00:00:00Z',
};

describe('the AIMS Action of a review decision', () => {
  it('is an AIMS Action from a management review, referencing the review page, marked with the decision', () => {
    const fields = decisionActionFields(
      state,
      { pageId: '65539', title: 'Q3 review' },
      {
        id: 'decision-1234',
        description: 'Publish model cards\nfor every release',
        ownerAccountId: 'acc-1',
        dueDate: '2026-12-01',
      },
    );
    expect(fields).toMatchObject({
      project: { key: 'AIMS' },
      issuetype: { id: '10050' },
      summary: 'Publish model cards',
      labels: [decisionLabel('decision-1234')],
      duedate: '2026-12-01',
      assignee: { accountId: 'acc-1' },
      customfield_10100: { value: 'Management review' },
      customfield_10101: '65539',
    });
    expect(JSON.stringify(fields.description)).toContain('Q3 review');
  });

  it('keeps the summary within Jira’s limit', () => {
    const fields = decisionActionFields(
      state,
      { pageId: '1', title: 'T' },
      { id: 'decision-1234', description: 'x'.repeat(400) },
    );
    expect((fields.summary as string).length).toBeLessThanOrEqual(255);
    expect(fields).not.toHaveProperty('assignee');
    expect(fields).not.toHaveProperty('duedate');
  });

  it('links back to its review page in the description', () => {
    const fields = decisionActionFields(
      state,
      { pageId: '65539', title: 'Q3 review', siteUrl: 'https://example.atlassian.net/' },
      { id: 'decision-1234', description: 'Publish model cards' },
    );
    const first = (fields.description as { content: { content: unknown[] }[] }).content[0];
    expect(first?.content).toEqual([
      { type: 'text', text: 'Decided at the management review ' },
      {
        type: 'text',
        text: '"Q3 review"',
        marks: [
          {
            type: 'link',
            attrs: {
              href: 'https://example.atlassian.net/wiki/pages/viewpage.action?pageId=65539',
            },
          },
        ],
      },
      { type: 'text', text: '.' },
    ]);
  });
});
