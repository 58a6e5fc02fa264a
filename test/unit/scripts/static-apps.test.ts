import path from 'node:path';
import { appPage, findApps } from '../../../scripts/static-apps';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('the Custom UI apps a manifest ships', () => {
  test('the AIMS app ships exactly the resources manifest.yml lists, all under static/', () => {
    const apps = findApps();
    expect(apps.map((a) => [a.key, path.relative(ROOT, a.dir)])).toEqual([
      ['admin', 'static/admin'],
      ['issue-panel', 'static/issue-panel'],
      ['soa-macro', 'static/soa-macro'],
      ['policy-macro', 'static/policy-macro'],
      ['review-macro', 'static/review-macro'],
      ['scope-macro', 'static/scope-macro'],
      ['overview', 'static/overview'],
      ['gap-macro', 'static/gap-macro'],
      ['audit-programme-macro', 'static/audit-programme-macro'],
      ['readiness-macro', 'static/readiness-macro'],
    ]);
  });

  test('a test fixture app is found from its own manifest, never from the app’s', () => {
    const fixture = path.join(ROOT, 'test', 'e2e', 'fixtures', 'hello-app', 'manifest.yml');
    expect(findApps(fixture).map((a) => [a.key, path.relative(ROOT, a.dir), a.title])).toEqual([
      ['hello', 'test/e2e/fixtures/hello-app/static/hello-panel', 'Hello panel'],
    ]);
    expect(findApps().some((a) => a.dir.includes(`${path.sep}test${path.sep}`))).toBe(false);
  });

  test('each app’s page is the shared page with the title of the module showing it', () => {
    const admin = findApps().find((a) => a.key === 'admin');
    if (!admin) throw new Error('no admin app');
    const page = appPage(admin);
    expect(page).toContain('<title>AIMS for Jira &amp; Confluence</title>');
    expect(page).toContain('<main id="root"></main>');
    expect(page).toContain('<script type="module" src="./src/main.tsx"></script>');
  });
});
