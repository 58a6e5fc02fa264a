import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSite } from '../../../emulator/core/site';
import { callAs } from '../../support/test-site';

describe('restart persistence', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-jira-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps issues, fields and links across a restart, and reset restores the seed', async () => {
    let site = await startSite({ dataDir, port: 0 });
    const created = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'Task' },
        summary: 'Survives restarts',
      },
    });
    expect(created.status).toBe(201);
    const { key } = created.body as { key: string };
    await callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${key}/properties/p`, { v: 1 });
    await callAs(site, 'admin', 'POST', '/rest/api/3/issue/' + key + '/transitions', {
      transition: { id: '21' },
    });
    await site.close();

    site = await startSite({ dataDir, port: 0 });
    const again = await callAs(
      site,
      'member',
      'GET',
      `/rest/api/3/issue/${key}?fields=summary,status`,
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      key,
      fields: { summary: 'Survives restarts', status: { name: 'In Progress' } },
    });
    expect(
      (await callAs(site, 'member', 'GET', `/rest/api/3/issue/${key}/properties/p`)).body,
    ).toEqual({ key: 'p', value: { v: 1 } });
    const next = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'Task' },
        summary: 'Numbering continues',
      },
    });
    const n = (k: string): number => Number(k.split('-')[1]);
    expect(n((next.body as { key: string }).key)).toBe(n(key) + 1);
    await site.close();

    site = await startSite({ dataDir, port: 0, reset: true });
    expect((await callAs(site, 'admin', 'GET', `/rest/api/3/issue/${key}`)).status).toBe(404);
    const projects = (await callAs(site, 'admin', 'GET', '/rest/api/3/project')).body as {
      key: string;
    }[];
    expect(projects.map((p) => p.key).sort()).toEqual(['AIMS', 'DEMO', 'SEC', 'TEAM']);
    const sample = await callAs(site, 'admin', 'GET', '/rest/api/3/issue/DEMO-1?fields=summary');
    expect(sample.body).toMatchObject({ fields: { summary: 'Try the local Jira' } });
    await site.close();
  });
});
