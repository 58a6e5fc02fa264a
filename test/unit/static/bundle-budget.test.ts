/**
 * The Custom UI budget (docs/performance.md): no app's page loads more than 250 KB of gzipped
 * JavaScript before its first render. Reads the build of `npm run build:static` (npm test's
 * pretest builds it); a missing build fails the check.
 */
import { INITIAL_JS_BUDGET_BYTES, bundleSizes } from '../../../scripts/bundle-sizes';
import { findApps } from '../../../scripts/static-apps';

const apps = findApps();

describe('the Custom UI bundle budget', () => {
  it('covers every app the manifest ships', () => {
    expect(apps.map((a) => a.key).sort()).toEqual(
      [
        'admin',
        'audit-programme-macro',
        'gap-macro',
        'issue-panel',
        'overview',
        'policy-macro',
        'readiness-macro',
        'review-macro',
        'scope-macro',
        'soa-macro',
      ].sort(),
    );
  });

  it.each(apps.map((a) => [a.key, a] as const))(
    '%s loads at most 250 KB of gzipped JavaScript before its first render',
    (_key, app) => {
      const sizes = bundleSizes(app);
      expect(sizes.initialJs.files.length).toBeGreaterThan(0);
      expect(sizes.initialJs.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    },
  );
});
