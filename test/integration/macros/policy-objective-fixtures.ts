import type { RunningSite } from '../../../emulator/core/site';
import { callAs } from '../../support/test-site';

async function json<T>(p: Promise<{ status: number; body: unknown }>): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Two AI Objective issues in the provisioned AIMS project, created as an admin would in Jira. */
export async function createDemoObjectives(site: RunningSite): Promise<string[]> {
  const fields = await json<{ id: string; name: string }[]>(
    callAs(site, 'admin', 'GET', '/rest/api/3/field'),
  );
  const areaField = fields.find((f) => f.name === 'AI objective area')?.id;
  const measureField = fields.find((f) => f.name === 'Measure and target')?.id;
  const types = await json<{ issueTypes: { id: string; name: string }[] }>(
    callAs(site, 'admin', 'GET', '/rest/api/3/issue/createmeta/AIMS/issuetypes'),
  );
  const objectiveType = types.issueTypes.find((t) => t.name === 'AI Objective')?.id;
  if (!areaField || !measureField || !objectiveType) throw new Error('AIMS is not provisioned');
  const keys: string[] = [];
  for (const [summary, area, measure] of [
    [
      'Explain every credit decision to the applicant',
      'Transparency and explainability',
      'Share of decisions with an explanation: 100%',
    ],
    ['Keep approval rates fair across groups', 'Fairness', 'Demographic parity gap below 5 points'],
  ] as const) {
    const created = await json<{ key: string }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
        fields: {
          project: { key: 'AIMS' },
          issuetype: { id: objectiveType },
          summary,
          duedate: '2027-06-30',
          [areaField]: { value: area },
          [measureField]: {
            type: 'doc',
            version: 1,
            content: [{ type: 'paragraph', content: [{ type: 'text', text: measure }] }],
          },
        },
      }),
    );
    keys.push(created.key);
  }
  return keys;
}
